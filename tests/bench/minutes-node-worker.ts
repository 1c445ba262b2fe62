/**
 * One of the Node path's two worker threads in libreoffice.bench.ts (issue 13: both cores, as
 * the app's two render workers): renders its share of the minutes and signs each by the chair
 * then the secretary. Started and warmed (modules loaded, one document rendered) before the
 * timing; each 'go' message carries a share and is answered with the unsigned renderings
 * (the comparison builds LibreOffice's .docx from their text).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSigningIdentity, signPdf } from '../../electron/services/signing';
import { loadSigningFont } from '../../electron/ipc/signing-font';
import { minutesDocument } from '../../renderer/src/domain/documents/minutes';
import type { MinutesInput } from '../../renderer/src/domain/documents/types';
import { nodeRenderer } from '../../renderer/src/documents/node';
import { docWords } from '../../renderer/src/documents/words';
import { withAuditFooter } from '../../renderer/src/features/minutes/minutes-footer';
import { ensureAllWords } from '../../renderer/src/i18n/translate';

export interface NodeWorkerSetup {
  readonly head: string;
  readonly signers: readonly {
    readonly role: 'chair' | 'secretary';
    readonly p12: Uint8Array;
    readonly password: string;
  }[];
  readonly warmWith: MinutesInput;
}

const setup = workerData as NodeWorkerSetup;
const renderer = nodeRenderer();
const font = loadSigningFont();
const signers = setup.signers.map((s) => ({
  role: s.role,
  identity: readSigningIdentity(s.p12, s.password, new Date(Date.now() + 60_000)),
}));

async function generateAndSign(input: MinutesInput): Promise<Uint8Array> {
  const made = await renderer.render(withAuditFooter(minutesDocument(input, docWords('vi')), setup.head));
  let bytes = made.bytes;
  for (const { role, identity } of signers) {
    const area = made.signatureAreas.find((a) => a.role === role);
    bytes = signPdf({
      pdf: bytes,
      identity,
      role,
      reason: 'Ký biên bản',
      location: 'Tây Ninh',
      signingTime: new Date(Date.now() + 60_000),
      font,
      ...(area === undefined ? {} : { page: area.pageIndex + 1, rect: area.rect }),
    }).bytes;
  }
  if (bytes.byteLength <= made.bytes.byteLength) throw new Error('signing added nothing');
  return made.bytes;
}

await ensureAllWords(); // this thread's own catalog: the documents' words load on demand
await generateAndSign(setup.warmWith);
parentPort?.postMessage({ ready: true });
parentPort?.on('message', (share: readonly MinutesInput[]) => {
  void (async () => {
    const rendered: Uint8Array[] = [];
    for (const input of share) rendered.push(await generateAndSign(input));
    parentPort?.postMessage({ rendered });
  })();
});
