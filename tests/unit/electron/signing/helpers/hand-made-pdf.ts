import { deflateSync } from 'node:zlib';

/**
 * A small PDF written by hand to reach structures pdfmake never produces but other tools
 * do: a cross-reference stream (with the PNG "Up" predictor), the catalog inside an object
 * stream, /Annots and /AcroForm /Fields as indirect objects, a MediaBox inherited from the
 * page tree, and an existing link annotation that signing must keep.
 */
export interface HandMadeOptions {
  readonly xrefStream: boolean;
  readonly catalogInObjectStream?: boolean;
}

export const HAND_MADE_TEXT = 'Hand made minutes';

export function handMadePdf(options: HandMadeOptions): Uint8Array {
  const content = `BT /F1 18 Tf 72 760 Td (${HAND_MADE_TEXT}) Tj ET`;
  const catalog = '<< /Type /Catalog /Pages 2 0 R /AcroForm 7 0 R >>';
  const bodies: Record<number, string> = {
    2: '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>',
    3: '<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots 6 0 R >>',
    4: `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    5: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    6: '[8 0 R]',
    7: '<< /Fields 9 0 R /DA (/Helv 0 Tf 0 g) >>',
    8: '<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /Border [0 0 0] /A << /S /URI /URI (https://ocop.gov.vn) >> >>',
    9: '[]',
  };
  const inStream = options.catalogInObjectStream === true;
  if (!inStream) bodies[1] = catalog;

  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets = new Map<number, number>();
  const write = (num: number, body: string | Buffer, dict?: string): void => {
    offsets.set(num, Buffer.byteLength(out, 'latin1'));
    out +=
      typeof body === 'string'
        ? `${num} 0 obj\n${body}\nendobj\n`
        : `${num} 0 obj\n${dict}\nstream\n${body.toString('latin1')}\nendstream\nendobj\n`;
  };
  for (const [num, body] of Object.entries(bodies)) write(Number(num), body);
  if (inStream) {
    const header = '1 0 ';
    const data = deflateSync(Buffer.from(header + catalog, 'latin1'));
    write(
      10,
      data,
      `<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${data.length} >>`,
    );
  }
  const size = 12;
  const trailerKeys =
    '/Root 1 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]';
  if (!options.xrefStream) {
    const xrefAt = Buffer.byteLength(out, 'latin1');
    out += `xref\n0 ${size - 2}\n0000000000 65535 f\r\n`;
    for (let num = 1; num < size - 2; num += 1)
      out += `${String(offsets.get(num) ?? 0).padStart(10, '0')} 00000 n\r\n`;
    out += `trailer\n<< /Size ${size - 2} ${trailerKeys} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
  }
  const xrefAt = Buffer.byteLength(out, 'latin1');
  offsets.set(11, xrefAt);
  const rows: number[][] = [];
  for (let num = 0; num < size; num += 1) {
    const at = offsets.get(num);
    if (num === 1 && inStream) rows.push([2, 0, 0, 0, 10, 0, 0]);
    else if (at === undefined) rows.push([0, 0, 0, 0, 0, 0xff, 0xff]);
    else rows.push([1, (at >>> 24) & 0xff, (at >>> 16) & 0xff, (at >>> 8) & 0xff, at & 0xff, 0, 0]);
  }
  // PNG "Up" predictor: every row stores its difference to the row above.
  const encoded = rows.flatMap((row, r) => [2, ...row.map((v, i) => (v - (rows[r - 1]?.[i] ?? 0)) & 0xff)]);
  const data = deflateSync(Buffer.from(encoded));
  write(
    11,
    data,
    `<< /Type /XRef /Size ${size} /W [1 4 2] ${trailerKeys} /Filter /FlateDecode /DecodeParms << /Columns 7 /Predictor 12 >> /Length ${data.length} >>`,
  );
  out += `startxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
