import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkZip } from '../../../../renderer/src/domain/spreadsheet/zip-guard';
import { readProductTable } from '../../../../renderer/src/documents/excel/read-table';

async function smallXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('DS').addRow(['Tên sản phẩm', 'Bộ tiêu chí']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Rewrites every central-directory entry to claim `size` uncompressed bytes (what a zip bomb declares). */
function claimSize(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i += 1)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe('zip bomb guard', () => {
  it('adds up the declared sizes without inflating anything', async () => {
    const bytes = await smallXlsx();
    const verdict = checkZip(bytes);
    expect(verdict).toMatchObject({ ok: true });
    expect(checkZip(bytes, 100)).toEqual({ ok: false, reason: 'too-large' });
    expect(checkZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      reason: 'not-a-zip',
    });
  });

  it('an .xlsx declaring gigabytes is refused before it is opened', async () => {
    const bomb = claimSize(await smallXlsx(), 0x7fffffff);
    expect(await readProductTable(bomb)).toEqual({
      ok: false,
      problem: { code: 'xlsx-too-large', maxMb: 100 },
    });
  });
});
