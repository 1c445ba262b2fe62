/**
 * Issue 5's batch target: the minutes of a round of 141 products × 9 members, GENERATED (the
 * app's Node rendering, with the audit head in the footer as the minutes screen prints it)
 * AND SIGNED by the chair then the secretary (PAdES B-B, incremental, each box where the
 * layout put that role's signature area). Target: the whole batch under 30 s on 2 cores.
 * The certificates are made with openssl in a temp folder by the prepare step (not timed).
 */
import { readSigningIdentity, signPdf, type SigningIdentity } from '../../electron/services/signing';
import { signWithCertificate } from '../../electron/ipc/signing-handlers';
import { loadSigningFont } from '../../electron/ipc/signing-font';
import { minutesDocument } from '../../renderer/src/domain/documents/minutes';
import type { MinutesInput } from '../../renderer/src/domain/documents/types';
import { nodeRenderer } from '../../renderer/src/documents/node';
import type { RenderedDocument } from '../../renderer/src/documents/render-core';
import { withAuditFooter } from '../../renderer/src/features/minutes/minutes-data';
import { minutesInputFor, product, qualities, type ProductPlan } from '../fixtures/documents/round';
import { makeTestPki } from '../unit/electron/signing/helpers/test-pki';
import type { Benchmark } from './bench';
import { docWords } from '../../renderer/src/documents/words';

const PRODUCTS = 141;
/** Documents per run of the warm rendering row: milliseconds per run ÷ this = per document. */
const WARM_SAMPLE = 60;
const HEAD = '5f'.repeat(32);
const NAMES = [
  'Mật ong hoa nhãn',
  'Nước mắm cá cơm',
  'Bánh tráng phơi sương',
  'Muối tôm Tây Ninh',
  'Trà mãng cầu',
  'Homestay Suối Đá',
];

function plans(): ProductPlan[] {
  return Array.from({ length: PRODUCTS }, (_, i) => {
    const quality = 0.3 + ((i * 37) % 70) / 100;
    const rescored = i % 7 === 3;
    return {
      product: product(i + 1, `${NAMES[i % NAMES.length] ?? 'Sản phẩm'} ${i + 1}`),
      sheetNo: (i % 26) + 1,
      passes: rescored ? [qualities(quality, 0.1), { m1: quality, m4: quality }] : [qualities(quality, 0.03)],
      ...(i % 20 === 9 && { disqualified: 'Hồ sơ đăng ký không đầy đủ theo quy định.' }),
    };
  });
}

interface Signers {
  readonly chair: SigningIdentity;
  readonly secretary: SigningIdentity;
  readonly chairP12: Uint8Array;
}

let prepared: Promise<{ inputs: MinutesInput[]; signers: Signers }> | undefined;

function prepare(): Promise<{ inputs: MinutesInput[]; signers: Signers }> {
  prepared ??= (async () => {
    const inputs = await Promise.all(plans().map((plan) => minutesInputFor(plan)));
    const pki = makeTestPki();
    try {
      const chairP12 = pki.issueP12({
        commonName: 'Nguyễn Văn Thắng',
        organization: 'Hội đồng OCOP tỉnh Tây Ninh',
        password: 'chu-tich',
      });
      const secretaryP12 = pki.issueP12({ commonName: 'Lê Hoàng Phúc', password: 'thu-ky' });
      const now = new Date();
      return {
        inputs,
        signers: {
          chair: readSigningIdentity(chairP12, 'chu-tich', now),
          secretary: readSigningIdentity(secretaryP12, 'thu-ky', now),
          chairP12,
        },
      };
    } finally {
      pki.dispose();
    }
  })();
  return prepared;
}

const renderer = nodeRenderer();
const font = loadSigningFont();

function signBoth(made: RenderedDocument, signers: Signers, at: Date): Uint8Array {
  let bytes = made.bytes;
  for (const role of ['chair', 'secretary'] as const) {
    const area = made.signatureAreas.find((a) => a.role === role);
    bytes = signPdf({
      pdf: bytes,
      identity: signers[role],
      role: role === 'chair' ? 'Chủ tịch Hội đồng' : 'Thư ký',
      reason: 'Ký biên bản đánh giá, phân hạng sản phẩm OCOP',
      location: 'Tây Ninh',
      signingTime: at,
      font,
      ...(area === undefined ? {} : { page: area.pageIndex + 1, rect: area.rect }),
    }).bytes;
  }
  return bytes;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'one signature through the signPdf channel (open the .p12 + sign a minutes PDF)',
    prepare: async () => {
      const { inputs, signers } = await prepare();
      const first = inputs[0];
      if (first === undefined) throw new Error('no input');
      const made = await renderer.render(withAuditFooter(minutesDocument(first, docWords('vi')), HEAD));
      return () => {
        const outcome = signWithCertificate(
          {
            pdf: made.bytes,
            p12: signers.chairP12,
            password: 'chu-tich',
            role: 'chair',
            reason: 'Ký biên bản',
            location: 'Tây Ninh',
          },
          { now: () => new Date(), font: () => font },
        );
        if (!outcome.signed) throw new Error(outcome.reason);
        return outcome.bytes.length;
      };
    },
    iterations: 20,
  },
  {
    // Rendering alone, as one render worker does it once warm (issue 13's per-document budget:
    // about 30 ms for the Node path to be 5× LibreOffice). The batch row below is the cold
    // figure: a worker's first dozens of documents cost more while the JIT warms up.
    name: `minutes rendering alone, one thread, warm: ${WARM_SAMPLE} documents per run`,
    prepare: async () => {
      const { inputs } = await prepare();
      const sample = inputs.slice(0, WARM_SAMPLE);
      const render = (input: MinutesInput) =>
        renderer.render(withAuditFooter(minutesDocument(input, docWords('vi')), HEAD));
      for (const input of sample) await render(input);
      return async () => {
        let bytes = 0;
        for (const input of sample) bytes += (await render(input)).bytes.length;
        return bytes;
      };
    },
    warmup: 1,
    iterations: 5,
    targetMs: 30 * WARM_SAMPLE,
  },
  {
    name: `minutes of ${PRODUCTS} products × 9 members, generated and signed by chair and secretary`,
    prepare: async () => {
      const { inputs, signers } = await prepare();
      return async () => {
        const start = performance.now();
        let rendering = 0;
        let signing = 0;
        let bytes = 0;
        const at = new Date();
        for (const input of inputs) {
          const t0 = performance.now();
          const made = await renderer.render(withAuditFooter(minutesDocument(input, docWords('vi')), HEAD));
          const t1 = performance.now();
          bytes += signBoth(made, signers, at).length;
          rendering += t1 - t0;
          signing += performance.now() - t1;
        }
        const ms = performance.now() - start;
        const n = inputs.length;
        console.log(
          `minutes: ${n} documents generated and signed twice in ${ms.toFixed(0)} ms = ${(ms / n).toFixed(1)} ms per document ` +
            `(rendering ${(rendering / n).toFixed(1)} ms, two signatures ${(signing / n).toFixed(1)} ms); ${(bytes / 1024 / 1024).toFixed(1)} MB`,
        );
        return bytes;
      };
    },
    warmup: 0,
    iterations: 1,
    targetMs: 30_000,
  },
];
