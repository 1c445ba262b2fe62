/**
 * A guard against "zip bombs" (issue 6 item 6): an .xlsx is a zip, and a few MB of zip can
 * inflate to gigabytes of XML that would freeze or crash the app while it is read. Before the
 * workbook is opened, the zip's central directory is read (no decompression) and the declared
 * uncompressed sizes are added up. Pure: bytes in, a verdict out. The declared sizes are the
 * archive's word only: documents/excel/inflate-guard.ts then counts the bytes each entry REALLY
 * inflates to, stopping at the same limit, from the entries listed here.
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

/** Where one entry's data lies in the archive, from its central-directory record. */
export interface ZipEntry {
  /** 0 stored, 8 deflate; anything else is refused (.xlsx uses only these). */
  readonly method: number;
  readonly dataStart: number;
  readonly compressedSize: number;
}

export type ZipVerdict =
  | {
      readonly ok: true;
      readonly entries: number;
      readonly uncompressed: number;
      readonly list: readonly ZipEntry[];
    }
  | { readonly ok: false; readonly reason: 'not-a-zip' | 'too-many-entries' | 'too-large' | 'zip64' };

export function checkZip(bytes: Uint8Array, maxUncompressed = MAX_XLSX_UNCOMPRESSED_BYTES): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, within the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: 'not-a-zip' };
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (count > MAX_ENTRIES) return { ok: false, reason: 'too-many-entries' };
  let at = offset;
  let total = 0;
  const list: ZipEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      return { ok: false, reason: 'not-a-zip' };
    const size = view.getUint32(at + 24, true);
    const compressedSize = view.getUint32(at + 20, true);
    if (size === 0xffffffff || compressedSize === 0xffffffff) return { ok: false, reason: 'zip64' };
    total += size;
    if (total > maxUncompressed) return { ok: false, reason: 'too-large' };
    // The data follows the entry's LOCAL header, whose name and extra fields may differ in length.
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
      return { ok: false, reason: 'not-a-zip' };
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) return { ok: false, reason: 'not-a-zip' };
    list.push({ method: view.getUint16(at + 10, true), dataStart, compressedSize });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries: count, uncompressed: total, list };
}
