import { PdfName, PdfRef, PdfString, type PdfDict, type PdfValue } from './objects';

/** The bytes are not PDF syntax where we expected it. Carries the offset for diagnostics. */
export class PdfSyntaxError extends Error {
  override readonly name = 'PdfSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at byte ${offset}`);
  }
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const MAX_DEPTH = 64;

export function isWhitespace(byte: number | undefined): boolean {
  return byte !== undefined && WHITESPACE.has(byte);
}

function isRegular(byte: number | undefined): boolean {
  return byte !== undefined && !WHITESPACE.has(byte) && !DELIMITERS.has(byte);
}

/** A cursor over the file's bytes that reads PDF objects (no streams: see file.ts). */
export class PdfLexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  skipWhitespace(): void {
    const b = this.bytes;
    for (;;) {
      while (this.pos < b.length && isWhitespace(b[this.pos])) this.pos += 1;
      if (b[this.pos] !== 0x25) return; // '%' comment runs to the end of the line
      while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos += 1;
    }
  }

  /** Reads a bare keyword or number token ("obj", "R", "12", "-3.5"). */
  readToken(): string {
    this.skipWhitespace();
    const start = this.pos;
    while (this.pos < this.bytes.length && isRegular(this.bytes[this.pos])) this.pos += 1;
    return Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1');
  }

  expectToken(expected: string): void {
    const at = this.pos;
    const token = this.readToken();
    if (token !== expected) throw new PdfSyntaxError(`expected "${expected}", found "${token}"`, at);
  }

  readValue(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfSyntaxError('nesting too deep', this.pos);
    this.skipWhitespace();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) throw new PdfSyntaxError('unexpected end of file', this.pos);
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return this.readDict(depth);
    if (c === 0x3c) return this.readHexString();
    if (c === 0x28) return this.readLiteralString();
    if (c === 0x2f) return this.readName();
    if (c === 0x5b) return this.readArray(depth);
    const at = this.pos;
    const token = this.readToken();
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) throw new PdfSyntaxError(`unexpected "${token}"`, at);
    const number = Number(token);
    if (/^\d+$/.test(token)) return this.maybeRef(number);
    return number;
  }

  /** "12 0 R" is three tokens; look ahead without consuming unless it really is a ref. */
  private maybeRef(num: number): PdfValue {
    const save = this.pos;
    const gen = this.readToken();
    if (/^\d+$/.test(gen)) {
      const r = this.readToken();
      if (r === 'R') return new PdfRef(num, Number(gen));
    }
    this.pos = save;
    return num;
  }

  private readDict(depth: number): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipWhitespace();
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return dict;
      }
      const key = this.readValue(depth + 1);
      if (!(key instanceof PdfName)) throw new PdfSyntaxError('dictionary key is not a name', this.pos);
      dict.set(key.raw, this.readValue(depth + 1));
    }
  }

  private readArray(depth: number): PdfValue[] {
    this.pos += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipWhitespace();
      if (this.bytes[this.pos] === 0x5d) {
        this.pos += 1;
        return items;
      }
      items.push(this.readValue(depth + 1));
    }
  }

  private readName(): PdfName {
    this.pos += 1;
    const start = this.pos;
    while (this.pos < this.bytes.length && isRegular(this.bytes[this.pos])) this.pos += 1;
    return new PdfName(Buffer.from(this.bytes.subarray(start, this.pos)).toString('latin1'));
  }

  private readHexString(): PdfString {
    const start = this.pos + 1;
    const end = this.bytes.indexOf(0x3e, start);
    if (end < 0) throw new PdfSyntaxError('unterminated hex string', this.pos);
    this.pos = end + 1;
    let hex = Buffer.from(this.bytes.subarray(start, end)).toString('latin1').replace(/\s+/g, '');
    if (!/^[0-9a-fA-F]*$/.test(hex)) throw new PdfSyntaxError('bad hex string', start);
    if (hex.length % 2 === 1) hex += '0';
    return new PdfString(Buffer.from(hex, 'hex'));
  }

  private readLiteralString(): PdfString {
    const b = this.bytes;
    const out: number[] = [];
    let depth = 1;
    this.pos += 1;
    while (this.pos < b.length) {
      const c = b[this.pos++] as number;
      if (c === 0x5c) {
        const e = b[this.pos++];
        if (e === undefined) break;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let octal = e - 0x30;
          for (let i = 0; i < 2 && (b[this.pos] ?? 0) >= 0x30 && (b[this.pos] ?? 0) <= 0x37; i += 1) {
            octal = octal * 8 + ((b[this.pos++] as number) - 0x30);
          }
          out.push(octal & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos += 1; // escaped line break: nothing
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth += 1;
        out.push(c);
      } else if (c === 0x29) {
        depth -= 1;
        if (depth === 0) return new PdfString(Uint8Array.from(out));
        out.push(c);
      } else out.push(c);
    }
    throw new PdfSyntaxError('unterminated string', this.pos);
  }
}
