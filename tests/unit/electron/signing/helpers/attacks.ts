import * as pkijs from 'pkijs';
import { toArrayBuffer } from '../../../../../electron/services/signing/certificate-names';
import { isStream, openPdf, pageRefs, type PdfFile } from '../../../../../electron/services/signing/pdf/file';
import {
  ObjectNumbers,
  name,
  writeIncrementalUpdate,
  type UpdateObject,
} from '../../../../../electron/services/signing/pdf/incremental';
import {
  PdfRef,
  PdfString,
  isDict,
  type PdfDict,
  type PdfValue,
} from '../../../../../electron/services/signing/pdf/objects';

/**
 * The attacker's toolbox: incremental updates written after a signature, as a PDF editor (or
 * a forger) would append them. Each returns the whole new file.
 */

export function incrementalUpdate(
  pdf: Uint8Array,
  build: (file: PdfFile, numbers: ObjectNumbers) => UpdateObject[],
): Uint8Array {
  const file = openPdf(pdf);
  const size = file.trailer.get('Size');
  const numbers = new ObjectNumbers(typeof size === 'number' ? size : 0);
  const objects = build(file, numbers);
  return writeIncrementalUpdate(pdf, file.trailer, file.startXref, objects, numbers.size).bytes;
}

const stream = (ref: PdfRef, content: string): UpdateObject => ({
  ref,
  body: { kind: 'stream', dict: new Map(), data: Buffer.from(content, 'latin1') },
});

function pageAt(file: PdfFile, index: number): { ref: PdfRef; dict: PdfDict } {
  const pages = pageRefs(file);
  const ref = pages[index < 0 ? pages.length + index : index];
  const dict = file.resolve(ref);
  if (ref === undefined || !isDict(dict)) throw new Error('no such page');
  return { ref, dict: new Map(dict) };
}

/** A white box over the top of the page and a new line of text: what the reader now sees. */
export const FORGED_DRAWING = '1 1 1 rg 40 700 515 120 re f 0 0 0 rg 72 760 300 20 re f';

/** ISA: the page's content is replaced by a new stream (the page object is redefined). */
export function replacePageContent(pdf: Uint8Array, pageIndex = 0): Uint8Array {
  return incrementalUpdate(pdf, (file, numbers) => {
    const page = pageAt(file, pageIndex);
    const content = numbers.allocate();
    page.dict.set('Contents', content);
    return [stream(content, FORGED_DRAWING), { ref: page.ref, body: { kind: 'value', value: page.dict } }];
  });
}

/** Shadow "hide": an overlay is appended to the page's content, covering what was signed. */
export function hideUnderOverlay(pdf: Uint8Array, pageIndex = 0): Uint8Array {
  return incrementalUpdate(pdf, (file, numbers) => {
    const page = pageAt(file, pageIndex);
    const overlay = numbers.allocate();
    const old = page.dict.get('Contents');
    const list: PdfValue[] = Array.isArray(old) ? [...old] : old === undefined ? [] : [old];
    page.dict.set('Contents', [...list, overlay]);
    return [stream(overlay, FORGED_DRAWING), { ref: page.ref, body: { kind: 'value', value: page.dict } }];
  });
}

/** Shadow "hide-and-replace": the signed content stream's own object is redefined. */
export function redefineContentStream(pdf: Uint8Array, pageIndex = 0): Uint8Array {
  return incrementalUpdate(pdf, (file) => {
    const page = pageAt(file, pageIndex);
    const contents = page.dict.get('Contents');
    const ref = Array.isArray(contents) ? contents[0] : contents;
    if (!(ref instanceof PdfRef)) throw new Error('page content is not a reference');
    return [stream(ref, FORGED_DRAWING)];
  });
}

/** Shadow "replace": a font the page uses is redefined (same object number, other glyphs). */
export function replaceFont(pdf: Uint8Array, pageIndex = 0): Uint8Array {
  return incrementalUpdate(pdf, (file) => {
    const page = pageAt(file, pageIndex);
    const resources = file.resolve(page.dict.get('Resources'));
    const fonts = isDict(resources) ? file.resolve(resources.get('Font')) : undefined;
    const fontRef = isDict(fonts) ? [...fonts.values()].find((v) => v instanceof PdfRef) : undefined;
    if (!(fontRef instanceof PdfRef)) throw new Error('no font');
    const font = file.object(fontRef.num);
    if (isStream(font) || !isDict(font)) throw new Error('font is not a dictionary');
    const forged = new Map(font);
    forged.set('BaseFont', name('Forged'));
    return [{ ref: fontRef, body: { kind: 'value', value: forged } }];
  });
}

/** A page added at the end (the page tree node redefined with one more kid). */
export function addPage(pdf: Uint8Array): Uint8Array {
  return incrementalUpdate(pdf, (file, numbers) => {
    const catalog = file.resolve(file.trailer.get('Root'));
    const pagesRef = isDict(catalog) ? catalog.get('Pages') : undefined;
    const pages = file.resolve(pagesRef);
    if (!(pagesRef instanceof PdfRef) || !isDict(pages)) throw new Error('no page tree');
    const page = numbers.allocate();
    const content = numbers.allocate();
    const kids = file.resolve(pages.get('Kids'));
    const tree = new Map(pages);
    tree.set('Kids', [...(Array.isArray(kids) ? kids : []), page]);
    tree.set('Count', pageRefs(file).length + 1);
    const newPage: PdfDict = new Map<string, PdfValue>([
      ['Type', name('Page')],
      ['Parent', pagesRef],
      ['MediaBox', [0, 0, 595.28, 841.89]],
      ['Contents', content],
      ['Resources', new Map()],
    ]);
    return [
      { ref: pagesRef, body: { kind: 'value', value: tree } },
      { ref: page, body: { kind: 'value', value: newPage } },
      stream(content, FORGED_DRAWING),
    ];
  });
}

/** A sticky note added to a page: an annotation that is not a signature. */
export function addNoteAnnotation(pdf: Uint8Array, pageIndex = 0): Uint8Array {
  return incrementalUpdate(pdf, (file, numbers) => {
    const page = pageAt(file, pageIndex);
    const note = numbers.allocate();
    const annots = file.resolve(page.dict.get('Annots'));
    page.dict.set('Annots', [...(Array.isArray(annots) ? annots : []), note]);
    return [
      {
        ref: note,
        body: {
          kind: 'value',
          value: new Map<string, PdfValue>([
            ['Type', name('Annot')],
            ['Subtype', name('Text')],
            ['Rect', [72, 700, 92, 720]],
            ['Contents', new PdfString(Buffer.from('Forged', 'latin1'))],
          ]),
        },
      },
      { ref: page.ref, body: { kind: 'value', value: page.dict } },
    ];
  });
}

/** The catalog gains an /OpenAction (e.g. to run something on open). */
export function addOpenAction(pdf: Uint8Array): Uint8Array {
  return incrementalUpdate(pdf, (file) => {
    const ref = file.trailer.get('Root');
    const catalog = file.resolve(ref);
    if (!(ref instanceof PdfRef) || !isDict(catalog)) throw new Error('no catalog');
    const forged = new Map(catalog);
    forged.set('OpenAction', [pageRefs(file)[0] ?? null, name('Fit')]);
    return [{ ref, body: { kind: 'value', value: forged } }];
  });
}

/** Where the (first) signature's /Contents hex string sits: [start of "<", end after ">"). */
export function contentsGap(pdf: Uint8Array, which: 'first' | 'last' = 'first'): [number, number] {
  const text = Buffer.from(pdf).toString('latin1');
  const key = which === 'first' ? text.indexOf('/Contents <') : text.lastIndexOf('/Contents <');
  const start = key + '/Contents '.length;
  const end = text.indexOf('>', start) + 1;
  return [start, end];
}

/**
 * Certificate substitution: the CMS keeps its signed attributes and signature value, but its
 * certificate is swapped for `certificateDer` (same public key, another name) and the signer
 * identifier is pointed at it. The signature still verifies with the key; only the
 * signing-certificate-v2 attribute can tell.
 */
export function substituteCertificate(pdf: Uint8Array, certificateDer: Uint8Array): Uint8Array {
  const [start, end] = contentsGap(pdf);
  const hex = Buffer.from(pdf.subarray(start + 1, end - 1)).toString('latin1');
  const der = Buffer.from(hex, 'hex');
  const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const forged = pkijs.Certificate.fromBER(toArrayBuffer(certificateDer));
  const others = (signedData.certificates ?? []).slice(1);
  signedData.certificates = [forged, ...others];
  const signerInfo = signedData.signerInfos[0];
  if (signerInfo === undefined) throw new Error('no signer info');
  signerInfo.sid = new pkijs.IssuerAndSerialNumber({
    issuer: forged.issuer,
    serialNumber: forged.serialNumber,
  });
  const out = new pkijs.ContentInfo({
    contentType: contentInfo.contentType,
    content: signedData.toSchema(true),
  });
  const encoded = Buffer.from(out.toSchema().toBER()).toString('hex');
  const room = end - start - 2;
  if (encoded.length > room) throw new Error('forged CMS does not fit');
  const copy = Buffer.from(pdf);
  copy.write(encoded.padEnd(room, '0'), start + 1, 'latin1');
  return copy;
}
