import { councilResult } from '../domain/council/council-result';
import { quorumStatus } from '../domain/council/quorum';
import { sheetsOnDemand, type SheetCatalog } from '../domain/criteria/registry';
import type { CriteriaSheet } from '../domain/criteria/types';
import { problemLine, type Problem } from '../domain/problems';
import { DEFAULT_RULES_PROFILE } from '../domain/rules-profile';
import { answerProblems } from '../domain/scoring/answers';
import { CouncilDb, DEFAULT_DB_NAME, installedSchemaVersion, type CouncilDbDeps } from './council-db';
import { EngineUnavailableError } from './errors';
import type { EnginePort } from './engine-port';

/**
 * The real scoring engine (issue 3) behind the db's `EnginePort`. Sheets load lazily and
 * asynchronously, but repository transactions must not await anything but IndexedDB — so
 * the engine works from a catalog loaded BEFORE any transaction (`loadSheetCatalog`).
 */

const describe = problemLine;

/** The criterion a problem is about (for "jump to the first missing criterion"). */
function criterionOf(p: Problem): string {
  const code = p.params.code;
  if (typeof code === 'string') return code;
  const quoted = /\["([^"]+)"\]$/.exec(p.path);
  return quoted?.[1] ?? p.path;
}

export function createEngine(catalog: SheetCatalog): EnginePort {
  const sheetOf = (ruleSetId: string, sheetNo: number): CriteriaSheet => {
    const sheet = catalog.sheet(ruleSetId, sheetNo);
    if (sheet === undefined) throw new EngineUnavailableError(`${ruleSetId} sheet ${sheetNo}`);
    return sheet;
  };
  return {
    defaultRulesProfile: () => DEFAULT_RULES_PROFILE,
    // The readers (zod) load when first needed, not with the first screen (issue 13).
    rulesProfileProblems: async (profile) => {
      const { rulesProfileProblems } = await import('../domain/rules-profile-schema');
      return rulesProfileProblems(profile).map(describe);
    },
    hasRuleSet: (ruleSetId) => catalog.ruleSet(ruleSetId) !== undefined,
    hasSheet: (ruleSetId, sheetNo) =>
      catalog.ruleSet(ruleSetId)?.sheetNumbers.includes(sheetNo) ??
      catalog.sheet(ruleSetId, sheetNo) !== undefined,
    answerProblem: (ruleSetId, sheetNo, criterionCode, answer) => {
      // At click time only the answer itself is judged; a case chosen later (sheet 26) or not
      // yet is checked on submit, where every problem of the sheet is reported.
      const problems = answerProblems(
        sheetOf(ruleSetId, sheetNo),
        { answers: { [criterionCode]: answer } },
        '',
        false,
      ).filter((p) => p.code === 'unknown-criterion' || p.code === 'option-out-of-range');
      return problems[0] === undefined ? null : describe(problems[0]);
    },
    unansweredCriteria: (ruleSetId, sheetNo, sheet) => {
      const problems = answerProblems(sheetOf(ruleSetId, sheetNo), sheet, '', true);
      return [...new Set(problems.map(criterionOf))];
    },
    productSpread: ({ ruleSetId, sheetNo, rules, sheets }) => {
      const info = catalog.ruleSet(ruleSetId);
      if (info === undefined) throw new EngineUnavailableError(ruleSetId);
      const result = councilResult({
        productId: sheets[0]?.productId ?? '',
        sheet: sheetOf(ruleSetId, sheetNo),
        bands: info.bands,
        rules,
        level: 'province', // the spread does not depend on the level
        disqualified: null,
        sheets,
        scorers: sheets.map((s) => s.memberId),
      });
      return { spread: result.spread ?? 0, spreadExceeded: result.spreadExceeded };
    },
    parseRoundFile: async (data) => {
      const { parseRoundFile } = await import('../domain/round-file/parse');
      return parseRoundFile(data, catalog);
    },
    quorum: ({ rules, members, delegatedChairId }) => {
      const status = quorumStatus(members, rules, delegatedChairId);
      return { met: status.met, present: status.present, total: status.total };
    },
  };
}

/**
 * Opens the app's database wired to the real engine. Sheets load when a write first needs one
 * (`sheetsOnDemand` + `withSheetsLoaded` in tx.ts), so opening waits for no sheet (issue 13).
 * This is how the app (and browser tests) should open it. It asks the installed version first
 * (one trip to the browser's IndexedDB, which the opening then finds warm): an up-to-date
 * database is opened declaring only the current schema version (council-db.ts).
 */
export async function openCouncilDb(
  name: string = DEFAULT_DB_NAME,
  deps: Omit<CouncilDbDeps, 'engine' | 'installedVersion'> = {},
): Promise<CouncilDb> {
  const installedVersion = await installedSchemaVersion(name);
  const engine = createEngine(sheetsOnDemand());
  const db = new CouncilDb(name, {
    ...deps,
    engine,
    ...(installedVersion === undefined ? {} : { installedVersion }),
  });
  await db.open();
  return db;
}
