import { buildAppearance, type AppearanceLine } from './appearance';
import { UnsupportedPdfStructure } from './errors';
import { ObjectNumbers, name, type UpdateObject } from './pdf/incremental';
import { PdfRef, PdfString, isDict, type PdfDict, type PdfValue } from './pdf/objects';
import type { PdfFile } from './pdf/file';

/** Where the box goes, in PDF points from the page's bottom-left corner. */
export interface SignatureRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SignatureFieldInput {
  readonly file: PdfFile;
  readonly numbers: ObjectNumbers;
  readonly pageRef: PdfRef;
  readonly rect: SignatureRect;
  readonly lines: readonly AppearanceLine[];
  readonly font: Uint8Array;
  /** Reference the signature dictionary will be written under. */
  readonly signatureRef: PdfRef;
}

function copyDict(value: PdfValue | undefined, what: string): PdfDict {
  if (!isDict(value)) throw new UnsupportedPdfStructure(`${what} is not a dictionary`);
  return new Map(value);
}

/** The font objects and the form XObject that draw the box. Returns the form's ref. */
function appearanceObjects(input: SignatureFieldInput, out: UpdateObject[]): PdfRef {
  const { numbers, rect } = input;
  const look = buildAppearance(input.font, input.lines, rect.width, rect.height);
  const fontFile = numbers.allocate();
  const descriptor = numbers.allocate();
  const cidFont = numbers.allocate();
  const toUnicode = numbers.allocate();
  const type0 = numbers.allocate();
  const form = numbers.allocate();
  const dict = (entries: [string, PdfValue][]): PdfDict => new Map(entries);
  out.push(
    {
      ref: fontFile,
      body: {
        kind: 'stream',
        dict: dict([
          ['Filter', name('FlateDecode')],
          ['Length1', look.fontFileLength1],
        ]),
        data: look.fontFile,
      },
    },
    {
      ref: descriptor,
      body: {
        kind: 'value',
        value: dict([
          ['Type', name('FontDescriptor')],
          ['FontName', name(look.fontName)],
          ['Flags', 4], // symbolic: glyphs are addressed by CID, not by a standard encoding
          ['FontBBox', [...look.metrics.bbox]],
          ['ItalicAngle', 0],
          ['Ascent', look.metrics.ascent],
          ['Descent', look.metrics.descent],
          ['CapHeight', look.metrics.capHeight],
          ['StemV', 80],
          ['FontFile2', fontFile],
        ]),
      },
    },
    {
      ref: cidFont,
      body: {
        kind: 'value',
        value: dict([
          ['Type', name('Font')],
          ['Subtype', name('CIDFontType2')],
          ['BaseFont', name(look.fontName)],
          [
            'CIDSystemInfo',
            dict([
              ['Registry', ascii('Adobe')],
              ['Ordering', ascii('Identity')],
              ['Supplement', 0],
            ]),
          ],
          ['FontDescriptor', descriptor],
          ['W', [0, [...look.widths]]],
          ['CIDToGIDMap', name('Identity')],
        ]),
      },
    },
    { ref: toUnicode, body: { kind: 'stream', dict: new Map(), data: look.toUnicode } },
    {
      ref: type0,
      body: {
        kind: 'value',
        value: dict([
          ['Type', name('Font')],
          ['Subtype', name('Type0')],
          ['BaseFont', name(look.fontName)],
          ['Encoding', name('Identity-H')],
          ['DescendantFonts', [cidFont]],
          ['ToUnicode', toUnicode],
        ]),
      },
    },
    {
      ref: form,
      body: {
        kind: 'stream',
        dict: dict([
          ['Type', name('XObject')],
          ['Subtype', name('Form')],
          ['BBox', [...look.formBBox]],
          ['Resources', dict([['Font', dict([['F1', type0]])]])],
        ]),
        data: look.formContent,
      },
    },
  );
  return form;
}

const ascii = (text: string): PdfString => new PdfString(Buffer.from(text, 'latin1'));

function resolveArray(file: PdfFile, value: PdfValue | undefined): PdfValue[] {
  const resolved = file.resolve(value);
  return Array.isArray(resolved) ? [...resolved] : [];
}

/** Adds `item` to an array that may live inline in `owner[key]` or in its own object. */
function appendToArray(
  file: PdfFile,
  owner: PdfDict,
  key: string,
  item: PdfRef,
  out: UpdateObject[],
): number {
  const current = owner.get(key);
  const items = [...resolveArray(file, current), item];
  if (current instanceof PdfRef) out.push({ ref: current, body: { kind: 'value', value: items } });
  else owner.set(key, items);
  return items.length;
}

/**
 * Objects of a visible signature field: appearance, merged field/widget annotation, the
 * page with the widget in /Annots, and the AcroForm listing the field with SigFlags 3
 * (signatures exist, append only). Returns them for the incremental update.
 */
export function signatureFieldObjects(input: SignatureFieldInput): {
  objects: UpdateObject[];
  fieldName: string;
} {
  const { file, numbers, pageRef, rect } = input;
  const out: UpdateObject[] = [];
  const form = appearanceObjects(input, out);
  const widget = numbers.allocate();

  const catalogRef = file.trailer.get('Root');
  if (!(catalogRef instanceof PdfRef)) throw new UnsupportedPdfStructure('no /Root reference');
  const catalog = copyDict(file.resolve(catalogRef), 'catalog');
  const acroFormValue = catalog.get('AcroForm');
  const acroForm = isDict(file.resolve(acroFormValue))
    ? copyDict(file.resolve(acroFormValue), 'AcroForm')
    : new Map<string, PdfValue>();
  const fieldName = `Signature${appendToArray(file, acroForm, 'Fields', widget, out)}`;
  acroForm.set('SigFlags', 3);
  // NeedAppearances would make viewers redraw fields, i.e. change what was signed.
  acroForm.delete('NeedAppearances');
  if (acroFormValue instanceof PdfRef) {
    out.push({ ref: acroFormValue, body: { kind: 'value', value: acroForm } });
  } else {
    catalog.set('AcroForm', acroForm);
    out.push({ ref: catalogRef, body: { kind: 'value', value: catalog } });
  }

  const page = copyDict(file.resolve(pageRef), 'page');
  const annotsLiveElsewhere = page.get('Annots') instanceof PdfRef;
  appendToArray(file, page, 'Annots', widget, out);
  if (!annotsLiveElsewhere) out.push({ ref: pageRef, body: { kind: 'value', value: page } });

  out.push({
    ref: widget,
    body: {
      kind: 'value',
      value: new Map<string, PdfValue>([
        ['Type', name('Annot')],
        ['Subtype', name('Widget')],
        ['FT', name('Sig')],
        ['T', ascii(fieldName)],
        ['V', input.signatureRef],
        ['P', pageRef],
        ['Rect', [rect.x, rect.y, rect.x + rect.width, rect.y + rect.height]],
        ['F', 132], // Print + Locked: printed with the page, not editable
        ['AP', new Map([['N', form]])],
      ]),
    },
  });
  return { objects: out, fieldName };
}
