import type { DocText } from '../documents/format';
import { shortDate } from '../documents/format';
import type { RegisterLine } from '../register/register';
import type { CellValue, WorkbookModel } from './cells';

/**
 * The register as a workbook (issue 12): the lines the person sees (already filtered), one row
 * per product with its recognition in force and its latest evaluation. Headers in the
 * document's language (Vietnamese first); dates written dd/mm/yyyy as text, so every
 * spreadsheet program shows them the same; numbers (stars, average, count) as numbers.
 */
export const REGISTER_HEADER_ROW = 4;

export const REGISTER_COLUMNS = [
  'no',
  'code',
  'name',
  'producer',
  'commune',
  'group',
  'sheet',
  'stars',
  'status',
  'decisionNumber',
  'decisionDate',
  'certificateNo',
  'expiry',
  'lastRound',
  'lastDate',
  'lastAverage',
  'lastStars',
  'evaluations',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

const WIDTHS: Readonly<Record<RegisterColumn, number>> = {
  no: 6,
  code: 16,
  name: 32,
  producer: 28,
  commune: 18,
  group: 18,
  sheet: 8,
  stars: 8,
  status: 18,
  decisionNumber: 16,
  decisionDate: 12,
  certificateNo: 20,
  expiry: 12,
  lastRound: 36,
  lastDate: 12,
  lastAverage: 10,
  lastStars: 8,
  evaluations: 10,
};

export interface RegisterWorkbookInput {
  readonly lines: readonly RegisterLine[];
  /** the day the list was read (statuses are those of this day) */
  readonly today: string;
  /** the filters in words ("Xã/phường: Tân Phú; Năm: 2026"), '' for none */
  readonly filterText: string;
  readonly total: number;
}

export function buildRegisterWorkbook(input: RegisterWorkbookInput, t: DocText): WorkbookModel {
  const header: CellValue[] = REGISTER_COLUMNS.map((c) => t(`registerYear.xlsx.col.${c}`));
  const rows: CellValue[][] = [
    [t('register.title')],
    [
      t('registerYear.xlsx.readOn', {
        date: shortDate(input.today),
        shown: input.lines.length,
        total: input.total,
      }),
    ],
    [input.filterText === '' ? t('registerYear.xlsx.noFilter') : input.filterText],
    header,
    ...input.lines.map((line, i) => rowOf(line, i + 1, t)),
  ];
  return {
    title: t('register.title'),
    sheets: [
      {
        name: t('registerYear.xlsx.sheet'),
        widths: REGISTER_COLUMNS.map((c) => WIDTHS[c]),
        rows,
        headerRow: REGISTER_HEADER_ROW,
        boldRows: [1],
        numberFormats: { [REGISTER_COLUMNS.indexOf('lastAverage') + 1]: '0.00' },
      },
    ],
  };
}

/** Averages are shown rounded DOWN to 2 decimals, as every screen and document shows them. */
function roundedDown(average: number): number {
  return Math.floor(average * 100 + 1e-9) / 100;
}

function rowOf(line: RegisterLine, no: number, t: DocText): CellValue[] {
  const current = line.current;
  const last = line.evaluations.at(-1);
  const cells: Record<RegisterColumn, CellValue> = {
    no,
    code: line.code,
    name: line.name,
    producer: line.producerName,
    commune: line.commune,
    group: line.group === null ? '' : t(`register.group.${line.group}`),
    sheet: line.sheetNo,
    stars: line.stars,
    status: t(`register.status.${line.status}`),
    decisionNumber: current?.decisionNumber ?? '',
    decisionDate: current === null ? '' : shortDate(current.decisionDate),
    certificateNo: current?.certificateNo ?? '',
    expiry: current === null ? '' : shortDate(current.expiry),
    lastRound: last?.roundName ?? '',
    lastDate: last === undefined ? '' : shortDate(last.date),
    lastAverage: last === undefined || last.average === null ? null : roundedDown(last.average),
    lastStars: last?.stars ?? null,
    evaluations: line.evaluations.length,
  };
  return REGISTER_COLUMNS.map((c) => cells[c]);
}
