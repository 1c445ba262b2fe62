import { loadSheet } from '../domain/criteria/registry';
import type { CriteriaSheet } from '../domain/criteria/types';
import type { Problem } from '../domain/problems';
import { answerProblems } from '../domain/scoring/answers';
import type { ProductRow, RoundRow, SheetRow } from './rows';

/**
 * Stored sheets whose answers the engine cannot count: an answer on a criterion with cases
 * (sheet 26, A/B) without the member's case choice, an option outside its case or sheet, an
 * unknown criterion. The app's own screens never write such a sheet, but a backup or a round
 * made elsewhere may hold one; the council's tally refuses it (InvalidAnswersError), so the
 * screens that tally (the minutes) and the restore check for it first and say which sheet it is.
 */
export interface SheetAnswersProblem {
  readonly sheetId: string;
  readonly roundId: string;
  readonly productId: string;
  readonly memberId: string;
  readonly pass: number;
  /** The engine's problems (codes such as 'case-missing', params name the criterion). */
  readonly problems: readonly Problem[];
}

type Loader = (ruleSetId: string, sheetNo: number) => Promise<CriteriaSheet>;

/**
 * Checks every sheet row against its product's criteria sheet (most rows pass the engine's
 * fast check without building any message). Rows of an unknown product, round, rule-set or
 * sheet are not judged here (the backup's reference checks and the registry report those).
 */
export async function sheetAnswersProblems(
  rounds: readonly Pick<RoundRow, 'id' | 'ruleSetId'>[],
  products: readonly Pick<ProductRow, 'id' | 'roundId' | 'sheetNo'>[],
  sheets: readonly Pick<
    SheetRow,
    'id' | 'roundId' | 'productId' | 'memberId' | 'pass' | 'answers' | 'caseChoice'
  >[],
  load: Loader = loadSheet,
): Promise<SheetAnswersProblem[]> {
  const ruleSetOf = new Map(rounds.map((r) => [r.id, r.ruleSetId]));
  const productOf = new Map(products.map((p) => [p.id, p]));
  const criteria = new Map<string, CriteriaSheet | null>();
  const out: SheetAnswersProblem[] = [];
  for (const row of sheets) {
    const product = productOf.get(row.productId);
    const ruleSetId = product === undefined ? undefined : ruleSetOf.get(product.roundId);
    if (product === undefined || ruleSetId === undefined) continue;
    const key = `${ruleSetId}#${product.sheetNo}`;
    let sheet = criteria.get(key);
    if (sheet === undefined) {
      sheet = await load(ruleSetId, product.sheetNo).catch(() => null);
      criteria.set(key, sheet);
    }
    if (sheet === null) continue;
    const problems = answerProblems(sheet, { answers: row.answers, caseChoice: row.caseChoice }, '', false);
    if (problems.length > 0)
      out.push({
        sheetId: row.id,
        roundId: row.roundId,
        productId: row.productId,
        memberId: row.memberId,
        pass: row.pass,
        problems,
      });
  }
  return out;
}
