import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { workerVerifier } from '../../../../electron/services/signing/verify-runner';
import { makeSigners, signByChairThenSecretary } from './helpers/fixtures';
import { makeMinutesPdf } from './helpers/minutes-pdf';
import { makeTestPki, type TestPki } from './helpers/test-pki';

/**
 * Verification never blocks the host: it runs in a worker thread, a file over the size
 * limit is not read, and a check over its time budget is stopped with a verdict that says so.
 */

let pki: TestPki;
let signed: Uint8Array;

beforeAll(async () => {
  pki = makeTestPki();
  signed = signByChairThenSecretary(await makeMinutesPdf(), makeSigners(pki)).both.bytes;
}, 60_000);
afterAll(() => pki.dispose());

const job = (pdf: Uint8Array) => ({ pdf, knownHashes: [], trustAnchors: [], now: new Date().toISOString() });

describe('workerVerifier', () => {
  test('verifies in a worker thread and answers the same report as in-process', async () => {
    const report = await workerVerifier()(job(signed));
    expect(report.verdict).toBe('all-signatures-valid');
    expect(report.signatures.map((s) => [s.verdict, s.trust, s.trustDetail.problem])).toEqual([
      ['valid-later-revision-signed', 'untrusted', 'unknown-issuer'],
      ['valid', 'untrusted', 'unknown-issuer'],
    ]);
  }, 60_000);

  test('a file over the size limit gets "too-large" without being read', async () => {
    let started = 0;
    const verify = workerVerifier({
      maxBytes: 1000,
      start: () => {
        started += 1;
        return new Worker('', { eval: true });
      },
    });
    expect((await verify(job(signed))).verdict).toBe('too-large');
    expect(started).toBe(0);
  });

  test('a check over its time budget is stopped: "over-budget", and the host stays responsive', async () => {
    // A worker that never answers stands for a file that takes forever.
    const verify = workerVerifier({
      budgetMs: 300,
      start: () => new Worker('setInterval(() => {}, 1000)', { eval: true }),
    });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 20);
    const report = await verify(job(signed));
    clearInterval(timer);
    expect(report.verdict).toBe('over-budget');
    expect(report.signatures).toEqual([]);
    expect(ticks).toBeGreaterThan(3); // the event loop kept running meanwhile
  });

  test('a worker that dies is an error, not a verdict', async () => {
    const verify = workerVerifier({ start: () => new Worker('process.exit(3)', { eval: true }) });
    await expect(verify(job(signed))).rejects.toThrow(/exited \(3\)/);
  });
});
