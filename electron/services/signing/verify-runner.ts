import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sha256Hex } from './hash';
import type { VerificationReport } from './verify';

/** What the worker receives. Plain data: it crosses the thread boundary by structured clone. */
export interface VerifyJob {
  readonly pdf: Uint8Array;
  readonly knownHashes: readonly string[];
  /** Undefined: this host keeps no trusted roots (origin not checked). */
  readonly trustAnchors: readonly Uint8Array[] | undefined;
  /** ISO 8601: the time of verification. */
  readonly now: string;
}

export type PdfVerifier = (job: VerifyJob) => Promise<VerificationReport>;

/** Larger than any minutes (a few hundred kB); a file beyond this is not read at all. */
export const MAX_VERIFY_BYTES = 50 * 1024 * 1024;
/** Generous: the minutes of a round verify in well under a second each. */
export const VERIFY_TIME_BUDGET_MS = 20_000;

/** The worker could not be started or died: a bug or a broken install, not the file's fault. */
export class VerifierFailed extends Error {
  override readonly name = 'VerifierFailed';
}

export const WORKER_FILE = 'verify-worker.cjs';

/**
 * How to start the worker. The bundles (main.cjs, web-host.cjs) find verify-worker.cjs beside
 * them; source runs (tests, tsx) load the TypeScript entry through tsx's require hook.
 */
export function defaultWorkerStart(
  bundleDir: string | undefined = typeof __dirname === 'string' ? __dirname : undefined,
): () => Worker {
  const beside = bundleDir === undefined ? undefined : path.join(bundleDir, WORKER_FILE);
  // Packaged: the worker is unpacked beside app.asar (electron-builder.yml, asarUnpack).
  const unpacked = beside?.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  if (unpacked !== undefined && unpacked !== beside && existsSync(unpacked))
    return () => new Worker(unpacked);
  if (beside !== undefined && existsSync(beside)) return () => new Worker(beside);
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const source = path.join(path.dirname(here), 'verify-worker.ts');
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`;
  return () => new Worker(code, { eval: true });
}

const overBudget = (job: VerifyJob, verdict: 'too-large' | 'over-budget'): VerificationReport => ({
  verdict,
  sha256: sha256Hex(job.pdf),
  matchesKnownHash: false,
  signatures: [],
});

/**
 * Verification in a worker thread, one per file, with a size limit and a time budget. A file
 * over either gets a verdict that says so (never a frozen window, never a half answer).
 */
export function workerVerifier(
  options: { readonly start?: () => Worker; readonly budgetMs?: number; readonly maxBytes?: number } = {},
): PdfVerifier {
  const start = options.start ?? defaultWorkerStart();
  const budgetMs = options.budgetMs ?? VERIFY_TIME_BUDGET_MS;
  const maxBytes = options.maxBytes ?? MAX_VERIFY_BYTES;
  return (job) => {
    if (job.pdf.byteLength > maxBytes) return Promise.resolve(overBudget(job, 'too-large'));
    return new Promise<VerificationReport>((resolve, reject) => {
      const worker = start();
      let settled = false;
      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
        void worker.terminate();
      };
      const timer = setTimeout(() => finish(() => resolve(overBudget(job, 'over-budget'))), budgetMs);
      worker.once('message', (report: VerificationReport) => finish(() => resolve(report)));
      worker.once('error', (error) =>
        finish(() => reject(new VerifierFailed('verification worker failed', { cause: error }))),
      );
      worker.once('exit', (code) =>
        finish(() => reject(new VerifierFailed(`verification worker exited (${code}) without an answer`))),
      );
      worker.postMessage(job);
    });
  };
}
