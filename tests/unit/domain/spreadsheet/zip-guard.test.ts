import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkZip } from '../../../../renderer/src/domain/spreadsheet/zip-guard';
import { inflatedSizeWithin } from '../../../../renderer/src/documents/excel/inflate-guard';
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

/**
 * A one-entry zip whose directory tells the truth about everything but the uncompressed size:
 * `real` bytes of zeros, declared as 1 KB (what the 1.5 MB → 1.5 GB bomb of issue 14 does).
 */
function lyingZip(real: number): Uint8Array {
  const data = deflateRawSync(Buffer.alloc(real));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1024, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1024, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

describe('zip bomb guard, counting the bytes really inflated', () => {
  it('stops inflating past the limit, whatever the directory declares', async () => {
    const bomb = lyingZip(8 * 1024 * 1024);
    const verdict = checkZip(bomb);
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(verdict.uncompressed).toBe(1024); // the lie passes the first wall
    expect(await inflatedSizeWithin(bomb, verdict.list, 1024 * 1024)).toEqual({
      ok: false,
      reason: 'too-large',
    });
    expect(await inflatedSizeWithin(bomb, verdict.list, 16 * 1024 * 1024)).toEqual({
      ok: true,
      inflated: 8 * 1024 * 1024,
    });
  });

  it('a real .xlsx inflates to what it declares and reads as before', async () => {
    const bytes = await smallXlsx();
    const verdict = checkZip(bytes);
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(await inflatedSizeWithin(bytes, verdict.list, 1024 * 1024)).toEqual({
      ok: true,
      inflated: verdict.uncompressed,
    });
    expect(await readProductTable(bytes)).toMatchObject({ ok: true, kind: 'xlsx' });
  });

  it('an .xlsx of 120 KB that declares 1 KB but inflates past 100 MB is refused, not opened', async () => {
    const bomb = lyingZip(120 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await readProductTable(bomb)).toEqual({
      ok: false,
      problem: { code: 'xlsx-too-large', maxMb: 100 },
    });
  });
});
