import { councilResult, type CouncilResult } from '../council/council-result';
import type { Outcome } from '../council/outcome';
import { quorumStatus, type QuorumStatus } from '../council/quorum';
import type { SheetCatalog } from '../criteria/registry';
import type { MarkedStarLevel, StarLevel } from '../criteria/types';
import { averageValue } from '../scoring/bands';
import type { IsoDate } from '../model';
import { scorersPerProduct } from '../workflow/presence';
import { memberPresentOn, productDay, votingMembersOn } from './presence';
import type { RoundFile, RoundProduct } from './types';

/**
 * A whole round's results, recomputed from its file with the same domain code as the app:
 * the quorum, and every product's council result. `tallyReport` is the auditor's JSON that
 * `ocop tally` prints (issue 3 item 7).
 */
export interface ProductTally {
  readonly product: RoundProduct;
  readonly result: CouncilResult;
}

export interface DayQuorum {
  readonly date: IsoDate;
  readonly quorum: QuorumStatus;
}

export interface RoundTally {
  /** Of the members present on some day (the file's `present`): a summary over the round. */
  readonly quorum: QuorumStatus;
  /** The quorum of each meeting day, as the app judges each day's scoring (empty without meeting days). */
  readonly days: readonly DayQuorum[];
  readonly products: readonly ProductTally[];
}

export class UnknownSheetInRoundError extends Error {
  override readonly name = 'UnknownSheetInRoundError';
}

/** The file must have been read with `parseRoundFile` against the same catalog. */
export function tallyRound(file: RoundFile, catalog: SheetCatalog, upToPass?: number): RoundTally {
  const { round } = file;
  const ruleSet = catalog.ruleSet(round.ruleSet);
  if (ruleSet === undefined)
    throw new UnknownSheetInRoundError(`rule-set ${round.ruleSet} not in the catalog`);
  // The scoring members only, as in the app: a non-voting secretary (OCOP-RULES §4 item 8)
  // neither scores nor counts toward the quorum; excused members are absent. Who scores a
  // product is who was present on its meeting day (per-day attendance, presence.ts).
  const voting = votingMembersOn(file, undefined);
  const scorersOf = scorersPerProduct(
    file.products,
    file.recusals,
    (product) => productDay(file, product),
    (day) => voting.filter((m) => memberPresentOn(m, day)).map((m) => m.id),
  );
  const sheetsByProduct = new Map<string, RoundFile['scores'][number][]>();
  for (const s of file.scores) {
    const list = sheetsByProduct.get(s.productId);
    if (list === undefined) sheetsByProduct.set(s.productId, [s]);
    else list.push(s);
  }
  const products = file.products.map((product) => {
    const sheet = catalog.sheet(round.ruleSet, product.sheet);
    if (sheet === undefined) throw new UnknownSheetInRoundError(`sheet ${product.sheet} not in the catalog`);
    const scorers = scorersOf.get(product.id) ?? [];
    const result = councilResult({
      productId: product.id,
      sheet,
      bands: ruleSet.bands,
      rules: round.rules,
      level: round.level,
      disqualified: product.disqualified,
      sheets: sheetsByProduct.get(product.id) ?? [],
      scorers,
      ...(upToPass !== undefined && { upToPass }),
    });
    return { product, result };
  });
  const days = (round.meetingDates ?? []).map((date) => ({
    date,
    quorum: quorumStatus(votingMembersOn(file, date), round.rules, round.chairDelegatedTo),
  }));
  return { quorum: quorumStatus(voting, round.rules, round.chairDelegatedTo), days, products };
}

export interface ProductReport {
  readonly id: string;
  /** The product as people know it (an id alone names nothing to a reader); null when it has no code yet. */
  readonly code: string | null;
  readonly name: string;
  /** Full precision; null when nobody has scored the product. */
  readonly average: {
    readonly A: number;
    readonly B: number;
    readonly C: number;
    readonly total: number;
  } | null;
  readonly spread: number | null;
  readonly spreadExceeded: boolean;
  readonly band: StarLevel | null;
  readonly minimumsLevel: StarLevel | null;
  readonly stars: StarLevel | null;
  readonly unmetMinimums: readonly {
    readonly criterion: string;
    readonly level: MarkedStarLevel;
    readonly membersMeeting: number;
    readonly membersScoring: number;
  }[];
  readonly outcome: Outcome;
}

export interface QuorumReport {
  readonly present: number;
  readonly total: number;
  readonly met: boolean;
}

export interface TallyReport {
  readonly quorum: QuorumReport;
  /** Each meeting day's quorum (the one that lets that day's scoring count). */
  readonly days: readonly (QuorumReport & { readonly date: IsoDate })[];
  readonly products: readonly ProductReport[];
}

export function tallyReport(tally: RoundTally): TallyReport {
  return {
    quorum: { present: tally.quorum.present, total: tally.quorum.total, met: tally.quorum.met },
    days: tally.days.map((d) => ({
      date: d.date,
      present: d.quorum.present,
      total: d.quorum.total,
      met: d.quorum.met,
    })),
    products: tally.products.map(({ product, result }) => {
      const part = (code: string): number => {
        const a = result.average?.parts[code];
        return a === undefined ? 0 : averageValue(a);
      };
      return {
        id: product.id,
        code: product.code.trim() === '' ? null : product.code,
        name: product.name,
        average:
          result.average === null
            ? null
            : { A: part('A'), B: part('B'), C: part('C'), total: averageValue(result.average.total) },
        spread: result.spread,
        spreadExceeded: result.spreadExceeded,
        band: result.band,
        minimumsLevel: result.minimumsLevel,
        stars: result.stars,
        unmetMinimums: result.unmetMinimums.map((u) => ({
          criterion: u.criterion,
          level: u.level,
          membersMeeting: u.membersMeeting,
          membersScoring: u.membersScoring,
        })),
        outcome: result.outcome,
      };
    }),
  };
}
