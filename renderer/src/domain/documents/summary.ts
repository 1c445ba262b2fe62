import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../i18n/define';
import type { CouncilResult } from '../council/council-result';
import { STAR_LEVELS } from '../criteria/types';
import { displayAverage } from '../scoring/bands';
import type { CouncilLevel } from '../model';
import { dateParts, type DocText, type DocWords } from './format';
import { dateOf, documentDate } from './minutes';
import { documentFrame, LANDSCAPE_CONTENT_WIDTH } from './page';
import {
  documentHeader,
  documentTitle,
  placeDateLine,
  sectionHeading,
  signatureBlocks,
  starsRun,
  withCodesWhole,
} from './parts';
import { headCell, numberCell, ruledTable } from './tables';
import type { SummaryInput, SummaryRow } from './types';

/**
 * The round summary (bảng tổng hợp kết quả): every product with its part averages, average,
 * spread, stars and proposal; how many products per star level; and how the round stands
 * against the plan's targets. Landscape, the usual way a wide table is printed.
 */

function outcomeCell(t: DocText, result: CouncilResult): string {
  const stars = result.stars ?? 0;
  return t(`doc.summary.outcome.${result.outcome}`, { stars, reason: result.disqualified?.reason ?? '' });
}

function starsCell(t: DocText, result: CouncilResult): TableCell {
  if (result.disqualified !== null) return numberCell(t('doc.summary.count.disqualified'));
  // A province does not award 5 stars (Decision 26/2026): the product is forwarded.
  if (result.outcome === 'forward-5-star') return numberCell(t('doc.summary.potential5'));
  if (result.stars === null || result.outcome === 'pending') return numberCell(t('doc.notAvailable'));
  return { text: [starsRun(result.stars)], alignment: 'center' };
}

function productRow(
  t: DocText,
  row: SummaryRow,
  parts: readonly string[],
  decimals: number,
  language: Language,
): TableCell[] {
  const { result, product } = row;
  const avg = result.average;
  const shown = (value: string | undefined) => numberCell(value ?? t('doc.notAvailable'));
  return [
    numberCell(String(product.order)),
    { text: product.name },
    { text: product.code, fontSize: 10, noWrap: true },
    { text: product.producer.name },
    numberCell(String(row.sheetNo)),
    ...parts.map((p) => {
      const a = avg?.parts[p];
      return shown(a === undefined ? undefined : displayAverage(a, decimals, language));
    }),
    numberCell(avg === null ? t('doc.notAvailable') : displayAverage(avg.total, decimals, language), true),
    shown(result.spread === null ? undefined : String(result.spread)),
    starsCell(t, result),
    { text: outcomeCell(t, result) },
  ];
}

/** Products per star level, disqualified, without result: counted from the engine's results. */
function countsTable(t: DocText, rows: readonly SummaryRow[], level: CouncilLevel): Content {
  const pending = (r: SummaryRow) => r.result.outcome === 'pending' && r.result.disqualified === null;
  const levels = [...STAR_LEVELS].reverse();
  // At province level the products at 5 are forwarded to the Ministry: counted apart, so named.
  const head = [
    ...levels.map((s) =>
      headCell(
        s === 5 && level === 'province'
          ? t('doc.summary.count.potential5')
          : t('doc.summary.count.stars', { stars: s }),
      ),
    ),
    headCell(t('doc.summary.count.disqualified')),
    headCell(t('doc.summary.count.pending')),
    headCell(t('doc.summary.count.total')),
  ];
  const body = [
    ...levels.map((s) => numberCell(String(rows.filter((r) => !pending(r) && r.result.stars === s).length))),
    numberCell(String(rows.filter((r) => r.result.disqualified !== null).length)),
    numberCell(String(rows.filter(pending).length)),
    numberCell(String(rows.length), true),
  ];
  return ruledTable(
    head.map(() => 60),
    [head],
    [body],
  );
}

function targetLines(t: DocText, input: SummaryInput, percent: DocWords['percent']): Content[] {
  const targets = input.round.targets;
  if (targets === undefined) return [];
  const evaluated = input.rows.filter(
    (r) => r.result.outcome !== 'pending' || r.result.disqualified !== null,
  );
  const atLeast3 = evaluated.filter(
    (r) => r.result.disqualified === null && (r.result.stars ?? 0) >= 3,
  ).length;
  const forwarded = input.rows.filter((r) => r.result.outcome === 'forward-5-star').length;
  const lines: Content[] = [];
  const verdict = (met: boolean) => ` ${t(met ? 'doc.summary.target.met' : 'doc.summary.target.notMet')}`;
  if (targets.shareAtLeast3Stars !== undefined) {
    const share = evaluated.length === 0 ? 0 : atLeast3 / evaluated.length;
    // Compared in whole products (count ≥ target × evaluated), never on a rounded percentage.
    const met = evaluated.length > 0 && atLeast3 >= targets.shareAtLeast3Stars * evaluated.length - 1e-9;
    lines.push({
      text: `- ${t('doc.summary.target.share', { count: atLeast3, evaluated: evaluated.length, share: percent(share, 1), target: percent(targets.shareAtLeast3Stars, 0) })}${verdict(met)}`,
      style: 'paragraph',
    });
  }
  if (targets.forwardedFor5Stars !== undefined) {
    lines.push({
      text: `- ${t('doc.summary.target.forward', { count: forwarded, target: targets.forwardedFor5Stars })}${verdict(forwarded >= targets.forwardedFor5Stars)}`,
      style: 'paragraph',
    });
  }
  // The plan section only when the round has a target to stand against.
  return lines.length === 0 ? [] : [sectionHeading(t('doc.summary.targets')), ...lines];
}

/** The subject line: the round's own name when it already says what is evaluated (no repetition). */
function subjectOf(t: DocText, name: string): string {
  return /OCOP/iu.test(name) ? name : t('doc.summary.subject', { round: name });
}

/** "ngày 10 tháng 6 năm 2026, ngày 11 tháng 6 năm 2026" */
function longDates(t: DocText, dates: readonly string[]): string {
  return dates.map((d) => t('doc.date.long', dateParts(d))).join(', ');
}

function basisOf(t: DocText, round: SummaryInput['round']): string {
  const d = round.decision;
  if (d === undefined || d.number.trim() === '' || !/^\d{4}-\d{2}-\d{2}/.test(d.date)) return '';
  return t('doc.summary.introBasis', { number: d.number.trim(), ...dateParts(d.date) });
}

export function summaryDocument(input: SummaryInput, words: DocWords): TDocumentDefinitions {
  const { t, language } = words;
  const { round } = input;
  const width = LANDSCAPE_CONTENT_WIDTH;
  const parts = [...new Set(input.rows.flatMap((r) => Object.keys(r.result.average?.parts ?? {})))].sort();
  const decimals = round.rules.displayDecimals;
  const number =
    input.documentNumber === undefined
      ? t('doc.header.numberBlankSummary')
      : t('doc.header.number', { number: input.documentNumber });
  const head = [
    headCell(t('doc.table.no')),
    headCell(t('doc.summary.col.product')),
    headCell(t('doc.summary.col.code')),
    headCell(t('doc.summary.col.producer')),
    headCell(t('doc.summary.col.set')),
    ...parts.map((part) => headCell(t('doc.table.part', { part }))),
    headCell(t('doc.summary.col.average')),
    headCell(t('doc.summary.col.spread')),
    headCell(t('doc.summary.col.stars')),
    headCell(t('doc.summary.col.outcome')),
  ];
  const content: Content[] = [
    documentHeader(
      t,
      round.issuingBody,
      number,
      placeDateLine(t, round.place ?? round.province, documentDate(round)),
      width,
    ),
    documentTitle(t('doc.summary.title'), subjectOf(t, input.name), width),
    {
      text: withCodesWhole(
        t('doc.summary.intro', {
          council: round.issuingBody.name,
          basis: basisOf(t, round),
          meeting: longDates(t, round.meetingDates),
          venue: round.venue,
          ruleSet: round.ruleSet,
        }),
      ),
      style: 'paragraph',
    },
    ruledTable(
      [22, '*', 84, 90, 24, ...parts.map(() => 34), 40, 34, 50, 96],
      [head],
      input.rows.map((row) => productRow(t, row, parts, decimals, language)),
    ),
    // The counts (and the plan) lead the signatures: the signatures never stand alone on a page.
    signatureBlocks(
      t,
      [
        { role: 'secretary', heading: t('doc.signature.secretary'), name: round.signers.secretary },
        { role: 'chair', heading: t('doc.signature.chair'), name: round.signers.chair },
      ],
      {
        stack: [
          sectionHeading(t('doc.summary.counts')),
          countsTable(t, input.rows, round.level),
          ...targetLines(t, input, words.percent),
        ],
      },
      width,
    ),
  ];
  return documentFrame(
    { title: `${t('doc.summary.title')} - ${input.name}`, orientation: 'landscape', ...dateOf(round) },
    content,
  );
}
