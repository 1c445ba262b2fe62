import { CURRENT_RULE_SET_ID, ruleSetInfo } from '../domain/criteria/registry';
import type { Answer, MemberRole, MemberSheet, RulesProfile } from '../domain/model';
import { problemLine, type Parsed } from '../domain/problems';
import type { RoundFile } from '../domain/round-file/types';
import { DEFAULT_RULES_PROFILE } from '../domain/rules-profile';
import { EngineUnavailableError } from './errors';

/**
 * THE coupling point between the db layer and the scoring engine (issue 3). The db never
 * computes a total, an average, a spread or a star: it asks this port. `CouncilDb` takes an
 * engine in its constructor (tests inject a small fake); `defaultEngine` is wired to the real
 * engine in `renderer/src/domain/` here and in engine-adapter.ts — and only there.
 */
export interface EnginePort {
  /** the council defaults of OCOP-RULES §4 */
  defaultRulesProfile(): RulesProfile;
  /**
   * problems of a profile, empty when valid (asynchronous: the schema loads with the readers,
   * not at start-up — ask before opening a transaction)
   */
  rulesProfileProblems(profile: RulesProfile): Promise<readonly string[]>;
  /** whether the rule-set is known (a round pins one at creation) */
  hasRuleSet(ruleSetId: string): boolean;
  /** whether `sheetNo` exists in the rule-set */
  hasSheet(ruleSetId: string, sheetNo: number): boolean;
  /** why an answer is impossible for that criterion (unknown code, index out of range), or null */
  answerProblem(ruleSetId: string, sheetNo: number, criterionCode: string, answer: Answer): string | null;
  /** codes of the criteria still unanswered, in sheet order (empty = complete) */
  unansweredCriteria(ruleSetId: string, sheetNo: number, sheet: MemberSheet): readonly string[];
  /** the spread of the counted sheets (one per scoring member, current pass) against the limit */
  productSpread(input: {
    readonly ruleSetId: string;
    readonly sheetNo: number;
    readonly rules: RulesProfile;
    readonly sheets: readonly MemberSheet[];
  }): { readonly spread: number; readonly spreadExceeded: boolean };
  /**
   * Reads and validates a round file v1 (issue 3 item 6) against the rule-sets the engine
   * knows; on failure EVERY problem, with where it is.
   */
  parseRoundFile(data: unknown): Promise<Parsed<RoundFile>>;
  /** quorum of the council on one meeting day; a delegated chair counts as the chair */
  quorum(input: {
    readonly rules: RulesProfile;
    readonly members: readonly {
      readonly id: string;
      readonly role: MemberRole;
      readonly present: boolean;
    }[];
    readonly delegatedChairId?: string | undefined;
  }): { readonly met: boolean; readonly present: number; readonly total: number };
}

/** The rule-set new rounds are created under (the engine's). */
export const DEFAULT_RULE_SET_ID = CURRENT_RULE_SET_ID;

/**
 * The engine a `CouncilDb` gets when none is given: rule-set facts and profile rules from
 * the engine's synchronous parts; questions that need a loaded sheet fail loudly (a guessed
 * completeness or spread would be a wrong administrative decision). The app opens the db
 * with `openCouncilDb()` (engine-adapter.ts), which loads the sheets and wires the full engine.
 */
export const defaultEngine: EnginePort = {
  defaultRulesProfile: () => DEFAULT_RULES_PROFILE,
  rulesProfileProblems: async (p) => {
    const { rulesProfileProblems } = await import('../domain/rules-profile-schema');
    return rulesProfileProblems(p).map(problemLine);
  },
  hasRuleSet: (ruleSetId) => ruleSetInfo(ruleSetId) !== undefined,
  hasSheet: (ruleSetId, sheetNo) => ruleSetInfo(ruleSetId)?.sheetNumbers.includes(sheetNo) ?? false,
  answerProblem: () => {
    throw new EngineUnavailableError('criteria sheet');
  },
  unansweredCriteria: () => {
    throw new EngineUnavailableError('sheet completeness');
  },
  productSpread: () => {
    throw new EngineUnavailableError('council spread');
  },
  quorum: () => {
    throw new EngineUnavailableError('quorum');
  },
  parseRoundFile: () => Promise.reject(new EngineUnavailableError('round file reader')),
};
