import { inflateSync } from 'node:zlib';
import { PdfRef, isDict, nameOf, type PdfDict, type PdfStream, type PdfValue } from './objects';
import { PdfLexer, PdfSyntaxError } from './parser';

/** Where each object of the latest revision lives. */
type XrefEntry =
  | { readonly kind: 'offset'; readonly offset: number; readonly gen: number }
  | { readonly kind: 'in-stream'; readonly stream: number; readonly index: number }
  /** Freed in a later revision: it shadows any older definition of the same number. */
  | { readonly kind: 'free' };

export interface PdfFile {
  readonly bytes: Uint8Array;
  /** Trailer of the latest revision (for xref streams: the stream dictionary). */
  readonly trailer: PdfDict;
  /** Offset of the latest xref section, the /Prev of our update. */
  readonly startXref: number;
  resolve(value: PdfValue | undefined): PdfValue | undefined;
  object(num: number): PdfValue | PdfStream;
  /** Numbers of the objects in use in the latest revision (free entries left out). */
  objectNumbers(): number[];
  /** Where the latest revision keeps an object ("offset 123", "stream 5 #2"), or null if free/absent. */
  location(num: number): string | null;
}

function asciiAt(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.subarray(start, end)).toString('latin1');
}

function findStartXref(bytes: Uint8Array): number {
  const tail = asciiAt(bytes, Math.max(0, bytes.length - 2048), bytes.length);
  const match = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(tail);
  if (match?.[1] === undefined) throw new PdfSyntaxError('no startxref at the end', bytes.length);
  return Number(match[1]);
}

function readIndirect(
  bytes: Uint8Array,
  offset: number,
  length: (v: PdfValue) => number,
): PdfValue | PdfStream {
  const lexer = new PdfLexer(bytes, offset);
  lexer.readToken(); // object number
  lexer.readToken(); // generation
  lexer.expectToken('obj');
  const value = lexer.readValue();
  lexer.skipWhitespace();
  const at = lexer.pos;
  if (!isDict(value) || asciiAt(bytes, at, at + 6) !== 'stream') return value;
  let start = at + 6;
  if (bytes[start] === 0x0d) start += 1;
  if (bytes[start] === 0x0a) start += 1;
  const size = length(value.get('Length') ?? null);
  if (!Number.isInteger(size) || size < 0 || start + size > bytes.length) {
    throw new PdfSyntaxError('bad stream length', start);
  }
  return { dict: value, data: bytes.subarray(start, start + size) };
}

function isStream(value: PdfValue | PdfStream | undefined): value is PdfStream {
  return typeof value === 'object' && value !== null && 'data' in value && 'dict' in value;
}

const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** Only the filters a cross-reference or object stream uses in practice: Flate + PNG Up. */
function decodeStream(stream: PdfStream): Uint8Array {
  const filter = nameOf(stream.dict.get('Filter'));
  if (filter === undefined) return stream.data;
  if (filter !== 'FlateDecode') throw new PdfSyntaxError(`unsupported filter ${filter}`, 0);
  // Bounded: a few hundred compressed bytes must not inflate to gigabytes (a "zip bomb").
  const raw = inflateSync(stream.data, { maxOutputLength: MAX_INFLATED_BYTES });
  const parms = stream.dict.get('DecodeParms');
  const predictor = isDict(parms) ? parms.get('Predictor') : undefined;
  if (typeof predictor !== 'number' || predictor < 10 || !isDict(parms)) return raw;
  const columnsValue = parms.get('Columns');
  const columns = typeof columnsValue === 'number' ? columnsValue : 1;
  const out = new Uint8Array((raw.length / (columns + 1)) * columns);
  const previous = new Uint8Array(columns);
  for (let row = 0; (row + 1) * (columns + 1) <= raw.length; row += 1) {
    const type = raw[row * (columns + 1)];
    for (let i = 0; i < columns; i += 1) {
      const byte = raw[row * (columns + 1) + 1 + i] ?? 0;
      const value = type === 2 ? (byte + (previous[i] ?? 0)) & 0xff : byte;
      if (type !== 0 && type !== 2) throw new PdfSyntaxError(`PNG predictor ${type}`, 0);
      previous[i] = value;
      out[row * columns + i] = value;
    }
  }
  return out;
}

function readXrefTable(bytes: Uint8Array, offset: number, entries: Map<number, XrefEntry>): PdfDict {
  const lexer = new PdfLexer(bytes, offset);
  lexer.expectToken('xref');
  for (;;) {
    const save = lexer.pos;
    const first = lexer.readToken();
    if (first === 'trailer') break;
    const count = Number(lexer.readToken());
    if (!/^\d+$/.test(first) || !Number.isInteger(count)) throw new PdfSyntaxError('bad xref', save);
    for (let i = 0; i < count; i += 1) {
      const entryOffset = Number(lexer.readToken());
      const gen = Number(lexer.readToken());
      const type = lexer.readToken();
      const num = Number(first) + i;
      if (entries.has(num)) continue;
      if (type === 'n') entries.set(num, { kind: 'offset', offset: entryOffset, gen });
      else if (type === 'f') entries.set(num, { kind: 'free' });
      else throw new PdfSyntaxError('bad xref entry', lexer.pos);
    }
  }
  const trailer = lexer.readValue();
  if (!isDict(trailer)) throw new PdfSyntaxError('trailer is not a dictionary', lexer.pos);
  return trailer;
}

function readXrefStream(bytes: Uint8Array, offset: number, entries: Map<number, XrefEntry>): PdfDict {
  const stream = readIndirect(bytes, offset, (v) => (typeof v === 'number' ? v : -1));
  if (!isStream(stream) || nameOf(stream.dict.get('Type')) !== 'XRef') {
    throw new PdfSyntaxError('no xref stream', offset);
  }
  const widths = stream.dict.get('W');
  const size = stream.dict.get('Size');
  if (!Array.isArray(widths) || widths.length !== 3 || typeof size !== 'number') {
    throw new PdfSyntaxError('bad xref stream dictionary', offset);
  }
  const w = widths.map((x) => (typeof x === 'number' ? x : 0));
  const index = stream.dict.get('Index');
  const ranges = Array.isArray(index) ? index.map((x) => (typeof x === 'number' ? x : 0)) : [0, size];
  const data = decodeStream(stream);
  let pos = 0;
  const field = (width: number, fallback: number): number => {
    if (width === 0) return fallback;
    let v = 0;
    for (let i = 0; i < width; i += 1) v = v * 256 + (data[pos++] ?? 0);
    return v;
  };
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    for (let i = 0; i < (ranges[r + 1] ?? 0); i += 1) {
      const num = (ranges[r] ?? 0) + i;
      const type = field(w[0] ?? 0, 1);
      const a = field(w[1] ?? 0, 0);
      const b = field(w[2] ?? 0, 0);
      if (entries.has(num)) continue;
      if (type === 0) entries.set(num, { kind: 'free' });
      if (type === 1) entries.set(num, { kind: 'offset', offset: a, gen: b });
      if (type === 2) entries.set(num, { kind: 'in-stream', stream: a, index: b });
    }
  }
  return stream.dict;
}

/** Parses the cross-reference chain (tables, streams or both) and gives object access. */
export function openPdf(bytes: Uint8Array): PdfFile {
  if (asciiAt(bytes, 0, 1024).indexOf('%PDF-') < 0) throw new PdfSyntaxError('no %PDF- header', 0);
  const startXref = findStartXref(bytes);
  const entries = new Map<number, XrefEntry>();
  let trailer: PdfDict | undefined;
  const seen = new Set<number>();
  for (let at: number | undefined = startXref; at !== undefined;) {
    if (seen.has(at) || at >= bytes.length) throw new PdfSyntaxError('xref loop or out of file', at);
    seen.add(at);
    const isTable: boolean = asciiAt(bytes, at, at + 4) === 'xref';
    const dict: PdfDict = isTable ? readXrefTable(bytes, at, entries) : readXrefStream(bytes, at, entries);
    const hybrid = dict.get('XRefStm');
    if (typeof hybrid === 'number') readXrefStream(bytes, hybrid, entries);
    trailer ??= dict;
    const prev: PdfValue | undefined = dict.get('Prev');
    at = typeof prev === 'number' ? prev : undefined;
  }
  if (trailer === undefined) throw new PdfSyntaxError('no trailer', startXref);

  const cache = new Map<number, PdfValue | PdfStream>();
  // Decoded once per container: decoding it again for each of its objects is quadratic.
  const objectStreams = new Map<number, { data: Uint8Array; offsets: number[]; first: number }>();
  const objectStream = (num: number): { data: Uint8Array; offsets: number[]; first: number } => {
    const known = objectStreams.get(num);
    if (known !== undefined) return known;
    // A container is itself never inside an object stream (§7.5.7): no recursion.
    if (entries.get(num)?.kind !== 'offset') throw new PdfSyntaxError('object stream missing', 0);
    const container = file.object(num);
    if (!isStream(container)) throw new PdfSyntaxError('object stream missing', 0);
    const data = decodeStream(container);
    const first = container.dict.get('First');
    const n = container.dict.get('N');
    if (typeof first !== 'number' || typeof n !== 'number' || n < 0 || n > data.length) {
      throw new PdfSyntaxError('bad object stream', 0);
    }
    const header = new PdfLexer(data, 0);
    const offsets: number[] = [];
    for (let i = 0; i < n; i += 1) {
      header.readToken();
      offsets.push(Number(header.readToken()));
    }
    const parsed = { data, offsets, first };
    objectStreams.set(num, parsed);
    return parsed;
  };
  const file: PdfFile = {
    bytes,
    trailer,
    startXref,
    objectNumbers() {
      return [...entries].flatMap(([num, entry]) => (entry.kind === 'free' ? [] : [num]));
    },
    location(num) {
      const entry = entries.get(num);
      if (entry === undefined || entry.kind === 'free') return null;
      return entry.kind === 'offset' ? `offset ${entry.offset}` : `stream ${entry.stream} #${entry.index}`;
    },
    resolve(value) {
      if (!(value instanceof PdfRef)) return value;
      const target = file.object(value.num);
      return isStream(target) ? target.dict : target;
    },
    object(num) {
      const cached = cache.get(num);
      if (cached !== undefined) return cached;
      const entry = entries.get(num);
      if (entry === undefined || entry.kind === 'free') return null;
      let value: PdfValue | PdfStream;
      if (entry.kind === 'offset') {
        value = readIndirect(bytes, entry.offset, (v) => {
          const length = file.resolve(v);
          return typeof length === 'number' ? length : -1;
        });
      } else {
        const { data, offsets, first } = objectStream(entry.stream);
        const offset = offsets[entry.index];
        if (offset === undefined) throw new PdfSyntaxError('bad object stream', 0);
        value = new PdfLexer(data, first + offset).readValue();
      }
      cache.set(num, value);
      return value;
    },
  };
  return file;
}

/** The page objects in order, walking the page tree (with a guard against cycles). */
export function pageRefs(file: PdfFile): PdfRef[] {
  const root = file.resolve(file.trailer.get('Root'));
  if (!isDict(root)) throw new PdfSyntaxError('no catalog', 0);
  const pages: PdfRef[] = [];
  const visited = new Set<number>();
  const walk = (ref: PdfValue | undefined): void => {
    if (!(ref instanceof PdfRef) || visited.has(ref.num)) return;
    visited.add(ref.num);
    const node = file.resolve(ref);
    if (!isDict(node)) return;
    if (nameOf(node.get('Type')) === 'Page') pages.push(ref);
    const kids = file.resolve(node.get('Kids'));
    if (Array.isArray(kids)) kids.forEach(walk);
  };
  walk(root.get('Pages'));
  return pages;
}

export { isStream };
