import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { hasCases } from '../criteria/star-marks';
import type { CriteriaSheet } from '../criteria/types';
import type { DocText, DocWords } from './format';
import { dateOf, documentDate } from './minutes';
import { CONTENT_WIDTH, documentFrame } from './page';
import { KEEP_WITH_SIGNATURES, placeDateLine, signerBlock } from './parts';
import { sheetTable } from './sheet-table';
import type { BlankSheetInput, ScoringSheetInput } from './types';

/**
 * The scoring sheet ("Bộ tiêu chí đánh giá sản phẩm OCOP, kiêm phiếu đánh giá"): one member's
 * filled sheet for one product, or the blank sheet of a set for wet-ink scoring. The blank
 * sheet prints the header lines and footer exactly as the decision does.
 */

function titleBlock(t: DocText, sheet: CriteriaSheet, ruleSet: string): Content {
  return {
    stack: [
      { text: t('doc.sheet.title').toUpperCase(), style: 'title' },
      {
        text: t('doc.sheet.subtitle', { sheetNo: sheet.sheetNo, sheetName: sheet.name }),
        style: 'subtitle',
        fontSize: 13,
      },
      // The official form's line under the title: "(Sản phẩm: … Nhóm: …)".
      ...(sheet.source?.productLine === undefined
        ? []
        : [{ text: sheet.source.productLine, alignment: 'center', fontSize: 12 } satisfies Content]),
      { text: t('doc.sheet.basis', { ruleSet }), italics: true, alignment: 'center', fontSize: 12 },
    ],
    margin: [0, 0, 0, 10],
  };
}

function disqualifierLines(sheet: CriteriaSheet): Content[] {
  return sheet.disqualifiers.map((line) => ({
    text: line,
    bold: true,
    italics: true,
    fontSize: 12,
    margin: [0, 2, 0, 4],
  }));
}

/** Ruled lines to write on by hand (a blank opinion), not a justified run of dots. */
function ruledLines(count: number): Content {
  return {
    canvas: Array.from({ length: count }, (_, i) => ({
      type: 'line' as const,
      x1: 0,
      y1: 20 * (i + 1),
      x2: CONTENT_WIDTH,
      y2: 20 * (i + 1),
      lineWidth: 0.4,
      dash: { length: 1.5, space: 1.5 },
    })),
    margin: [0, 0, 0, 6],
  };
}

function opinionBlock(t: DocText, opinion: string | undefined): Content {
  return opinion
    ? { text: t('doc.sheet.opinion', { value: opinion }), style: 'paragraph' }
    : { stack: [{ text: t('doc.sheet.opinionLabel'), style: 'paragraph' }, ruledLines(2)] };
}

/**
 * The opinion, place/date and the evaluator's signature: one group the renderer keeps on one
 * page (KEEP_WITH_SIGNATURES), so "NGƯỜI ĐÁNH GIÁ" never parts from the name and never stands
 * alone without the opinion above it.
 */
function signatureArea(t: DocText, opinion: Content, placeDate: Content, name: string): Content {
  return {
    stack: [
      { stack: [opinion], style: KEEP_WITH_SIGNATURES },
      {
        columns: [
          { width: '*', text: '' },
          {
            width: 250,
            stack: [
              placeDate,
              signerBlock(t, {
                role: 'evaluator',
                heading: t('doc.signature.evaluator'),
                name,
                hint: t('doc.sheet.signatureHint'),
              }),
            ],
          },
        ],
      },
    ],
    margin: [0, 8, 0, 0],
  };
}

/** Sheets with cases (26) say how to pick: the case first, then an option within it. */
function caseNote(t: DocText, sheet: CriteriaSheet): Content[] {
  const withCases = sheet.parts.some((p) => p.sections.some((s) => s.criteria.some(hasCases)));
  return withCases ? [{ text: t('doc.sheet.caseNote'), style: 'note', margin: [0, 2, 0, 4] }] : [];
}

function starNote(t: DocText, sheet: CriteriaSheet): Content[] {
  return sheet.starNotePrinted
    ? [{ text: t('doc.sheet.starNote'), style: 'note', margin: [0, 0, 0, 6] }]
    : [];
}

/**
 * A re-score pass says so in bold under the header ("Chấm lại lần 2") and prints the member's
 * totals of the pass before (A, B, C and the total), so the sheet reads like the dialog that
 * opened the pass promised: the new sheet beside the old one.
 */
function rescoreLines(t: DocText, input: ScoringSheetInput): Content[] {
  const pass = input.answers.pass;
  if (pass <= 1) return [];
  const before = input.previous;
  return [
    { text: t('doc.sheet.rescore', { pass }), bold: true, fontSize: 13, margin: [0, 4, 0, 2] },
    ...(before === undefined
      ? []
      : [
          {
            text: t('doc.sheet.previousTotals', {
              pass: before.pass,
              a: before.score.parts['A'] ?? 0,
              b: before.score.parts['B'] ?? 0,
              c: before.score.parts['C'] ?? 0,
              total: before.score.total,
            }),
            fontSize: 13,
            margin: [0, 0, 0, 4],
          } satisfies Content,
        ]),
  ];
}

export function scoringSheetDocument(input: ScoringSheetInput, words: DocWords): TDocumentDefinitions {
  const { t } = words;
  const { sheet, product, score } = input;
  const producer = product.producer;
  const header: Content[] = [
    t('doc.sheet.productName', { value: product.name }),
    t('doc.sheet.productCode', { value: product.code }),
    t('doc.sheet.producer', { value: producer.name }),
    t('doc.sheet.phone', { value: producer.phone ?? '' }),
    t('doc.sheet.address', { value: producer.address ?? '' }),
    t('doc.sheet.evaluator', { value: input.member.name }),
  ].map((text) => ({ text, fontSize: 13, margin: [0, 0, 0, 2] }));
  const opinion = input.answers.opinion?.trim();
  const content: Content[] = [
    titleBlock(t, sheet, input.round.ruleSet),
    ...header,
    ...rescoreLines(t, input),
    ...disqualifierLines(sheet),
    ...(score.complete
      ? []
      : [
          {
            text: t('doc.sheet.unanswered', { count: score.unanswered.length }),
            bold: true,
            color: '#a00000',
            margin: [0, 4, 0, 0],
          } satisfies Content,
        ]),
    ...caseNote(t, sheet),
    sheetTable(t, sheet, {
      answers: input.answers.answers,
      ...(input.answers.caseChoice !== undefined && { caseChoice: input.answers.caseChoice }),
      score,
    }),
    ...starNote(t, sheet),
    signatureArea(
      t,
      opinionBlock(t, opinion),
      placeDateLine(t, input.round.place ?? input.round.province, documentDate(input.round)),
      input.member.name,
    ),
  ];
  return documentFrame(
    {
      title: `${t('doc.sheet.title')} - ${product.name} - ${input.member.name}`,
      subject: product.code,
      ...dateOf(input.round),
    },
    content,
  );
}

/**
 * The printed header lines end in a run of "…" for the pen, longer than a line here: shorten
 * the run so each label and its blank stay on one line (≈ 6.5 pt a letter, 13 pt an "…").
 */
export function fitDots(line: string): string {
  const match = /…{3,}\.*$/.exec(line);
  if (match === null) return line;
  const label = line.slice(0, match.index);
  const room = Math.floor((CONTENT_WIDTH - label.length * 6.5) / 13) - 1;
  return label + '…'.repeat(Math.max(3, Math.min(room, match[0].length)));
}

export function blankSheetDocument(input: BlankSheetInput, words: DocWords): TDocumentDefinitions {
  const { t } = words;
  const { sheet } = input;
  // The decision's own header lines, dotted blanks included; the code explanation in small type.
  const header: Content[] = sheet.formHeaderFields.map((line) =>
    /^T:\s/.test(line)
      ? { text: line, italics: true, fontSize: 10, margin: [0, 0, 0, 3] }
      : { text: fitDots(line), fontSize: 13, margin: [0, 0, 0, 3] },
  );
  const content: Content[] = [
    titleBlock(t, sheet, input.ruleSet),
    ...header,
    ...disqualifierLines(sheet),
    ...caseNote(t, sheet),
    sheetTable(t, sheet, undefined),
    ...starNote(t, sheet),
    signatureArea(t, opinionBlock(t, undefined), placeDateLine(t, '……………', undefined), ''),
  ];
  return documentFrame(
    {
      title: `${t('doc.sheet.title')} - ${t('doc.sheet.subtitle', { sheetNo: sheet.sheetNo, sheetName: sheet.name })}`,
    },
    content,
  );
}
