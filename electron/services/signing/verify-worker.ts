import { parentPort } from 'node:worker_threads';
import { verifyPdfSignatures } from './verify';
import type { VerifyJob } from './verify-runner';

/**
 * Entry of the verification worker thread (bundled as dist-electron/verify-worker.cjs): one
 * job in, one report out. It runs off the main process, so a slow or hostile file never
 * freezes the window; the runner terminates it when it goes over its time budget.
 */
parentPort?.once('message', (job: VerifyJob) => {
  const report = verifyPdfSignatures(job.pdf, {
    knownHashes: job.knownHashes,
    now: new Date(job.now),
    ...(job.trustAnchors === undefined ? {} : { trustAnchors: job.trustAnchors }),
  });
  parentPort?.postMessage(report);
});
