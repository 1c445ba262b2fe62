import type {
  Node,
  NodeQueries,
  TCreatedPdf,
  TDocumentDefinitions,
  TFontDictionary,
} from 'pdfmake/interfaces';
import {
  HEADING_LEVEL,
  KEEP_WITH_SIGNATURES,
  SIGNATURE_ROLE_KEY,
  signatureBoxId,
  type SignerRole,
} from '../domain/documents/parts';
import { batchPdfKitOutput } from './pdfkit-output';
import { shareParsedFonts } from './shared-fonts';

/**
 * What both entries (Node and browser) share: turning a document definition into PDF bytes
 * with pdfmake, and reading back where the layout put the digital signature boxes.
 */

/** The part of pdfmake's API the documents use (the Node and browser builds both have it). */
export interface PdfMakeApi {
  createPdf(doc: TDocumentDefinitions): TCreatedPdf;
  setFonts(fonts: TFontDictionary): void;
}

/** The module object of `import('pdfmake…')`: the API is its default export (CommonJS) or itself. */
export function pdfMakeApiOf(module: unknown): PdfMakeApi {
  const candidate =
    typeof module === 'object' && module !== null && 'default' in module ? module.default : module;
  if (
    typeof candidate === 'object' &&
    candidate !== null &&
    'createPdf' in candidate &&
    'setFonts' in candidate
  ) {
    return candidate as PdfMakeApi;
  }
  throw new Error('pdfmake did not load: no createPdf in the module');
}

/** A rectangle in PDF user space (points, origin at the bottom-left of the page). */
export interface PdfRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a signer's visible digital signature goes: 0-based page index and rectangle. */
export interface SignatureArea {
  readonly role: SignerRole;
  readonly pageIndex: number;
  readonly rect: PdfRect;
}

/**
 * Where the signing service puts a signer's visible signature: for the minutes, the chair's
 * box (right) and the secretary's (left), each 180 × 54 pt, just under the printed name on
 * the page that carries the signature blocks (usually the last page); room for a wet-ink
 * signature stays between the heading and the name.
 */
export function signatureArea(doc: RenderedDocument, role: SignerRole): SignatureArea | undefined {
  return doc.signatureAreas.find((a) => a.role === role);
}

export interface RenderedDocument {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
  /** Empty for documents without digital signature boxes (sheets, summary). */
  readonly signatureAreas: readonly SignatureArea[];
}

const ROLES: readonly SignerRole[] = ['chair', 'secretary', 'evaluator'];

function hasStyle(node: Pick<Node, 'style'>, name: string): boolean {
  return Array.isArray(node.style) ? node.style.includes(name) : node.style === name;
}

const isSignatureBox = (node: Pick<Node, 'style'>) => ROLES.some((r) => hasStyle(node, signatureBoxId(r)));

/**
 * The boxes where pdfkit draws them: pdfmake hands its laid-out pages to the pdfkit document
 * (`_pdfMakePages`, set by its renderer before drawing), each item at its final place on the
 * page, also what an unbreakable block moved. A box's rectangle carries its signer's role
 * (SIGNATURE_ROLE_KEY); pdfmake's y runs down from the page's top, PDF's up from the bottom.
 */
function drawnLayout(pdfDocument: unknown): { pageCount: number; areas: Map<SignerRole, SignatureArea> } {
  const pages: unknown =
    typeof pdfDocument === 'object' && pdfDocument !== null && '_pdfMakePages' in pdfDocument
      ? pdfDocument._pdfMakePages
      : undefined;
  if (!Array.isArray(pages)) throw new Error('pdfmake left no laid-out pages on the PDF document');
  const areas = new Map<SignerRole, SignatureArea>();
  pages.forEach((page: DrawnPage, pageIndex) => {
    for (const { type, item } of page.items) {
      if (type !== 'vector') continue;
      const role = item[SIGNATURE_ROLE_KEY];
      if (role === undefined || item.type !== 'rect') continue;
      const { x, y, w, h } = item;
      if (x === undefined || y === undefined || w === undefined || h === undefined) {
        throw new Error(`signature box of ${role} drawn without a position`);
      }
      areas.set(role, { role, pageIndex, rect: { x, y: page.pageSize.height - y - h, width: w, height: h } });
    }
  });
  return { pageCount: pages.length, areas };
}

/** What `drawnLayout` reads of a pdfmake page (pdfmake's own, untyped: only these keys). */
interface DrawnPage {
  readonly pageSize: { readonly height: number };
  readonly items: readonly {
    readonly type: string;
    readonly item: {
      readonly type?: string;
      readonly x?: number;
      readonly y?: number;
      readonly w?: number;
      readonly h?: number;
      readonly [SIGNATURE_ROLE_KEY]?: SignerRole;
    };
  }[];
}

/**
 * Renders `doc`, watching the layout through pdfmake's `pageBreakBefore` hook, which sees every
 * laid-out node with its page and position. It asks for two breaks only: before a heading
 * that nothing follows on its page, and before the start of a signature group marked
 * KEEP_WITH_SIGNATURES when the boxes would fall on a later page. Each break costs a second
 * layout of the whole document, so a group that can be one unbreakable block (the minutes) is
 * one. The boxes' positions are read from the laid-out pages pdfkit draws (`drawnLayout`).
 */
export async function renderDocument(
  pdfMake: PdfMakeApi,
  doc: TDocumentDefinitions,
): Promise<RenderedDocument> {
  const watched: TDocumentDefinitions = {
    ...doc,
    pageBreakBefore: (node: Node, queries: NodeQueries) => {
      // A heading is never the last line of a page: it moves on with what it heads.
      if (node.headlineLevel === HEADING_LEVEL) return queries.getFollowingNodesOnPage().length === 0;
      if (hasStyle(node, KEEP_WITH_SIGNATURES)) {
        const boxesFollowOnPage = queries.getFollowingNodesOnPage().some(isSignatureBox);
        const atTopOfPage = queries.getPreviousNodesOnPage().length === 0;
        return !boxesFollowOnPage && !atTopOfPage;
      }
      return false;
    },
  };
  const created = pdfMake.createPdf(watched);
  // The document is laid out by now; the next ones reuse its parsed fonts (shared-fonts.ts).
  const pdfDocument = await created.getStream();
  shareParsedFonts(pdfDocument);
  const { pageCount, areas } = drawnLayout(pdfDocument);
  const buffer: unknown = await created.getBuffer();
  // The next ones write their bytes in few pieces (pdfkit-output.ts); this one was pdfkit's own.
  batchPdfKitOutput(pdfDocument);
  if (!(buffer instanceof Uint8Array)) throw new Error('pdfmake returned no bytes');
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { bytes, pageCount, signatureAreas: ROLES.flatMap((r) => areas.get(r) ?? []) };
}
