import { PdfName, PdfRef, serialize, type PdfDict, type PdfValue } from './objects';

/**
 * Writes an incremental update (PDF 32000-1 §7.5.6): new and changed objects appended after
 * the original bytes, then a cross-reference section for just those objects and a trailer
 * whose /Prev points at the previous section. The original bytes are never touched, which
 * is what keeps earlier signatures valid.
 */

export type ObjectBody =
  | { readonly kind: 'value'; readonly value: PdfValue }
  | { readonly kind: 'stream'; readonly dict: PdfDict; readonly data: Uint8Array }
  /** Pre-serialized ASCII, for the signature dictionary whose offsets we must know. */
  | { readonly kind: 'raw'; readonly text: string };

export interface UpdateObject {
  readonly ref: PdfRef;
  readonly body: ObjectBody;
}

export interface WrittenUpdate {
  readonly bytes: Uint8Array;
  /** Where an object's body starts in `bytes` (for locating placeholders). */
  bodyOffset(ref: PdfRef): number;
}

/** Allocates object numbers after the ones the file already uses. */
export class ObjectNumbers {
  private next: number;
  constructor(size: number) {
    this.next = size;
  }
  allocate(): PdfRef {
    const ref = new PdfRef(this.next, 0);
    this.next += 1;
    return ref;
  }
  get size(): number {
    return this.next;
  }
}

const TRAILER_KEYS_KEPT = ['Root', 'Info', 'ID'] as const;

export function writeIncrementalUpdate(
  original: Uint8Array,
  previousTrailer: PdfDict,
  previousStartXref: number,
  objects: readonly UpdateObject[],
  size: number,
): WrittenUpdate {
  const chunks: Buffer[] = [];
  let length = original.length;
  const push = (chunk: Buffer): void => {
    chunks.push(chunk);
    length += chunk.length;
  };
  const last = original[original.length - 1];
  if (last !== 0x0a && last !== 0x0d) push(Buffer.from('\n'));

  const offsets = new Map<number, { offset: number; gen: number }>();
  const bodyOffsets = new Map<number, number>();
  for (const { ref, body } of objects) {
    offsets.set(ref.num, { offset: length, gen: ref.gen });
    const header = `${ref.num} ${ref.gen} obj\n`;
    bodyOffsets.set(ref.num, length + header.length);
    if (body.kind === 'stream') {
      const dict: PdfDict = new Map(body.dict);
      dict.set('Length', body.data.length);
      push(Buffer.from(`${header}${serialize(dict)}\nstream\n`, 'latin1'));
      push(Buffer.from(body.data));
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else {
      const text = body.kind === 'raw' ? body.text : serialize(body.value);
      push(Buffer.from(`${header}${text}\nendobj\n`, 'latin1'));
    }
  }

  const xrefOffset = length;
  const nums = [...offsets.keys()].sort((a, b) => a - b);
  const lines: string[] = ['xref'];
  for (let i = 0; i < nums.length;) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === (nums[j] as number) + 1) j += 1;
    lines.push(`${nums[i]} ${j - i + 1}`);
    for (let k = i; k <= j; k += 1) {
      const entry = offsets.get(nums[k] as number);
      if (entry === undefined) continue;
      // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, "n", CR LF.
      lines.push(`${String(entry.offset).padStart(10, '0')} ${String(entry.gen).padStart(5, '0')} n\r`);
    }
    i = j + 1;
  }
  const trailer: PdfDict = new Map();
  trailer.set('Size', size);
  for (const key of TRAILER_KEYS_KEPT) {
    const value = previousTrailer.get(key);
    if (value !== undefined) trailer.set(key, value);
  }
  trailer.set('Prev', previousStartXref);
  lines.push('trailer', serialize(trailer), 'startxref', String(xrefOffset), '%%EOF', '');
  push(Buffer.from(lines.join('\n'), 'latin1'));
  return {
    bytes: Buffer.concat([Buffer.from(original), ...chunks]),
    bodyOffset(ref) {
      const offset = bodyOffsets.get(ref.num);
      if (offset === undefined) throw new RangeError(`object ${ref.num} is not part of this update`);
      return offset;
    },
  };
}

export const name = (raw: string): PdfName => new PdfName(raw);
