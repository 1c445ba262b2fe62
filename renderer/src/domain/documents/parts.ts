import type { CanvasRect, Content, ContentCanvas } from 'pdfmake/interfaces';
import type { DocText } from './format';
import { dateParts } from './format';
import { CONTENT_WIDTH, SYMBOL_FONT } from './page';

/**
 * The pieces every administrative document is built from (Decree 30/2020/NĐ-CP, Phụ lục I),
 * made once and used by the minutes, the sheets and the summary.
 */

export interface IssuingBody {
  /** The governing body, upright upper case, e.g. "UBND TỈNH TÂY NINH"; omitted when none. */
  readonly parent?: string;
  /** The issuing body, bold upper case, e.g. "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP". */
  readonly name: string;
}

/**
 * A section heading. `headlineLevel` marks it for the renderer, which moves a heading that
 * would end a page to the next one (a heading is never the last line of a page).
 */
export const HEADING_LEVEL = 1;
export function sectionHeading(text: string): Content {
  return { text, style: 'heading', headlineLevel: HEADING_LEVEL };
}

/**
 * A paragraph's text with every document number ("26/2026/QĐ-TTg", "123/QĐ-UBND") kept on one
 * line: a line may break after "/" or "-", and an office never splits a number.
 */
export function withCodesWhole(text: string): Content[] {
  const out: Content[] = [];
  let last = 0;
  for (const match of text.matchAll(/[^\s/]+\/[^\s]+/gu)) {
    const at = match.index;
    if (at > last) out.push({ text: text.slice(last, at) });
    out.push({ text: match[0], noWrap: true });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** A centred horizontal rule of `width` points, as printed under the body name and the motto. */
export function rule(width: number, columnWidth: number, top = 1): ContentCanvas {
  const x = (columnWidth - width) / 2;
  return {
    canvas: [{ type: 'line', x1: x, y1: 0, x2: x + width, y2: 0, lineWidth: 0.6 }],
    margin: [0, top, 0, 0],
  };
}

const NBSP = '\u00a0';

/**
 * Vietnamese writes a word's syllables apart, so a line may break inside a word ("LÂM / ĐỒNG",
 * "MÔI / TRƯỜNG"). The words of a body's name that must stay whole are joined with no-break
 * spaces: the place after "tỉnh" / "thành phố" / "xã" / "phường", and the compound words of
 * the names councils carry. A line then breaks only between words that belong apart.
 */
export function keepWordsTogether(name: string, t: DocText): string {
  const joined = (text: string) => text.replace(/\s+/gu, NBSP);
  let out = name.replace(/((?:tỉnh|thành phố|xã|phường)\s+[^,;]+)$/iu, joined);
  out = out.replace(/cấp\s+(?:quốc\s+gia|tỉnh|trung\s+ương)/giu, joined);
  for (const word of t('doc.body.compounds').split('\n'))
    out = out.replace(new RegExp(word.replace(' ', '\\s+'), 'giu'), joined);
  return out;
}

/**
 * The two-column header: issuing body and number on the left, national title and motto on
 * the right, and the place/date line on the right under the motto, level with the number
 * (the decree's cells 1–4). `number` is the full "Số: …" text; pass undefined to leave the
 * number blank for the office to fill in by hand.
 */
export function documentHeader(
  t: DocText,
  body: IssuingBody,
  number: string | undefined,
  placeDate: Content,
  width: number = CONTENT_WIDTH,
): Content {
  // The decree's proportions on portrait A4; on a landscape page the header keeps that width.
  const LEFT_COLUMN = Math.min(width, CONTENT_WIDTH) * 0.42;
  const RIGHT_COLUMN = Math.min(width, CONTENT_WIDTH) - LEFT_COLUMN;
  const left: Content[] = [];
  if (body.parent !== undefined && body.parent.trim() !== '')
    left.push({ text: keepWordsTogether(body.parent.toUpperCase(), t), style: 'issuingParent' });
  left.push({ text: keepWordsTogether(body.name.toUpperCase(), t), style: 'issuingBody' });
  left.push(rule(LEFT_COLUMN / 3, LEFT_COLUMN, 2));
  left.push({ text: number ?? t('doc.header.numberBlank'), style: 'number', margin: [0, 4, 0, 0] });
  return {
    columns: [
      { width: LEFT_COLUMN, stack: left },
      ...(width > CONTENT_WIDTH ? [{ width: width - CONTENT_WIDTH, text: '' }] : []),
      {
        width: RIGHT_COLUMN,
        stack: [
          { text: t('doc.header.nationalTitle'), style: 'nationalTitle' },
          { text: t('doc.header.motto'), style: 'motto' },
          // The decree: the motto's rule is as long as the motto itself (≈ 13 pt bold text).
          rule(RIGHT_COLUMN * 0.64, RIGHT_COLUMN, 1),
          { stack: [placeDate], margin: [0, 8, 0, 0] },
        ],
      },
    ],
    columnGap: 0,
    margin: [0, 0, 0, 14],
  };
}

/** "Tây Ninh, ngày 28 tháng 11 năm 2026"; without a date, blanks to fill by hand. */
export function placeDateLine(t: DocText, place: string, isoDate: string | undefined): Content {
  if (isoDate === undefined) return { text: t('doc.placeDate.blank', { place }), style: 'placeDate' };
  return { text: t('doc.placeDate', { place, ...dateParts(isoDate) }), style: 'placeDate' };
}

/** The title in bold upper case and, under it, the subject line with its short rule. */
export function documentTitle(title: string, subject?: string, width: number = CONTENT_WIDTH): Content {
  const stack: Content[] = [{ text: title.toUpperCase(), style: 'title' }];
  if (subject !== undefined) stack.push({ text: subject, style: 'subtitle' });
  stack.push(rule(CONTENT_WIDTH / 5, width, 2));
  return { stack, margin: [0, 6, 0, 12] };
}

export type SignerRole = 'chair' | 'secretary' | 'evaluator';

export interface Signer {
  readonly role: SignerRole;
  /** Printed heading, e.g. "CHỦ TỊCH HỘI ĐỒNG". */
  readonly heading: string;
  readonly name: string;
  /** The line under the heading; "(Ký, ghi rõ họ tên)" when absent. */
  readonly hint?: string;
}

/** Height of the blank left for a wet-ink signature, between the heading and the name. */
export const WET_INK_HEIGHT = 62;
/** The visible digital signature box, printed nowhere: reserved space under the name. */
export const DIGITAL_BOX = { width: 180, height: 54 } as const;

/**
 * The style name that marks a signer's digital box in the layout. pdfmake reports each laid-out
 * node's style to `pageBreakBefore`, which is how the renderer keeps a closing line with the
 * boxes (the typings allow no `id` on a canvas; an unknown style name changes nothing in print).
 */
export function signatureBoxId(role: SignerRole): string {
  return `signature-box:${role}`;
}

/**
 * The key on a box's rectangle naming its signer. pdfmake keeps a rectangle's own keys when it
 * places it (moved with an unbreakable block or not), so the renderer finds each box among
 * the drawn items at the position where it is drawn.
 */
export const SIGNATURE_ROLE_KEY = 'signatureRole';

/** The invisible rectangle of a signer's digital box, marked with its role. */
export type SignatureBoxRect = CanvasRect & { readonly [SIGNATURE_ROLE_KEY]: SignerRole };

/**
 * One signer: heading, "(Ký, ghi rõ họ tên)", room for a wet-ink signature, the name, and
 * under it an empty box of DIGITAL_BOX size where a digital signature's visible widget goes.
 * The box is an invisible canvas so the layout can report where it landed.
 */
export function signerBlock(t: DocText, signer: Signer): Content {
  const box: SignatureBoxRect = {
    type: 'rect',
    x: 0,
    y: 0,
    w: DIGITAL_BOX.width,
    h: DIGITAL_BOX.height,
    lineColor: '#ffffff',
    lineWidth: 0,
    [SIGNATURE_ROLE_KEY]: signer.role,
  };
  return {
    stack: [
      { text: signer.heading.toUpperCase(), style: 'signerRole' },
      { text: signer.hint ?? t('doc.signature.hint'), style: 'signerHint' },
      { text: '', margin: [0, WET_INK_HEIGHT, 0, 0] },
      { text: signer.name, style: 'signerName' },
      {
        columns: [
          { width: '*', text: '' },
          {
            width: DIGITAL_BOX.width,
            style: signatureBoxId(signer.role),
            canvas: [box],
          },
          { width: '*', text: '' },
        ],
        margin: [0, 4, 0, 0],
      },
    ],
  };
}

/**
 * Marks the node that starts the signature group (the closing line, or the blocks themselves):
 * the renderer breaks the page before it when the signature boxes would otherwise land on a
 * later page, so a signature never stands alone. Each such break makes pdfmake lay the whole
 * document out again; a group that can be `unbreakable` (see `signatureBlocks`) avoids that.
 */
export const KEEP_WITH_SIGNATURES = 'keep-with-signatures';

/**
 * How the signature group stays together: `whole` makes it one unbreakable block that pdfmake
 * moves to the next page in one layout pass (for a group with no heading inside: headings are
 * checked by the renderer, which sees the positions of an unbreakable block's insides relative
 * to the block); `break-before` marks its start with KEEP_WITH_SIGNATURES.
 */
export type SignatureKeep = 'whole' | 'break-before';

/** Signature blocks side by side (minutes: secretary left, chair right, as councils sign them). */
export function signatureBlocks(
  t: DocText,
  signers: readonly Signer[],
  leading?: Content,
  pageWidth: number = CONTENT_WIDTH,
  keep: SignatureKeep = 'break-before',
): Content {
  const width = pageWidth / Math.max(signers.length, 1);
  const columns: Content = {
    columns: signers.map((s) => ({ width, stack: [signerBlock(t, s)] })),
    columnGap: 0,
  };
  const first: Content = leading ?? { text: ' ', fontSize: 4 };
  if (keep === 'whole') return { stack: [first, columns], unbreakable: true, margin: [0, 10, 0, 0] };
  return { stack: [{ stack: [first], style: KEEP_WITH_SIGNATURES }, columns], margin: [0, 10, 0, 0] };
}

/** "Nơi nhận:" in bold italic, then the list in 11 pt, bottom left. */
export function recipientsBlock(t: DocText, recipients: readonly string[]): Content {
  if (recipients.length === 0) return '';
  return {
    stack: [
      { text: t('doc.recipients.head'), style: 'recipientsHead' },
      ...recipients.map((r, i) => ({
        text: `- ${r}${i === recipients.length - 1 ? '.' : ';'}`,
        style: 'recipients',
      })),
    ],
    margin: [0, 12, 0, 0],
  };
}

/** A run of stars in the symbol font (Times-like fonts have no ★). */
export function starsRun(count: number, fontSize?: number): Content {
  return {
    text: '★'.repeat(count),
    font: SYMBOL_FONT,
    bold: false,
    italics: false,
    ...(fontSize !== undefined && { fontSize }),
  };
}

/** A check box glyph (☑ chosen, ☐ not), in the symbol font. */
export function checkBox(checked: boolean): Content {
  return { text: checked ? '☑' : '☐', font: SYMBOL_FONT, bold: false, italics: false };
}
