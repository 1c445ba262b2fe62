/**
 * CSV text → rows (RFC 4180: quoted fields, "" inside quotes, CRLF or LF). The delimiter is
 * guessed from the first line: ',' or ';' (Excel in Vietnamese locales writes ';', since ',' is
 * the decimal separator) or TAB. Pure; the caller decodes bytes first (text-decoding.ts).
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let inQuotes = false;
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export interface CsvParse {
  readonly rows: string[][];
  /** a quote opened and never closed (a truncated file) */
  readonly unterminatedQuote: boolean;
}

export function parseCsv(
  text: string,
  delimiter: string = detectDelimiter(text),
  maxRows = Infinity,
): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  const endRow = (): void => {
    row.push(field);
    field = '';
    // Blank lines (a lone empty field) are skipped, as spreadsheet programs do.
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  while (i < text.length && rows.length <= maxRows) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, unterminatedQuote: inQuotes };
}
