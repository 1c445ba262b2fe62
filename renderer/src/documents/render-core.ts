import type {
  Node,
  NodeQueries,
  TCreatedPdf,
  TDocumentDefinitions,
  TFontDictionary,
} from 'pdfmake/interfaces';
import { A4 } from '../domain/documents/page';
import {
  DIGITAL_BOX,
  HEADING_LEVEL,
  KEEP_WITH_SIGNATURES,
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
 * Renders `doc`, watching the layout through pdfmake's `pageBreakBefore` hook, which sees every
 * laid-out node with its page and position. It asks for two breaks only: before a heading
 * that nothing follows on its page, and before the start of the signature group when the
 * boxes would fall on a later page. Nodes after a break are laid
 * out again and seen again, so the positions recorded last are the final ones.
 */
export async function renderDocument(
  pdfMake: PdfMakeApi,
  doc: TDocumentDefinitions,
): Promise<RenderedDocument> {
  const areas = new Map<SignerRole, SignatureArea>();
  let pageCount = 0;
  const watched: TDocumentDefinitions = {
    ...doc,
    pageBreakBefore: (node: Node, queries: NodeQueries) => {
      pageCount = Math.max(pageCount, node.pages);
      // A heading is never the last line of a page: it moves on with what it heads.
      if (node.headlineLevel === HEADING_LEVEL) return queries.getFollowingNodesOnPage().length === 0;
      if (hasStyle(node, KEEP_WITH_SIGNATURES)) {
        const boxesFollowOnPage = queries.getFollowingNodesOnPage().some(isSignatureBox);
        const atTopOfPage = queries.getPreviousNodesOnPage().length === 0;
        return !boxesFollowOnPage && !atTopOfPage;
      }
      const role = ROLES.find((r) => hasStyle(node, signatureBoxId(r)));
      if (role !== undefined) {
        const { pageNumber, left, top, pageOrientation } = node.startPosition;
        const pageHeight = pageOrientation === 'landscape' ? A4.width : A4.height;
        areas.set(role, {
          role,
          pageIndex: pageNumber - 1,
          rect: {
            x: left,
            y: pageHeight - top - DIGITAL_BOX.height,
            width: DIGITAL_BOX.width,
            height: DIGITAL_BOX.height,
          },
        });
      }
      return false;
    },
  };
  const created = pdfMake.createPdf(watched);
  // The document is laid out by now; the next ones reuse its parsed fonts (shared-fonts.ts).
  const pdfDocument = await created.getStream();
  shareParsedFonts(pdfDocument);
  const buffer: unknown = await created.getBuffer();
  // The next ones write their bytes in few pieces (pdfkit-output.ts); this one was pdfkit's own.
  batchPdfKitOutput(pdfDocument);
  if (!(buffer instanceof Uint8Array)) throw new Error('pdfmake returned no bytes');
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { bytes, pageCount, signatureAreas: ROLES.flatMap((r) => areas.get(r) ?? []) };
}
