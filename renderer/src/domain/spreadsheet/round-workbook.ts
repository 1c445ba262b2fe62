import type { SheetCatalog } from '../criteria/registry';
import type { CriteriaSheet } from '../criteria/types';
import { displayAverage, type ExactAverage } from '../scoring/bands';
import { criteriaOf } from '../scoring/answers';
import { scoreSheet } from '../scoring/member-sheet';
import { tallyRound, type ProductTally } from '../round-file/tally';
import type { RoundFile } from '../round-file/types';
import type { DocText } from '../documents/format';
import { sheetNames, type CellValue, type SheetModel, type WorkbookModel } from './cells';

/**
 * A round's results as a workbook (issue 6 item 3), from its round file and the engine:
 * - "Tổng hợp": one row per product — name, code, set, part averages A/B/C, average, spread,
 *   stars, outcome. Averages are the engine's exact averages ROUNDED DOWN to the round's
 *   decimals (as every screen and document shows them: a 4★ product never reads 90.00).
 * - one sheet per product: criteria × members (submitted sheets of EVERY pass, pass 2 beside
 *   pass 1 where re-scored) with each chosen option's points, the part totals and the total.
 * Numbers are numbers; texts go through `t` (Vietnamese or English).
 */
export function buildRoundWorkbook(file: RoundFile, catalog: SheetCatalog, t: DocText): WorkbookModel {
  const tally = tallyRound(file, catalog);
  const decimals = file.round.rules.displayDecimals;
  const names = sheetNames([
    t('excel.sheet.summary'),
    ...tally.products.map((p, i) => `${i + 1}. ${p.product.code || p.product.name}`),
  ]);
  const summary = summarySheet(file, tally.products, catalog, t, decimals, names[0] ?? 'Sheet');
  const products = tally.products.map((p, i) =>
    productSheet(file, p, catalog, t, names[i + 1] ?? `P${i + 1}`),
  );
  return { title: file.round.name, sheets: [summary, ...products] };
}

/** The average as the app displays it (rounded down), as a number. */
export function shownAverage(average: ExactAverage | undefined, decimals: number): number | null {
  return average === undefined || average.count === 0
    ? null
    : Number(displayAverage(average, decimals, 'en'));
}

const PARTS = ['A', 'B', 'C'] as const;

function summarySheet(
  file: RoundFile,
  products: readonly ProductTally[],
  catalog: SheetCatalog,
  t: DocText,
  decimals: number,
  name: string,
): SheetModel {
  const header: CellValue[] = [
    t('excel.col.no'),
    t('excel.col.product'),
    t('excel.col.code'),
    t('excel.col.set'),
    t('excel.col.producer'),
    ...PARTS.map((part) => t('excel.col.part', { part })),
    t('excel.col.average'),
    t('excel.col.spread'),
    t('excel.col.stars'),
    t('excel.col.outcome'),
  ];
  const rows: CellValue[][] = products.map(({ product, result }, i) => {
    const sheet = catalog.sheet(file.round.ruleSet, product.sheet);
    const reason = result.disqualified?.reason ?? '';
    return [
      i + 1,
      product.name,
      product.code,
      sheet === undefined ? product.sheet : `${product.sheet}. ${sheet.name}`,
      product.producer?.name ?? '',
      ...PARTS.map((part) => shownAverage(result.average?.parts[part], decimals)),
      shownAverage(result.average?.total, decimals),
      result.spread,
      result.stars,
      t(`doc.summary.outcome.${result.outcome}`, { stars: result.stars ?? '', reason }),
    ];
  });
  const format = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  return {
    name,
    widths: [6, 36, 20, 28, 28, 10, 10, 10, 10, 11, 9, 30],
    rows: [[file.round.name], [t('excel.summary.subtitle', { count: products.length })], header, ...rows],
    headerRow: 3,
    boldRows: [1, 3],
    numberFormats: { 6: format, 7: format, 8: format, 9: format },
  };
}

interface Column {
  readonly member: string;
  readonly pass: number;
  readonly score: ReturnType<typeof scoreSheet>;
}

function productSheet(
  file: RoundFile,
  { product, result }: ProductTally,
  catalog: SheetCatalog,
  t: DocText,
  name: string,
): SheetModel {
  const sheet: CriteriaSheet | undefined = catalog.sheet(file.round.ruleSet, product.sheet);
  const bands = catalog.ruleSet(file.round.ruleSet)?.bands ?? [];
  const memberName = new Map(file.members.map((m) => [m.id, m.name]));
  const order = new Map(file.members.map((m, i) => [m.id, i]));
  const manyPasses = result.passes.length > 1;
  const columns: Column[] =
    sheet === undefined
      ? []
      : file.scores
          .filter((s) => s.productId === product.id)
          .sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0) || a.pass - b.pass)
          .map((s) => ({
            member: memberName.get(s.memberId) ?? s.memberId,
            pass: s.pass,
            score: scoreSheet(sheet, bands, s),
          }));
  const heading = (c: Column): string =>
    manyPasses ? t('excel.col.memberPass', { member: c.member, pass: c.pass }) : c.member;
  const title = t('excel.product.title', {
    name: product.name,
    code: product.code,
    set: product.sheet,
    setName: sheet?.name ?? '',
  });
  const header: CellValue[] = [
    t('excel.col.criterion'),
    t('excel.col.criterionText'),
    t('excel.col.max'),
    ...columns.map(heading),
  ];
  const rows: CellValue[][] = [];
  const bold: number[] = [1, 3];
  if (sheet !== undefined) {
    for (const part of sheet.parts) {
      for (const entry of criteriaOf(sheet).filter((e) => e.partCode === part.code)) {
        const c = entry.criterion;
        rows.push([
          c.code,
          c.text,
          c.max,
          ...columns.map((col) => {
            const scored = col.score.criteria.find((x) => x.code === c.code);
            return scored === undefined || scored.answer === undefined ? null : scored.points;
          }),
        ]);
      }
      rows.push([
        t('excel.row.partTotal', { part: part.code }),
        part.title,
        part.max,
        ...columns.map((col) => col.score.parts[part.code] ?? 0),
      ]);
      bold.push(rows.length + 3);
    }
    rows.push([t('excel.row.total'), '', 100, ...columns.map((col) => col.score.total)]);
    bold.push(rows.length + 3);
    rows.push([t('excel.row.rank'), '', null, ...columns.map((col) => col.score.rank)]);
  }
  return {
    name,
    widths: [10, 60, 8, ...columns.map(() => 16)],
    rows: [
      [title],
      [
        columns.length === 0
          ? t('excel.product.noScores')
          : t('excel.product.subtitle', { passes: result.passes.join(', ') }),
      ],
      header,
      ...rows,
    ],
    headerRow: 3,
    boldRows: bold,
  };
}
