import type { RevisionChangeKind } from '../../shared/signing-codes';
import { isStream, openPdf, pageRefs, type PdfFile } from './pdf/file';
import {
  PdfName,
  PdfRef,
  PdfString,
  isDict,
  nameOf,
  type PdfDict,
  type PdfStream,
  type PdfValue,
} from './pdf/objects';

/**
 * What changed between the revision a signature covers and the final file, object by object.
 *
 * Both revisions are opened through their own cross-reference chains and every object of
 * either is compared by value (dictionary entries, stream bytes), so a change is found however
 * it was made: a redefined object, a freed one, a new xref that skips the signed one, a content
 * stream swapped for another ("shadow" attacks). Only what a DocMDP level 2 allows is accepted
 * as "no change": a later signature (its signature dictionary, its widget annotation added to
 * the page's /Annots and to the AcroForm's /Fields, and the appearance objects reachable from
 * that widget). Everything else is named, and named as what a reader sees: a page's content,
 * resources or annotations, pages added or removed, the catalog, the form, the document info.
 */
export type { RevisionChangeKind };

export interface RevisionChange {
  readonly kind: RevisionChangeKind;
  /** 1-based page number, for the page-… kinds. */
  readonly page?: number;
  /** Pages added or removed; objects for 'other-objects'. */
  readonly count?: number;
}

type Role = { readonly page: number; readonly kind: 'page-content' | 'page-resources' | 'page-annotations' };
type Where = Role | { readonly kind: 'form' | 'document-info' | 'catalog' };

function sameValue(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (a instanceof PdfName) return b instanceof PdfName && a.raw === b.raw;
  if (a instanceof PdfRef) return b instanceof PdfRef && a.num === b.num && a.gen === b.gen;
  if (a instanceof PdfString) return b instanceof PdfString && Buffer.from(a.bytes).equals(b.bytes);
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isDict(a)) {
    if (!isDict(b) || a.size !== b.size) return false;
    for (const [key, value] of a) if (!sameValue(value, b.get(key))) return false;
    return true;
  }
  return false;
}

type Loaded = PdfValue | PdfStream | { readonly broken: string };

function load(file: PdfFile, num: number): Loaded {
  try {
    return file.object(num);
  } catch (error) {
    return { broken: error instanceof Error ? error.message : String(error) };
  }
}

function isBroken(value: Loaded): value is { readonly broken: string } {
  return typeof value === 'object' && value !== null && 'broken' in value;
}

function sameObject(a: Loaded, b: Loaded): boolean {
  if (isBroken(a) || isBroken(b)) return isBroken(a) && isBroken(b) && a.broken === b.broken;
  if (isStream(a) || isStream(b)) {
    return isStream(a) && isStream(b) && sameValue(a.dict, b.dict) && Buffer.from(a.data).equals(b.data);
  }
  return sameValue(a, b);
}

const dictOf = (value: Loaded): PdfDict | null =>
  isBroken(value) ? null : isStream(value) ? value.dict : isDict(value) ? value : null;

/** Every reference inside a value (not following them). */
function refsIn(value: PdfValue | undefined, out: number[]): void {
  if (value instanceof PdfRef) out.push(value.num);
  else if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (isDict(value)) for (const v of value.values()) refsIn(v, out);
}

const STRUCTURAL_TYPES = new Set(['Page', 'Pages', 'Catalog']);

/**
 * Which page (and what of it) or which document part each object belongs to. Each object is
 * assigned once, to the first page that reaches it, so the walk is linear in the objects.
 */
function whereObjects(file: PdfFile): { where: Map<number, Where>; pages: number[] } {
  const where = new Map<number, Where>();
  const pages = pageRefs(file).map((ref) => ref.num);
  const walk = (start: PdfValue | undefined, role: Where): void => {
    const queue: number[] = [];
    refsIn(start, queue);
    for (let num = queue.pop(); num !== undefined; num = queue.pop()) {
      if (where.has(num)) continue;
      const value = load(file, num);
      const dict = dictOf(value);
      if (dict !== null && STRUCTURAL_TYPES.has(nameOf(dict.get('Type')) ?? '')) continue;
      where.set(num, role);
      if (dict !== null) refsIn(dict, queue);
      else if (!isBroken(value) && !isStream(value)) refsIn(value, queue);
    }
  };
  pages.forEach((num, i) => {
    const page = dictOf(load(file, num));
    if (page === null) return;
    walk(page.get('Contents'), { page: i + 1, kind: 'page-content' });
    walk(page.get('Resources'), { page: i + 1, kind: 'page-resources' });
    walk(page.get('Annots'), { page: i + 1, kind: 'page-annotations' });
  });
  const catalog = dictOf(load(file, rootNum(file) ?? -1));
  if (catalog !== null) walk(catalog.get('AcroForm'), { kind: 'form' });
  walk(file.trailer.get('Info'), { kind: 'document-info' });
  if (catalog !== null) walk(catalog, { kind: 'catalog' });
  return { where, pages };
}

function rootNum(file: PdfFile): number | undefined {
  const root = file.trailer.get('Root');
  return root instanceof PdfRef ? root.num : undefined;
}

function refNums(file: PdfFile, value: PdfValue | undefined): number[] | null {
  const resolved = file.resolve(value);
  if (resolved === undefined || resolved === null) return [];
  if (!Array.isArray(resolved)) return null;
  const nums: number[] = [];
  for (const item of resolved) {
    if (!(item instanceof PdfRef)) return null;
    nums.push(item.num);
  }
  return nums;
}

/** `after` is `before` plus new signature widgets at the end (and nothing else). */
function onlyWidgetsAppended(before: number[] | null, after: number[] | null, widgets: Set<number>): boolean {
  if (before === null || after === null || after.length < before.length) return false;
  return after.every((num, i) => (i < before.length ? num === before[i] : widgets.has(num)));
}

/** Keys of two dictionaries whose values differ, leaving out `ignored`. */
function changedKeys(a: PdfDict, b: PdfDict, ignored: ReadonlySet<string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => !ignored.has(key) && !sameValue(a.get(key), b.get(key)));
}

const IGNORE_ANNOTS = new Set(['Annots']);
const IGNORE_ACROFORM = new Set(['AcroForm']);
const ACROFORM_ALLOWED = new Set(['Fields', 'SigFlags', 'NeedAppearances']);

export function changesAfterRevision(bytes: Uint8Array, revisionEnd: number): RevisionChange[] {
  if (/^[\r\n\t \0]*$/.test(Buffer.from(bytes.subarray(revisionEnd)).toString('latin1'))) return [];
  let revision: PdfFile;
  let final: PdfFile;
  try {
    revision = openPdf(bytes.subarray(0, revisionEnd));
  } catch {
    return [{ kind: 'unreadable' }];
  }
  try {
    final = openPdf(bytes);
  } catch {
    // Bytes after the last %%EOF that are not a revision (no xref, no trailer): viewers may
    // ignore them or not; either way the signature no longer covers the file.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const lastEof = buffer.lastIndexOf('%%EOF');
    const after = lastEof < 0 ? '' : buffer.toString('latin1', lastEof + 5);
    return [{ kind: /[^\r\n\t \0]/.test(after) ? 'appended-data' : 'unreadable' }];
  }
  try {
    return compareRevisions(revision, final);
  } catch {
    return [{ kind: 'unreadable' }];
  }
}

function compareRevisions(revision: PdfFile, final: PdfFile): RevisionChange[] {
  const before = new Set(revision.objectNumbers());
  const afterNums = final.objectNumbers();
  const after = new Set(afterNums);
  const added = afterNums.filter((n) => !before.has(n));
  const removed = [...before].filter((n) => !after.has(n));
  const changed = afterNums.filter((n) => before.has(n) && !sameObject(load(revision, n), load(final, n)));

  // Later signatures: their dictionary, their widget and what its appearance draws with.
  const newSignatures = new Set(
    added.filter((n) => {
      const dict = dictOf(load(final, n));
      return dict !== null && nameOf(dict.get('Type')) === 'Sig' && dict.has('ByteRange');
    }),
  );
  const widgets = new Set(
    added.filter((n) => {
      const dict = dictOf(load(final, n));
      const v = dict?.get('V');
      return (
        dict !== null &&
        nameOf(dict.get('FT')) === 'Sig' &&
        nameOf(dict.get('Subtype')) === 'Widget' &&
        v instanceof PdfRef &&
        newSignatures.has(v.num)
      );
    }),
  );
  const allowed = new Set([...newSignatures, ...widgets]);
  const addedSet = new Set(added);
  const queue: number[] = [];
  for (const w of widgets) refsIn(dictOf(load(final, w))?.get('AP'), queue);
  for (let num = queue.pop(); num !== undefined; num = queue.pop()) {
    if (allowed.has(num) || !addedSet.has(num)) continue;
    allowed.add(num);
    const value = load(final, num);
    const dict = dictOf(value);
    if (dict !== null) refsIn(dict, queue);
    else if (!isBroken(value) && !isStream(value)) refsIn(value, queue);
  }

  const finalMap = whereObjects(final);
  const revisionMap = whereObjects(revision);
  const changes = new Map<string, RevisionChange>();
  const note = (change: RevisionChange): void => {
    const key = `${change.kind}:${change.page ?? ''}`;
    const known = changes.get(key);
    if (change.kind === 'other-objects' && known !== undefined) {
      changes.set(key, { kind: 'other-objects', count: (known.count ?? 0) + (change.count ?? 1) });
    } else if (known === undefined) changes.set(key, change);
  };
  const noteWhere = (where: Where | undefined): void => {
    if (where === undefined) note({ kind: 'other-objects', count: 1 });
    else note('page' in where ? { kind: where.kind, page: where.page } : { kind: where.kind });
  };

  const pagesBefore = revisionMap.pages.length;
  const pagesAfter = finalMap.pages.length;
  if (pagesAfter > pagesBefore) note({ kind: 'pages-added', count: pagesAfter - pagesBefore });
  if (pagesAfter < pagesBefore) note({ kind: 'pages-removed', count: pagesBefore - pagesAfter });
  if (!sameValue(revision.trailer.get('Root'), final.trailer.get('Root'))) note({ kind: 'catalog' });
  if (!sameValue(revision.trailer.get('Info'), final.trailer.get('Info'))) note({ kind: 'document-info' });

  const root = rootNum(final);
  const finalCatalog = dictOf(load(final, root ?? -1));
  const acroFormRef = finalCatalog?.get('AcroForm');
  const acroFormNum = acroFormRef instanceof PdfRef ? acroFormRef.num : undefined;
  const pageIndex = new Map(finalMap.pages.map((num, i) => [num, i + 1]));
  // Indirect arrays: a page's /Annots, the form's /Fields.
  const annotsOwner = new Map<number, number>();
  for (const num of finalMap.pages) {
    const annots = dictOf(load(final, num))?.get('Annots');
    if (annots instanceof PdfRef) annotsOwner.set(annots.num, num);
  }
  const acroForm = final.resolve(acroFormRef);
  const fieldsRef = isDict(acroForm) ? acroForm.get('Fields') : undefined;
  const fieldsNum = fieldsRef instanceof PdfRef ? fieldsRef.num : undefined;

  const acroFormChanges = (a: PdfValue | undefined, b: PdfValue | undefined): boolean => {
    const old = revision.resolve(a);
    const now = final.resolve(b);
    const oldDict: PdfDict = isDict(old) ? old : new Map();
    if (!isDict(now)) return old !== undefined && old !== null;
    if (changedKeys(oldDict, now, ACROFORM_ALLOWED).length > 0) return true;
    if (now.get('NeedAppearances') === true) return true;
    const sig = now.get('SigFlags');
    if (!sameValue(oldDict.get('SigFlags'), sig) && sig !== 3) return true;
    return !onlyWidgetsAppended(
      refNums(revision, oldDict.get('Fields')),
      refNums(final, now.get('Fields')),
      widgets,
    );
  };

  for (const num of changed) {
    const old = dictOf(load(revision, num));
    const now = dictOf(load(final, num));
    const page = pageIndex.get(num);
    if (page !== undefined && old !== null && now !== null) {
      for (const key of changedKeys(old, now, IGNORE_ANNOTS)) {
        note({
          kind: key === 'Contents' ? 'page-content' : key === 'Resources' ? 'page-resources' : 'page-object',
          page,
        });
      }
      const annotsOk = onlyWidgetsAppended(
        refNums(revision, old.get('Annots')),
        refNums(final, now.get('Annots')),
        widgets,
      );
      if (!annotsOk) note({ kind: 'page-annotations', page });
    } else if (num === root && old !== null && now !== null) {
      if (changedKeys(old, now, IGNORE_ACROFORM).length > 0) note({ kind: 'catalog' });
      if (acroFormChanges(old.get('AcroForm'), now.get('AcroForm'))) note({ kind: 'form' });
    } else if (num === acroFormNum) {
      if (acroFormChanges(new PdfRef(num, 0), new PdfRef(num, 0))) note({ kind: 'form' });
    } else if (annotsOwner.has(num)) {
      const owner = annotsOwner.get(num) ?? -1;
      if (
        !onlyWidgetsAppended(
          refNums(revision, new PdfRef(num, 0)),
          refNums(final, new PdfRef(num, 0)),
          widgets,
        )
      ) {
        note({ kind: 'page-annotations', page: pageIndex.get(owner) ?? 0 });
      }
    } else if (num === fieldsNum) {
      if (
        !onlyWidgetsAppended(
          refNums(revision, new PdfRef(num, 0)),
          refNums(final, new PdfRef(num, 0)),
          widgets,
        )
      ) {
        note({ kind: 'form' });
      }
    } else {
      const type = nameOf(old?.get('Type'));
      if (type === 'Sig') note({ kind: 'signature-replaced' });
      else if (type === 'Pages' || type === 'Page') {
        // A page's node that is no longer in the tree, or the tree itself (Kids, Count).
        if (pagesAfter === pagesBefore) note({ kind: 'page-tree' });
      } else noteWhere(finalMap.where.get(num) ?? revisionMap.where.get(num));
    }
  }
  for (const num of added) {
    if (allowed.has(num)) continue;
    const type = nameOf(dictOf(load(final, num))?.get('Type'));
    const page = pageIndex.get(num);
    if (page !== undefined)
      note(
        pagesAfter > pagesBefore
          ? { kind: 'pages-added', count: pagesAfter - pagesBefore }
          : { kind: 'page-object', page },
      );
    else if (type === 'Pages') note({ kind: 'page-tree' });
    else {
      const where = finalMap.where.get(num);
      // What a new page draws with is part of "pages added", not a change of an old page.
      if (where !== undefined && 'page' in where && where.page > pagesBefore && pagesAfter > pagesBefore)
        continue;
      noteWhere(where);
    }
  }
  for (const num of removed) {
    const type = nameOf(dictOf(load(revision, num))?.get('Type'));
    if (type === 'Sig') note({ kind: 'signature-replaced' });
    else if (type === 'Page')
      note(
        pagesAfter < pagesBefore
          ? { kind: 'pages-removed', count: pagesBefore - pagesAfter }
          : { kind: 'page-tree' },
      );
    else if (type === 'Pages') note({ kind: 'page-tree' });
    else noteWhere(revisionMap.where.get(num));
  }
  return [...changes.values()];
}
