import type { Content, TableCell, TableLayout } from 'pdfmake/interfaces';

/** Thin ruled tables, as typed administrative tables are printed. */
export const ruledLayout: TableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export function headCell(text: string): TableCell {
  return { text, style: 'tableHead' };
}

export interface NumberCell {
  readonly text: string;
  readonly alignment: 'center';
  readonly bold: boolean;
}

export function numberCell(text: string, bold = false): NumberCell {
  return { text, alignment: 'center', bold };
}

/** A ruled table whose header rows repeat on every page it runs over. */
export function ruledTable(
  widths: (number | '*' | 'auto')[],
  head: TableCell[][],
  body: TableCell[][],
  margin: [number, number, number, number] = [0, 2, 0, 6],
): Content {
  return {
    // The header repeats on every page and never stands alone at a page's foot.
    table: {
      headerRows: head.length,
      keepWithHeaderRows: Math.min(1, body.length),
      widths,
      body: [...head, ...body],
      dontBreakRows: true,
    },
    layout: ruledLayout,
    style: 'table',
    margin,
  };
}
