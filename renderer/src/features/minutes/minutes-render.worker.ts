/// <reference lib="webworker" />
import { minutesDocument } from '../../domain/documents/minutes';
import type { MinutesInput } from '../../domain/documents/types';
import { browserRenderer } from '../../documents/browser';
import { docWords } from '../../documents/words';
import { catalog } from '../../i18n/catalog';
import { addAllWords } from '../../i18n/translate';
import { withAuditFooter } from './minutes-footer';

/**
 * Renders minutes off the page's thread (issue 13): the batch panel keeps a small pool of
 * these, so the screen stays responsive and both cores work while the host signs. It builds
 * the document from its plain input (the same `minutesDocument` + footer as the page) and
 * answers the rendered bytes and signature areas, or the error's message.
 */
export interface MinutesRenderRequest {
  readonly id: number;
  /** The document's `MinutesInput` as JSON (the job's `inputJson()`, also its cache key's text). */
  readonly inputJson: string;
  readonly head: string;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
addAllWords(catalog); // a worker has its own copy of the catalog: every word, at once
const renderer = browserRenderer('vi');

/** Sent when the pool starts a worker: load pdfmake and the fonts now, before the first document. */
export interface MinutesWarmRequest {
  readonly warm: true;
}

// The page made this JSON from a MinutesInput (ProductMinutesJob.inputJson) a moment ago.
const inputOf = (json: string): MinutesInput => JSON.parse(json) as MinutesInput;

scope.onmessage = (event: MessageEvent<MinutesRenderRequest | MinutesWarmRequest>) => {
  if ('warm' in event.data) {
    // A failure to load is reported with the first document (the renderer tries again then).
    renderer.warm().catch(() => undefined);
    return;
  }
  const { id, inputJson, head } = event.data;
  // Built inside the chain: a document that cannot be built is answered as an error too.
  Promise.resolve(inputJson)
    .then((json) => renderer.render(withAuditFooter(minutesDocument(inputOf(json), docWords('vi')), head)))
    .then((made) => {
      // Transferred, not copied: only a buffer the document owns alone (never a shared slab).
      const whole = made.bytes.byteOffset === 0 && made.bytes.byteLength === made.bytes.buffer.byteLength;
      const bytes = whole ? made.bytes : made.bytes.slice();
      scope.postMessage({ id, made: { ...made, bytes } }, [bytes.buffer]);
    })
    .catch((error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
};
