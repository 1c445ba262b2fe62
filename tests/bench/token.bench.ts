/**
 * Issue 10: the 141 minutes of a round signed twice with USB tokens (SoftHSM2): the chair on
 * an RSA-2048 token, then the secretary on a P-256 token, each batch logging in ONCE (one PIN,
 * one session for the 141 documents, logged out at the end), signatures made on the token.
 * The minutes are rendered in the prepare step (not timed: minutes.bench.ts times that).
 * Needs `softhsm2` and `opensc` (Debian); without them the benchmark says so and is skipped.
 */
import { signPdf } from '../../electron/services/signing';
import { loadSigningFont } from '../../electron/ipc/signing-font';
import { TokenService } from '../../electron/services/signing/token/token-service';
import { minutesDocument } from '../../renderer/src/domain/documents/minutes';
import { nodeRenderer } from '../../renderer/src/documents/node';
import type { RenderedDocument } from '../../renderer/src/documents/render-core';
import { withAuditFooter } from '../../renderer/src/features/minutes/minutes-data';
import { minutesInputFor, product, qualities } from '../fixtures/documents/round';
import { makeSoftHsm, SOFTHSM_MODULE, softHsmMissing } from '../unit/electron/signing/helpers/softhsm';
import { docWords } from '../../renderer/src/documents/words';
import type { Benchmark } from './bench';

const PRODUCTS = 141;
const HEAD = '5f'.repeat(32);

async function renderRound(): Promise<RenderedDocument[]> {
  const renderer = nodeRenderer();
  const made: RenderedDocument[] = [];
  for (let i = 0; i < PRODUCTS; i += 1) {
    const quality = 0.3 + ((i * 37) % 70) / 100;
    const input = await minutesInputFor({
      product: product(i + 1, `Sản phẩm ${i + 1}`),
      sheetNo: (i % 26) + 1,
      passes: [qualities(quality, 0.03)],
    });
    made.push(await renderer.render(withAuditFooter(minutesDocument(input, docWords('vi')), HEAD)));
  }
  return made;
}

const missing = softHsmMissing();

export const benchmarks: Benchmark[] =
  missing !== null
    ? (console.log(`token.bench: skipped, ${missing}`), [])
    : [
        {
          name: `${PRODUCTS} minutes signed twice with USB tokens (chair RSA-2048, secretary P-256; one PIN per batch)`,
          prepare: async () => {
            const hsm = makeSoftHsm();
            hsm.addToken('CHU TICH', '1234');
            hsm.addKey('CHU TICH', '1234', { id: '01', kind: 'rsa', commonName: 'Nguyễn Văn Thắng' });
            hsm.addToken('THU KY', '5678');
            hsm.addKey('THU KY', '5678', { id: '02', kind: 'ec', commonName: 'Lê Hoàng Phúc' });
            const tokens = new TokenService();
            const listed = tokens.listTokens(SOFTHSM_MODULE, new Date(Date.now() + 60_000));
            const serialOf = (label: string): string => listed.find((t) => t.label === label)?.serial ?? '';
            const minutes = await renderRound();
            const font = loadSigningFont();
            return () => {
              const at = new Date(Date.now() + 60_000);
              let signed = minutes.map((m) => m.bytes);
              for (const [role, label, id, pin] of [
                ['chair', 'CHU TICH', '01', '1234'],
                ['secretary', 'THU KY', '02', '5678'],
              ] as const) {
                const session = tokens.openSession(
                  { libraryPath: SOFTHSM_MODULE, tokenSerial: serialOf(label), certificateId: id, pin },
                  at,
                );
                try {
                  signed = signed.map((pdf, i) => {
                    const area = minutes[i]?.signatureAreas.find((a) => a.role === role);
                    return signPdf({
                      pdf,
                      identity: session.signer,
                      role: role === 'chair' ? 'Chủ tịch Hội đồng' : 'Thư ký',
                      reason: 'Ký biên bản đánh giá, phân hạng sản phẩm OCOP',
                      location: 'Tây Ninh',
                      signingTime: at,
                      font,
                      ...(area === undefined ? {} : { page: area.pageIndex + 1, rect: area.rect }),
                    }).bytes;
                  });
                } finally {
                  tokens.closeSession(session.sessionId);
                }
              }
              return signed.reduce((sum, bytes) => sum + bytes.length, 0);
            };
          },
          iterations: 3,
          warmup: 1,
          targetMs: 30_000,
        },
      ];
