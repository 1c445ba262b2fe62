import { neutraliseFormula, type WorkbookModel } from '../../domain/spreadsheet/cells';
import { newWorkbook } from './exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Renders a workbook model to .xlsx bytes, ready to print: A4 landscape, fit to one page wide,
 * the header row repeated on every page and frozen on screen. Texts are written as TEXT cells
 * with formula-like starts neutralised (cells.ts), numbers as numbers: nothing is a formula.
 */
export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'OCOP Council';
  wb.title = neutraliseFormula(model.title);
  for (const s of model.sheets) {
    const ws = wb.addWorksheet(s.name, {
      pageSetup: {
        paperSize: 9, // A4
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${s.headerRow}:${s.headerRow}`,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      },
      views: [{ state: 'frozen', ySplit: s.headerRow }],
    });
    ws.columns = s.widths.map((width) => ({ width }));
    for (const row of s.rows)
      ws.addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
    for (const r of [s.headerRow, ...(s.boldRows ?? [])]) ws.getRow(r).font = { bold: true };
    const header = ws.getRow(s.headerRow);
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.eachCell((cell) => {
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const [col, format] of Object.entries(s.numberFormats ?? {}))
      ws.getColumn(Number(col)).numFmt = format;
    ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
