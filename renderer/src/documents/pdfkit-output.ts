/**
 * pdfkit's output in few pieces (issue 13). pdfkit turns every line it writes into its own
 * Buffer: each operator of a page's content (a minutes page has thousands), each line of each
 * object, each line of the cross-reference table — and pushes each line of the file through
 * a readable stream. In a render worker the Buffer is the browser polyfill bundled in
 * pdfmake (a JavaScript byte loop and a prototype swap per line) and the stream is
 * readable-stream's: a profile of 141 minutes put about a quarter of the workers' CPU there.
 *
 * From the second document of a pdfmake build on, this keeps the lines as text and turns
 * them into bytes once per object (its stream content) and once per file (what the document
 * writes): the same bytes in the same order, in a handful of pieces. The first document is
 * made by pdfkit's own code, so a test can compare the two byte for byte.
 *
 * As for shared-fonts.ts, pdfmake gives no hook: the classes are reached through the first
 * document's object, every part touched is checked for its shape first, and if a future
 * pdfkit differs nothing is changed.
 */

/** The part of pdfkit's PDFReference (an indirect object: page content, font file…) used here. */
interface PdfKitReference {
  buffer: unknown[];
  data: { Length?: number; Filter?: unknown };
  compress: boolean;
  uncompressedLength: number;
  write(chunk: unknown): void;
  finalize(): void;
}

/** The part of pdfkit's PDFDocument used here. */
interface PdfKitDocument {
  _root: object;
  _offset: number;
  _write(data: unknown): void;
  push(chunk: unknown): boolean;
}

/** Lines written but not yet made into bytes, per object or document. */
const pendingText = new WeakMap<object, string[]>();
/** A document's output not yet pushed to its stream, in order. */
const pendingOutput = new WeakMap<object, Uint8Array[]>();
const patched = new WeakSet<object>();
let documentsBatched = 0;
const encoder = new TextEncoder();

/** Node's 'binary' (latin1) encoding, as pdfkit asks for: one byte per UTF-16 unit, its low byte. */
export function latin1Bytes(text: string): Uint8Array {
  // Nearly all of a PDF's text is ASCII, where latin1 and UTF-8 agree: the native encoder. Any
  // other unit takes two or more bytes in UTF-8, so equal lengths mean ASCII only.
  const utf8 = encoder.encode(text);
  if (utf8.length === text.length) return utf8;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

function takeText(owner: object): Uint8Array | undefined {
  const lines = pendingText.get(owner);
  if (lines === undefined || lines.length === 0) return undefined;
  pendingText.delete(owner);
  return latin1Bytes(lines.join(''));
}

function addText(owner: object, line: string): void {
  const lines = pendingText.get(owner);
  if (lines === undefined) pendingText.set(owner, [line]);
  else lines.push(line);
}

function isReference(value: unknown): value is PdfKitReference {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Partial<Record<keyof PdfKitReference, unknown>>;
  return (
    Array.isArray(ref.buffer) &&
    typeof ref.data === 'object' &&
    ref.data !== null &&
    typeof ref.uncompressedLength === 'number' &&
    typeof ref.write === 'function' &&
    typeof ref.finalize === 'function'
  );
}

function isDocument(value: unknown): value is PdfKitDocument {
  if (typeof value !== 'object' || value === null) return false;
  const doc = value as Partial<Record<keyof PdfKitDocument, unknown>>;
  return (
    typeof doc._root === 'object' &&
    doc._root !== null &&
    typeof doc._offset === 'number' &&
    typeof doc._write === 'function' &&
    typeof doc.push === 'function'
  );
}

/** The prototype that defines `names` itself (pdfkit's class, under pdfmake's subclass), if any. */
function prototypeDefining(value: object, names: readonly string[]): object | null {
  for (
    let proto: unknown = Object.getPrototypeOf(value);
    proto !== null;
    proto = Object.getPrototypeOf(proto)
  ) {
    if (typeof proto !== 'object' || proto === null) return null;
    if (names.every((name) => Object.prototype.hasOwnProperty.call(proto, name))) return proto;
  }
  return null;
}

function batchReferenceWrites(proto: object, original: Pick<PdfKitReference, 'write' | 'finalize'>): void {
  Object.defineProperty(proto, 'write', {
    configurable: true,
    writable: true,
    value(this: PdfKitReference, chunk: unknown): void {
      if (chunk instanceof Uint8Array) {
        // Bytes (a font file, an image) keep their place after the lines written before them.
        const text = takeText(this);
        if (text !== undefined) this.buffer.push(text);
        original.write.call(this, chunk);
        return;
      }
      // As pdfkit: the chunk as text and a newline, counted now, made into bytes at the end.
      const line = `${String(chunk)}\n`;
      addText(this, line);
      this.uncompressedLength += line.length;
      this.data.Length = (this.data.Length ?? 0) + line.length;
      if (this.compress) this.data.Filter = 'FlateDecode';
    },
  });
  Object.defineProperty(proto, 'finalize', {
    configurable: true,
    writable: true,
    value(this: PdfKitReference): void {
      const text = takeText(this);
      if (text !== undefined) this.buffer.push(text);
      original.finalize.call(this);
    },
  });
}

function batchDocumentOutput(proto: object, push: PdfKitDocument['push']): void {
  const flushText = (doc: object): void => {
    const text = takeText(doc);
    if (text === undefined) return;
    const output = pendingOutput.get(doc);
    if (output === undefined) pendingOutput.set(doc, [text]);
    else output.push(text);
  };
  Object.defineProperty(proto, '_write', {
    configurable: true,
    writable: true,
    value(this: PdfKitDocument, data: unknown): void {
      if (data instanceof Uint8Array) {
        flushText(this);
        const output = pendingOutput.get(this);
        if (output === undefined) pendingOutput.set(this, [data]);
        else output.push(data);
        this._offset += data.length;
        return;
      }
      const line = `${String(data)}\n`;
      addText(this, line);
      this._offset += line.length;
    },
  });
  Object.defineProperty(proto, 'push', {
    configurable: true,
    writable: true,
    value(this: PdfKitDocument, chunk: unknown): boolean {
      // The end of the file (pdfkit pushes null after '%%EOF'): everything written goes out first.
      if (chunk === null) {
        flushText(this);
        const output = pendingOutput.get(this) ?? [];
        pendingOutput.delete(this);
        const whole = new Uint8Array(output.reduce((n, part) => n + part.length, 0));
        let at = 0;
        for (const part of output) {
          whole.set(part, at);
          at += part.length;
        }
        if (whole.length > 0) push.call(this, whole);
        documentsBatched += 1;
      }
      return push.call(this, chunk);
    },
  });
}

/**
 * Makes every later document of this pdfmake build write its output in few pieces.
 * `pdfDocument` is a finished document's pdfkit object (`createPdf(doc).getStream()`); called
 * after each document, it changes the classes once.
 */
export function batchPdfKitOutput(pdfDocument: unknown): void {
  if (!isDocument(pdfDocument) || !isReference(pdfDocument._root)) return;
  const referenceProto = prototypeDefining(pdfDocument._root, ['write', 'finalize']);
  const documentProto = prototypeDefining(pdfDocument, ['_write']);
  if (referenceProto === null || documentProto === null) return;
  if (patched.has(referenceProto) || patched.has(documentProto)) return;
  patched.add(referenceProto);
  patched.add(documentProto);
  const reference = pdfDocument._root;
  batchReferenceWrites(referenceProto, { write: reference.write, finalize: reference.finalize });
  batchDocumentOutput(documentProto, pdfDocument.push);
}

/** How many documents of this process (or worker) wrote their output in few pieces. */
export function documentsWithBatchedOutput(): number {
  return documentsBatched;
}
