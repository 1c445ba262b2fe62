import type { Content, Margins, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Page and type of an administrative document as Decree 30/2020/NĐ-CP (Phụ lục I) sets them:
 * A4 portrait, margins top/bottom 20–25 mm, left 30–35 mm (binding side), right 15–20 mm,
 * Times New Roman 13–14 pt. The font families are names only: the renderer maps them to
 * font files (Tinos, metric-compatible with Times New Roman, and DejaVu Sans for ★ ☑ ☐,
 * which no Times-like font has).
 */

/** The text family: every Vietnamese letter in regular, bold, italic, bold-italic. */
export const TEXT_FONT = 'Tinos';
/** The symbol family, used only for ★ ☆ ☑ ☐ (checked to exist in the renderer's file). */
export const SYMBOL_FONT = 'DejaVuSans';

const POINTS_PER_MM = 72 / 25.4;
export function mm(value: number): number {
  return value * POINTS_PER_MM;
}

/** A4 in PDF points (pdfmake's 'A4'): needed to turn layout positions into PDF rectangles. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** [left, top, right, bottom]: the smallest margins the decree allows, to fit tables. */
export const PAGE_MARGINS: [number, number, number, number] = [mm(30), mm(20), mm(15), mm(20)];

export const CONTENT_WIDTH = A4.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
/** Width of the text on a landscape page (wide tables: the round summary). */
export const LANDSCAPE_CONTENT_WIDTH = A4.height - PAGE_MARGINS[0] - PAGE_MARGINS[2];

/** Body 13 pt (the decree's 13–14), recipients 11 pt, tables 11–12 pt so sheets stay legible. */
export const styles: StyleDictionary = {
  issuingParent: { fontSize: 12, alignment: 'center' },
  issuingBody: { fontSize: 12, bold: true, alignment: 'center' },
  nationalTitle: { fontSize: 12, bold: true, alignment: 'center' },
  motto: { fontSize: 13, bold: true, alignment: 'center' },
  number: { fontSize: 13, alignment: 'center' },
  placeDate: { fontSize: 13, italics: true, alignment: 'center' },
  title: { fontSize: 14, bold: true, alignment: 'center' },
  subtitle: { fontSize: 14, bold: true, alignment: 'center' },
  heading: { fontSize: 13, bold: true, margin: [0, 6, 0, 3] },
  paragraph: { fontSize: 13, alignment: 'justify', margin: [0, 0, 0, 4], lineHeight: 1.1 },
  signerRole: { fontSize: 13, bold: true, alignment: 'center' },
  signerHint: { fontSize: 12, italics: true, alignment: 'center' },
  signerName: { fontSize: 13, bold: true, alignment: 'center' },
  recipientsHead: { fontSize: 12, bold: true, italics: true },
  recipients: { fontSize: 11 },
  table: { fontSize: 11 },
  tableHead: { fontSize: 11, bold: true, alignment: 'center' },
  pageNumber: { fontSize: 13, alignment: 'center' },
  note: { fontSize: 11, italics: true },
};

/** The page number at the top centre; nothing on a document's first page. */
export function pageNumberHeader(pageOfDocument: number): Content {
  return pageOfDocument > 1
    ? {
        text: String(pageOfDocument),
        style: 'pageNumber',
        margin: [PAGE_MARGINS[0], mm(10), PAGE_MARGINS[2], 0],
      }
    : '';
}

export interface DocumentMeta {
  readonly title: string;
  readonly subject?: string;
  readonly orientation?: 'portrait' | 'landscape';
  /**
   * The document's date (YYYY-MM-DD), written as the PDF's creation date. The domain reads no
   * clock, and with a fixed date the same input renders to the same bytes, years later too.
   */
  readonly date?: string;
}

/**
 * The frame every document shares: page, margins, fonts, styles, and page numbers at the
 * top centre from page 2 on (the decree: "không hiển thị số trang thứ nhất").
 */
export function documentFrame(
  meta: DocumentMeta,
  content: TDocumentDefinitions['content'],
  pageMargins: Margins = PAGE_MARGINS,
): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: meta.orientation ?? 'portrait',
    pageMargins,
    info: {
      title: meta.title,
      ...(meta.subject !== undefined && { subject: meta.subject }),
      ...(meta.date !== undefined && { creationDate: new Date(`${meta.date.slice(0, 10)}T00:00:00Z`) }),
      creator: 'OCOP Council',
      producer: 'OCOP Council',
    },
    defaultStyle: { font: TEXT_FONT, fontSize: 13 },
    styles,
    header: (currentPage: number) => pageNumberHeader(currentPage),
    content,
  };
}
