import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { IsoDate } from '../model';
import type { DocText } from './format';
import { CONTENT_WIDTH, documentFrame, LANDSCAPE_CONTENT_WIDTH } from './page';
import {
  documentHeader,
  documentTitle,
  KEEP_WITH_SIGNATURES,
  recipientsBlock,
  signerBlock,
  withCodesWhole,
  type IssuingBody,
} from './parts';
import { headCell, numberCell, ruledTable } from './tables';

/**
 * An administrative document of the People's Committee (Decree 30/2020/NĐ-CP) as plain data:
 * header, title, legal bases, body (articles, paragraphs, tables), recipients, signer, annex.
 * The recognition decision and the forwarding list are built ONCE as this model
 * (`recognition-papers.ts`); `officialPdf` lays it out for pdfmake and the .docx writer
 * (`renderer/src/documents/docx.ts`) for Word — two renderers of one model, never two layouts
 * kept in step by hand.
 */

export interface OfficialColumn {
  readonly title: string;
  /** PDF points, or '*' for the column that takes the rest; the .docx uses the same proportions. */
  readonly width: number | '*';
  readonly align?: 'left' | 'center';
  /** A code kept on one line (in a slightly smaller size), never broken at its dashes. */
  readonly nowrap?: boolean;
}

export interface OfficialTable {
  readonly columns: readonly OfficialColumn[];
  readonly rows: readonly (readonly string[])[];
}

export type OfficialBlock =
  | { readonly kind: 'article'; readonly label: string; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: OfficialTable };

export interface OfficialSigner {
  /** e.g. ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] */
  readonly lines: readonly string[];
  /** blank in a draft: the signer writes it */
  readonly name: string;
}

export interface OfficialAnnex {
  readonly title: string;
  /** "(Kèm theo Quyết định số … ngày … của …)" */
  readonly subtitle: string;
  readonly table: OfficialTable;
}

/** The annex is printed on landscape pages (a wide table), the document itself on portrait. */
export const ANNEX_ORIENTATION = 'landscape';

export interface OfficialDocument {
  /** The PDF's title and the file's name. */
  readonly fileTitle: string;
  /** The document's date when known (written as the PDF's creation date). */
  readonly date?: IsoDate;
  /** "DỰ THẢO" on a draft: top left, in a frame. */
  readonly draftMark?: string;
  readonly issuingBody: IssuingBody;
  /** The full "Số: …" text. */
  readonly number: string;
  readonly placeDate: string;
  readonly title: string;
  readonly subject: string;
  /** The authority line that opens a decision, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH". */
  readonly authority?: string;
  /** "Kính gửi: …" of a document sent to another body. */
  readonly addressee?: string;
  /** "Căn cứ …" lines, in italics. */
  readonly bases: readonly string[];
  /** "QUYẾT ĐỊNH:" before the articles. */
  readonly decides?: string;
  readonly body: readonly OfficialBlock[];
  readonly recipients: readonly string[];
  readonly signer: OfficialSigner;
  readonly annex?: OfficialAnnex;
}

function tableContent(table: OfficialTable, width: number): Content {
  const fixed = table.columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
  // Each column adds its padding (3 + 3) and a rule to the widths pdfmake is given.
  const star = Math.max(40, width - fixed - 7 * table.columns.length - 1);
  const widths = table.columns.map((c) => (c.width === '*' ? star : c.width));
  const body: TableCell[][] = table.rows.map((row) =>
    row.map((cell, i): TableCell => {
      const column = table.columns[i];
      if (column?.nowrap === true) return { text: cell, noWrap: true, fontSize: 10 };
      return column?.align === 'center' ? numberCell(cell) : { text: withCodesWhole(cell) };
    }),
  );
  return ruledTable(widths, [table.columns.map((c) => headCell(c.title))], body);
}

function blockContent(block: OfficialBlock, width: number): Content {
  switch (block.kind) {
    case 'article':
      return {
        text: [{ text: `${block.label} `, bold: true }, ...withCodesWhole(block.text)],
        style: 'paragraph',
      };
    case 'paragraph':
      return { text: withCodesWhole(block.text), style: 'paragraph' };
    case 'table':
      return tableContent(block.table, width);
  }
}

/** Recipients bottom left, the signer bottom right (the decree's cells 8 and 9), kept together. */
function closing(t: DocText, doc: OfficialDocument): Content {
  const left = CONTENT_WIDTH * 0.45;
  return {
    stack: [
      { stack: [{ text: ' ', fontSize: 4 }], style: KEEP_WITH_SIGNATURES },
      {
        columns: [
          { width: left, stack: [recipientsBlock(t, doc.recipients)] },
          {
            width: CONTENT_WIDTH - left,
            stack: [
              signerBlock(t, {
                role: 'chair',
                heading: doc.signer.lines.join('\n'),
                name: doc.signer.name === '' ? ' ' : doc.signer.name,
                hint: ' ',
              }),
            ],
          },
        ],
        columnGap: 0,
      },
    ],
    margin: [0, 10, 0, 0],
  };
}

/** The annex on its own landscape pages: title, "(Kèm theo …)", the table. */
function annexContent(annex: OfficialAnnex): Content[] {
  return [
    {
      text: annex.title.toUpperCase(),
      style: 'title',
      pageBreak: 'before',
      pageOrientation: ANNEX_ORIENTATION,
      margin: [0, 0, 0, 2],
    },
    { text: annex.subtitle, style: 'placeDate', margin: [0, 0, 0, 10] },
    tableContent(annex.table, LANDSCAPE_CONTENT_WIDTH),
  ];
}

export function officialPdf(doc: OfficialDocument, t: DocText): TDocumentDefinitions {
  const content: Content[] = [];
  if (doc.draftMark !== undefined)
    content.push({
      table: { body: [[{ text: doc.draftMark, bold: true, fontSize: 11 }]] },
      layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6 },
      absolutePosition: { x: 20, y: 20 },
    });
  content.push(
    documentHeader(t, doc.issuingBody, doc.number, { text: doc.placeDate, style: 'placeDate' }),
    documentTitle(doc.title, doc.subject),
  );
  if (doc.authority !== undefined)
    content.push({ text: doc.authority.toUpperCase(), style: 'title', margin: [0, 0, 0, 10] });
  if (doc.addressee !== undefined)
    content.push({ text: doc.addressee, alignment: 'center', margin: [0, 0, 0, 10] });
  for (const basis of doc.bases)
    content.push({ text: withCodesWhole(basis), style: 'paragraph', italics: true });
  if (doc.decides !== undefined) content.push({ text: doc.decides, style: 'title', margin: [0, 6, 0, 8] });
  for (const block of doc.body) content.push(blockContent(block, CONTENT_WIDTH));
  content.push(closing(t, doc));
  if (doc.annex !== undefined) content.push(...annexContent(doc.annex));
  return documentFrame(
    { title: doc.fileTitle, ...(doc.date === undefined ? {} : { date: doc.date }) },
    content,
  );
}
