import type { ITableBordersOptions, Paragraph as ParagraphType, Table as TableType } from 'docx';
import type { OfficialDocument, OfficialTable } from '../domain/documents/official';
import type { DocText } from '../domain/documents/format';

/**
 * The .docx rendering of an `OfficialDocument` (the same model `officialPdf` lays out), for
 * the office to adapt in Word before the decision is issued. Decree 30's page and type:
 * A4, margins 20/15/20/30 mm, Times New Roman 13 pt, header in two columns, recipients and
 * signer side by side. The `docx` library (~0.5 MB) is loaded with `import()` on first use.
 */

const FONT = 'Times New Roman';
/** docx sizes are half-points */
const pt = (points: number): number => points * 2;
/** The PDF's content widths in points: the model's column widths are proportions of them. */
const MM = 72 / 25.4;
const PDF_CONTENT_WIDTH = 595.28 - (30 + 15) * MM;
const PDF_LANDSCAPE_CONTENT_WIDTH = 841.89 - (30 + 15) * MM;

export async function officialDocx(doc: OfficialDocument, t: DocText): Promise<Uint8Array> {
  const docx = await import('docx');
  const {
    AlignmentType,
    BorderStyle,
    Document,
    Packer,
    PageOrientation,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
    convertMillimetersToTwip,
  } = docx;
  const contentTwips = convertMillimetersToTwip(210 - 30 - 15);
  const landscapeTwips = convertMillimetersToTwip(297 - 30 - 15);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders: ITableBordersOptions = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

  interface Run {
    readonly text: string;
    readonly bold?: boolean;
    readonly italics?: boolean;
    readonly size?: number;
  }
  const para = (
    runs: readonly Run[] | string,
    options: {
      readonly align?: 'center' | 'justify' | 'left';
      readonly bold?: boolean;
      readonly italics?: boolean;
      readonly size?: number;
      readonly after?: number;
      readonly indent?: boolean;
      readonly pageBreakBefore?: boolean;
    } = {},
  ): ParagraphType => {
    const list: readonly Run[] = typeof runs === 'string' ? [{ text: runs }] : runs;
    const alignment =
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'justify'
          ? AlignmentType.JUSTIFIED
          : AlignmentType.LEFT;
    return new Paragraph({
      alignment,
      spacing: { after: options.after ?? 0 },
      ...(options.indent === true ? { indent: { firstLine: convertMillimetersToTwip(10) } } : {}),
      ...(options.pageBreakBefore === true ? { pageBreakBefore: true } : {}),
      children: list.flatMap((r) =>
        r.text.split('\n').map(
          (part, i) =>
            new TextRun({
              text: part,
              font: FONT,
              size: pt(r.size ?? options.size ?? 13),
              bold: r.bold ?? options.bold ?? false,
              italics: r.italics ?? options.italics ?? false,
              ...(i > 0 ? { break: 1 } : {}),
            }),
        ),
      ),
    });
  };

  // Narrow cell margins (1 mm), as in the PDF's tables, so codes and "TT" keep to one line.
  const cell = (children: ParagraphType[], width: number) =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      margins: { left: 57, right: 57, top: 20, bottom: 20 },
    });

  /** A borderless two-column layout row (header, closing). */
  const twoColumns = (left: ParagraphType[], right: ParagraphType[], leftShare: number): TableType => {
    const leftWidth = Math.round(contentTwips * leftShare);
    return new Table({
      width: { size: contentTwips, type: WidthType.DXA },
      columnWidths: [leftWidth, contentTwips - leftWidth],
      borders: noBorders,
      rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, contentTwips - leftWidth)] })],
    });
  };

  const ruled = (table: OfficialTable, landscape = false): TableType => {
    const pdfWidth = landscape ? PDF_LANDSCAPE_CONTENT_WIDTH : PDF_CONTENT_WIDTH;
    const twips = landscape ? landscapeTwips : contentTwips;
    const fixed = table.columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
    const star = Math.max(40, pdfWidth - fixed);
    const widths = table.columns.map((c) =>
      Math.round(((c.width === '*' ? star : c.width) / (fixed + star)) * twips),
    );
    const align = (i: number) => (table.columns[i]?.align === 'center' ? 'center' : 'left');
    return new Table({
      width: { size: twips, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: line,
        bottom: line,
        left: line,
        right: line,
        insideHorizontal: line,
        insideVertical: line,
      },
      rows: [
        new TableRow({
          tableHeader: true,
          children: table.columns.map((c, i) =>
            cell([para(c.title, { align: 'center', bold: true, size: 11 })], widths[i] ?? 0),
          ),
        }),
        ...table.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: row.map((text, i) =>
                cell([para(text, { align: align(i), size: 11 })], widths[i] ?? 0),
              ),
            }),
        ),
      ],
    });
  };

  const body: (ParagraphType | TableType)[] = [];
  if (doc.draftMark !== undefined) body.push(para(doc.draftMark, { bold: true, size: 11, after: 120 }));
  body.push(
    twoColumns(
      [
        ...(doc.issuingBody.parent === undefined
          ? []
          : [para(doc.issuingBody.parent.toUpperCase(), { align: 'center', size: 12 })]),
        para(doc.issuingBody.name.toUpperCase(), { align: 'center', bold: true, size: 12 }),
        para('———', { align: 'center', size: 10 }),
        para(doc.number, { align: 'center' }),
      ],
      [
        para(t('doc.header.nationalTitle'), { align: 'center', bold: true, size: 12 }),
        para(t('doc.header.motto'), { align: 'center', bold: true }),
        para('———————', { align: 'center', size: 10 }),
        para(doc.placeDate, { align: 'center', italics: true }),
      ],
      0.42,
    ),
    para(' '),
    para(doc.title.toUpperCase(), { align: 'center', bold: true, size: 14 }),
    para(doc.subject, { align: 'center', bold: true, size: 14, after: 240 }),
  );
  if (doc.authority !== undefined)
    body.push(para(doc.authority.toUpperCase(), { align: 'center', bold: true, size: 14, after: 200 }));
  if (doc.addressee !== undefined) body.push(para(doc.addressee, { align: 'center', after: 200 }));
  for (const basis of doc.bases)
    body.push(para(basis, { align: 'justify', italics: true, indent: true, after: 80 }));
  if (doc.decides !== undefined)
    body.push(para(doc.decides, { align: 'center', bold: true, size: 14, after: 160 }));
  for (const block of doc.body) {
    if (block.kind === 'table') body.push(ruled(block.table), para(' '));
    else if (block.kind === 'article')
      body.push(
        para([{ text: `${block.label} `, bold: true }, { text: block.text }], {
          align: 'justify',
          indent: true,
          after: 80,
        }),
      );
    else body.push(para(block.text, { align: 'justify', indent: true, after: 80 }));
  }
  body.push(
    para(' '),
    twoColumns(
      [
        para(t('doc.recipients.head'), { bold: true, italics: true, size: 12 }),
        ...doc.recipients.map((r, i) =>
          para(`- ${r}${i === doc.recipients.length - 1 ? '.' : ';'}`, { size: 11 }),
        ),
      ],
      [
        para(doc.signer.lines.join('\n'), { align: 'center', bold: true }),
        para(' '),
        para(' '),
        para(' '),
        para(' '),
        para(doc.signer.name, { align: 'center', bold: true }),
      ],
      0.45,
    ),
  );
  const annex: (ParagraphType | TableType)[] =
    doc.annex === undefined
      ? []
      : [
          para(doc.annex.title.toUpperCase(), { align: 'center', bold: true, size: 14 }),
          para(doc.annex.subtitle, { align: 'center', italics: true, after: 200 }),
          ruled(doc.annex.table, true),
        ];
  const margin = {
    top: convertMillimetersToTwip(20),
    bottom: convertMillimetersToTwip(20),
    left: convertMillimetersToTwip(30),
    right: convertMillimetersToTwip(15),
  };

  const file = new Document({
    title: doc.fileTitle,
    creator: 'OCOP Council',
    styles: { default: { document: { run: { font: FONT, size: pt(13) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin,
          },
        },
        children: body,
      },
      // The annex on landscape pages, as in the PDF.
      ...(annex.length === 0
        ? []
        : [
            {
              properties: {
                page: {
                  size: {
                    width: convertMillimetersToTwip(210),
                    height: convertMillimetersToTwip(297),
                    orientation: PageOrientation.LANDSCAPE,
                  },
                  margin,
                },
              },
              children: annex,
            },
          ]),
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
