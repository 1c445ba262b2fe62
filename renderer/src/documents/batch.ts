import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../i18n/define';
import { translate } from '../i18n/translate';
import { combineDocuments } from './combine';
import { uniqueFileNames } from './file-names';
import type { RenderedDocument } from './render-core';

/**
 * Many documents in one go (all minutes of a round, optionally all scoring sheets): rendered
 * one after another with a progress report after each and a chance to stop between any two,
 * as separate files or as one combined file for printing. The renderer is the Node one or
 * the browser one; nothing here knows which.
 */

export type RenderFn = (doc: TDocumentDefinitions) => Promise<RenderedDocument>;

/** One document to make: its file name and how to build its definition (built only when its turn comes). */
export interface DocumentJob {
  readonly fileName: string;
  readonly build: () => TDocumentDefinitions;
}

export interface BatchProgress {
  /** Documents finished so far. */
  readonly done: number;
  readonly total: number;
  /** The document just finished. */
  readonly fileName: string;
}

export interface BatchOptions {
  readonly onProgress?: (progress: BatchProgress) => void;
  /** Aborting stops before the next document; the batch then rejects with BatchCancelledError. */
  readonly signal?: AbortSignal;
  /** Messages of the errors, in the user's language. */
  readonly language?: Language;
}

export interface GeneratedFile extends RenderedDocument {
  readonly fileName: string;
}

/** The user stopped the batch; `done` documents were made before it stopped. */
export class BatchCancelledError extends Error {
  override readonly name = 'BatchCancelledError';
  constructor(
    readonly done: number,
    readonly total: number,
    language: Language = 'vi',
  ) {
    super(translate(language, 'doc.batch.cancelled', { done, total }));
  }
}

/** One document failed to build or render; the batch stops there (nothing is skipped silently). */
export class DocumentRenderError extends Error {
  override readonly name = 'DocumentRenderError';
  constructor(
    readonly fileName: string,
    override readonly cause: unknown,
    language: Language = 'vi',
  ) {
    super(
      translate(language, 'doc.batch.failed', {
        name: fileName,
        message: cause instanceof Error ? cause.message : String(cause),
      }),
    );
  }
}

/** Lets a browser repaint the progress bar between two documents (pdfmake works in one long task). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function checkCancelled(options: BatchOptions, done: number, total: number): void {
  if (options.signal?.aborted) throw new BatchCancelledError(done, total, options.language);
}

async function renderJob(
  render: RenderFn,
  job: DocumentJob,
  options: BatchOptions,
): Promise<RenderedDocument> {
  try {
    return await render(job.build());
  } catch (error) {
    throw new DocumentRenderError(job.fileName, error, options.language);
  }
}

/** Every job as its own file, file names made unique, in job order. */
export async function renderEach(
  render: RenderFn,
  jobs: readonly DocumentJob[],
  options: BatchOptions = {},
): Promise<GeneratedFile[]> {
  const names = uniqueFileNames(jobs.map((j) => j.fileName));
  const files: GeneratedFile[] = [];
  for (const [index, job] of jobs.entries()) {
    checkCancelled(options, files.length, jobs.length);
    const fileName = names[index] ?? job.fileName;
    const rendered = await renderJob(render, job, options);
    files.push({ ...rendered, fileName });
    options.onProgress?.({ done: files.length, total: jobs.length, fileName });
    await nextTurn();
  }
  return files;
}

/**
 * All jobs as one PDF for printing, each document on its own pages with its own page
 * numbers. Definitions are built one by one (progress: "prepared"), then laid out together;
 * the last progress report comes when the file is ready. Signature areas are not reported
 * (a combined file is for paper).
 */
export async function renderCombined(
  render: RenderFn,
  jobs: readonly DocumentJob[],
  fileName: string,
  options: BatchOptions = {},
): Promise<GeneratedFile> {
  const docs: TDocumentDefinitions[] = [];
  for (const job of jobs) {
    checkCancelled(options, docs.length, jobs.length);
    try {
      docs.push(job.build());
    } catch (error) {
      throw new DocumentRenderError(job.fileName, error, options.language);
    }
  }
  checkCancelled(options, 0, jobs.length);
  const rendered = await renderJob(
    render,
    { fileName, build: () => combineDocuments(docs, fileName.replace(/\.pdf$/i, '')) },
    options,
  );
  options.onProgress?.({ done: jobs.length, total: jobs.length, fileName });
  return { ...rendered, signatureAreas: [], fileName };
}
