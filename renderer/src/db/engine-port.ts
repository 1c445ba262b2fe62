import type { Answer, MemberRole, MemberSheet, RulesProfile } from '../domain/model';
import { EngineUnavailableError } from './errors';

/**
 * THE coupling point between the db layer and the scoring engine (issue 3). The db never
 * computes a total, an average, a spread or a star: it asks this port. `CouncilDb` takes an
 * engine in its constructor (tests inject a small fake); `defaultEngine` is wired to the real
 * engine in `renderer/src/domain/` — and only here.
 */
export interface EnginePort {
  /** the council defaults of OCOP-RULES §4 */
  defaultRulesProfile(): RulesProfile;
  /** problems of a profile, empty when valid */
  rulesProfileProblems(profile: RulesProfile): readonly string[];
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
  /** quorum of the council on one meeting day */
  quorum(input: {
    readonly rules: RulesProfile;
    readonly members: readonly { readonly role: MemberRole; readonly present: boolean }[];
  }): { readonly met: boolean; readonly present: number; readonly total: number };
}

/** The only rule-set the app ships (OCOP-RULES §1). */
export const DEFAULT_RULE_SET_ID = '26/2026/QĐ-TTg';

/** OCOP-RULES §4 defaults — kept here only until the engine's own profile defaults land. */
const FALLBACK_RULES_PROFILE: RulesProfile = {
  spreadLimit: 10,
  minimumPolicy: 'majority',
  quorum: 0.75,
  chairRequired: true,
  displayDecimals: 2,
};

/**
 * Until the engine (issue 3) lands, sheet-dependent questions fail loudly instead of
 * guessing: a guessed completeness or spread would be a wrong administrative decision.
 */
export const defaultEngine: EnginePort = {
  defaultRulesProfile: () => FALLBACK_RULES_PROFILE,
  rulesProfileProblems: (p) => {
    const problems: string[] = [];
    if (!(p.spreadLimit >= 0)) problems.push('spreadLimit ≥ 0');
    if (!(p.quorum > 0 && p.quorum <= 1)) problems.push('0 < quorum ≤ 1');
    if (!Number.isInteger(p.displayDecimals) || p.displayDecimals < 0) problems.push('displayDecimals ≥ 0');
    return problems;
  },
  hasSheet: (ruleSetId, sheetNo) =>
    ruleSetId === DEFAULT_RULE_SET_ID && Number.isInteger(sheetNo) && sheetNo >= 1 && sheetNo <= 26,
  answerProblem: (_r, _s, _c, answer) =>
    answer === 'none' || (Number.isInteger(answer) && answer >= 0) ? null : `answer ${String(answer)}`,
  unansweredCriteria: () => {
    throw new EngineUnavailableError('sheet completeness');
  },
  productSpread: () => {
    throw new EngineUnavailableError('council spread');
  },
  quorum: () => {
    throw new EngineUnavailableError('quorum');
  },
};
