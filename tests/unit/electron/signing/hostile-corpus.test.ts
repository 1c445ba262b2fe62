import { createPrivateKey, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SigningIdentity } from '../../../../electron/services/signing/identity';
import { PdfRef } from '../../../../electron/services/signing/pdf/objects';
import type { RevisionChange } from '../../../../electron/services/signing/revision-diff';
import { signPdf, type SignedPdf } from '../../../../electron/services/signing/sign-pdf';
import { verifyPdfSignatures, type VerificationReport } from '../../../../electron/services/signing/verify';
import {
  addNoteAnnotation,
  addOpenAction,
  addPage,
  contentsGap,
  hideUnderOverlay,
  incrementalUpdate,
  redefineContentStream,
  replaceFont,
  replacePageContent,
  substituteCertificate,
} from './helpers/attacks';
import { makeSigners, signByChairThenSecretary, SIGNED_AT, type Signers } from './helpers/fixtures';
import { makeMinutesPdf } from './helpers/minutes-pdf';
import { caDer, encipherOnly, sameKeyOtherName, selfSigned } from './helpers/more-certificates';
import { makeTestPki, type TestPki } from './helpers/test-pki';

/**
 * A hostile corpus, built from minutes signed in the test: each case is named as the attack it
 * is (Mainka et al., "Shadow Attacks" / "Incremental Saving Attacks" / "Signature Wrapping",
 * NDSS 2021 and USENIX 2019) and must get the right verdict: never "valid, not changed".
 */

let pki: TestPki;
let attackerPki: TestPki;
let signers: Signers;
let attacker: SigningIdentity;
let chair: SignedPdf;
let both: SignedPdf;
let anchors: Uint8Array[];

beforeAll(async () => {
  pki = makeTestPki();
  attackerPki = makeTestPki();
  signers = makeSigners(pki);
  attacker = makeSigners(attackerPki).secretary;
  ({ chair, both } = signByChairThenSecretary(await makeMinutesPdf(), signers));
  anchors = [caDer(pki)];
}, 60_000);
afterAll(() => {
  pki.dispose();
  attackerPki.dispose();
});

/** The second signature of an ISA: any key at all, here one from another CA. */
/** A .p12-like identity's key and the signature function that uses it (a Signer signs with its own key). */
function keyed(keyPem: string): Pick<SigningIdentity, 'privateKey' | 'signData'> {
  const privateKey = createPrivateKey(keyPem);
  return { privateKey, signData: (data) => new Uint8Array(sign('sha256', data, privateKey)) };
}

function signAgain(pdf: Uint8Array, identity: SigningIdentity = attacker): Uint8Array {
  return signPdf({
    pdf,
    identity,
    role: 'Thư ký',
    reason: 'Ký lại',
    location: 'Đà Lạt',
    signingTime: new Date(SIGNED_AT.getTime() + 10 * 60_000),
    rect: { x: 300, y: 300, width: 200, height: 64 },
  }).bytes;
}

const verify = (pdf: Uint8Array): VerificationReport =>
  verifyPdfSignatures(pdf, { trustAnchors: anchors, now: SIGNED_AT });

const kinds = (changes: readonly RevisionChange[]) => changes.map((c) => c.kind);

/** A verdict never contradicts itself: not valid ⇒ changed; unchanged ⇒ valid. */
function expectConsistent(report: VerificationReport): void {
  for (const s of report.signatures) {
    const valid = s.verdict === 'valid' || s.verdict === 'valid-later-revision-signed';
    expect(s.changedAfterSigning).toBe(!valid);
    if (s.verdict === 'invalid-signature' || s.verdict === 'malformed-signature') {
      expect(s.trust).not.toBe('trusted');
    }
  }
}

describe('the honest baseline', () => {
  test('chair then secretary: both valid, unchanged, both chains to the imported root', () => {
    const report = verify(both.bytes);
    expect(report.verdict).toBe('all-signatures-valid');
    expect(report.signatures.map((s) => [s.verdict, s.changes, s.trust])).toEqual([
      ['valid-later-revision-signed', [], 'trusted'],
      ['valid', [], 'trusted'],
    ]);
    expect(report.signatures[0]?.trustDetail.chain).toEqual([
      'Nguyễn Thị Hương, Hội đồng OCOP tỉnh Lâm Đồng',
      'OCOP Test CA, Test only',
    ]);
    expect(report.signatures[0]?.trustDetail.timeSource).toBe('claimed-signing-time');
    expectConsistent(report);
  });
});

describe('incremental saving attacks (ISA)', () => {
  test('ISA: page content replaced after the chair signed, then signed with any key → chair "changed after signing: content of page 1"', () => {
    const forged = signAgain(replacePageContent(chair.bytes, 0));
    const report = verify(forged);
    expect(report.verdict).toBe('changed-after-signing');
    const [first, second] = report.signatures;
    expect(first?.verdict).toBe('changed-after-signing');
    expect(first?.changes).toContainEqual({ kind: 'page-content', page: 1 });
    // The later signature is cryptographically fine, but it does not vouch for the chair's.
    expect(second?.verdict).toBe('valid');
    expect(second?.trust).toBe('untrusted');
    // Its CA has the same name as the office's, but it is not the imported one.
    expect(second?.trustDetail.problem).toBe('unknown-issuer');
    expectConsistent(report);
  });

  test('ISA: a page added after both signed → "1 page added"', () => {
    const report = verify(addPage(both.bytes));
    expect(report.signatures.map((s) => s.verdict)).toEqual([
      'changed-after-signing',
      'changed-after-signing',
    ]);
    expect(report.signatures[1]?.changes).toEqual([{ kind: 'pages-added', count: 1 }]);
    expectConsistent(report);
  });

  test('ISA: a page added, then signed again → the later signature does not hide it', () => {
    const report = verify(signAgain(addPage(both.bytes)));
    expect(report.signatures.map((s) => s.verdict)).toEqual([
      'changed-after-signing',
      'changed-after-signing',
      'valid',
    ]);
    expect(kinds(report.signatures[0]?.changes ?? [])).toContain('pages-added');
  });

  test('ISA: a sticky-note annotation added → "annotations on page 1"', () => {
    const report = verify(addNoteAnnotation(both.bytes, 0));
    expect(report.signatures[1]?.changes).toContainEqual({ kind: 'page-annotations', page: 1 });
  });

  test('ISA: the catalog gains an /OpenAction → "catalog changed"', () => {
    expect(kinds(verify(addOpenAction(both.bytes)).signatures[1]?.changes ?? [])).toContain('catalog');
  });

  test('ISA: an empty incremental update (a re-save that changes nothing) keeps both "unchanged"', () => {
    const resaved = incrementalUpdate(both.bytes, () => []);
    const report = verify(resaved);
    expect(report.signatures.map((s) => s.changes)).toEqual([[], []]);
  });
});

describe('shadow attacks', () => {
  test('shadow hide: an overlay appended to the signed page content → "content of page 1"', () => {
    const report = verify(signAgain(hideUnderOverlay(chair.bytes, 0)));
    expect(report.signatures[0]?.changes).toContainEqual({ kind: 'page-content', page: 1 });
    expect(report.signatures[0]?.verdict).toBe('changed-after-signing');
  });

  test('shadow replace: a font of the page redefined under the same object number → "resources of page 1"', () => {
    const report = verify(signAgain(replaceFont(chair.bytes, 0)));
    expect(report.signatures[0]?.changes).toContainEqual({ kind: 'page-resources', page: 1 });
  });

  test('shadow hide-and-replace: the signed content stream object itself redefined → "content of page 2"', () => {
    const report = verify(signAgain(redefineContentStream(chair.bytes, 1)));
    expect(report.signatures[0]?.changes).toContainEqual({ kind: 'page-content', page: 2 });
    expect(report.verdict).toBe('changed-after-signing');
  });
});

describe('signature wrapping (USF / SWA)', () => {
  test('SWA: /ByteRange edited to move the unsigned gap elsewhere → not valid', () => {
    const text = Buffer.from(chair.bytes).toString('latin1');
    const at = text.indexOf('/ByteRange [0 ') + '/ByteRange [0 '.length;
    const copy = Buffer.from(chair.bytes);
    // One digit of the first length: the gap no longer starts at "<".
    copy[at] = copy[at] === 0x31 ? 0x32 : 0x31;
    const report = verify(copy);
    expect(report.verdict).toBe('invalid-signature');
    expect(['malformed-signature', 'invalid-signature']).toContain(report.signatures[0]?.verdict);
    expectConsistent(report);
  });

  test('USF: the signature dictionary redefined in a later revision with a second /Contents → malformed + "signature replaced"', () => {
    const [start, end] = contentsGap(chair.bytes);
    const text = Buffer.from(chair.bytes).toString('latin1');
    const objStart = text.lastIndexOf(' obj', start);
    const header = /(\d+) (\d+)$/.exec(text.slice(objStart - 12, objStart));
    const num = Number(header?.[1]);
    const dictText = text.slice(objStart + 4, text.indexOf('endobj', end)).trim();
    const zeroed = dictText.replace(/\/Contents <[0-9a-fA-F]+>/, (m) =>
      m.replace(/[0-9a-fA-F](?=[0-9a-fA-F]*>)/g, '0'),
    );
    const forged = incrementalUpdate(chair.bytes, (file) => {
      void file;
      return [{ ref: new PdfRef(num, 0), body: { kind: 'raw', text: zeroed } }];
    });
    const report = verify(forged);
    expect(report.verdict).toBe('invalid-signature');
    expect(report.signatures[0]?.changes).toContainEqual({ kind: 'signature-replaced' });
    expect(report.signatures[1]?.verdict).toBe('malformed-signature');
    expectConsistent(report);
  });

  test('/ByteRange edit: the last length shortened by one → invalid', () => {
    const text = Buffer.from(chair.bytes).toString('latin1');
    const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\s*\]/.exec(text);
    if (m === null) throw new Error('no byte range');
    const d = Number(m[3]);
    const replaced = `/ByteRange [0 ${m[1]} ${m[2]} ${String(d - 1).padStart(String(d).length, '0')}`;
    const copy = Buffer.from(chair.bytes);
    copy.write(replaced, m.index, 'latin1');
    const report = verify(copy);
    expect(report.verdict).toBe('invalid-signature');
    expectConsistent(report);
  });
});

describe('certificate substitution', () => {
  test('a certificate swapped for one with the same public key and another name is refused', () => {
    const forgedCert = sameKeyOtherName(pki, 'signer1.key', 'Kẻ Mạo Danh');
    const report = verify(substituteCertificate(chair.bytes, forgedCert));
    const [s] = report.signatures;
    // The signature value still verifies with the key: only the signed attribute tells.
    expect(s?.signatureVerified).toBe(true);
    expect(s?.certificateBinding).toBe('mismatch');
    expect(s?.verdict).toBe('invalid-signature');
    expect(s?.trust).toBe('untrusted');
    expect(report.verdict).toBe('invalid-signature');
    expectConsistent(report);
  });

  test('a self-signed signer certificate is never trusted, even when imported as a trusted root', () => {
    const self = selfSigned(pki, 'Người Tự Ký');
    const identity: SigningIdentity = {
      ...signers.chair,
      ...keyed(self.keyPem),
      certificate: self.der,
      chain: [],
      commonName: 'Người Tự Ký',
      displayName: 'Người Tự Ký',
    };
    const signed = signAgain(chair.bytes, identity);
    const report = verifyPdfSignatures(signed, { trustAnchors: [...anchors, self.der], now: SIGNED_AT });
    expect(report.signatures[1]?.verdict).toBe('valid');
    expect(report.signatures[1]?.trust).toBe('untrusted');
    expect(report.signatures[1]?.trustDetail.problem).toBe('self-signed');
  });

  test('a certificate for key encipherment only → "wrong key usage"', () => {
    const enc = encipherOnly(pki, 'Khóa Mã Hóa');
    const identity: SigningIdentity = {
      ...signers.chair,
      ...keyed(enc.keyPem),
      certificate: enc.der,
      commonName: 'Khóa Mã Hóa',
      displayName: 'Khóa Mã Hóa',
    };
    const report = verify(signAgain(chair.bytes, identity));
    expect(report.signatures[1]?.trustDetail.problem).toBe('wrong-key-usage');
    expect(report.signatures[1]?.trust).toBe('untrusted');
  });

  test('a signing time claimed after the certificate expired → "expired at signing"', () => {
    const late = signPdf({
      pdf: chair.bytes,
      // The signing side refuses an expired certificate: the forger's tool does not.
      identity: { ...signers.secretary, notAfter: new Date(SIGNED_AT.getTime() + 400 * 86_400_000) },
      role: 'Thư ký',
      reason: 'Ký muộn',
      location: 'Đà Lạt',
      signingTime: new Date(SIGNED_AT.getTime() + 40 * 86_400_000),
      rect: { x: 56, y: 56, width: 200, height: 64 },
    }).bytes;
    const report = verify(late);
    expect(report.signatures[1]?.trustDetail).toMatchObject({
      status: 'untrusted',
      problem: 'expired-at-signing',
      timeSource: 'claimed-signing-time',
    });
  });

  test('no trusted root imported for this CA → "unknown issuer"', () => {
    const report = verifyPdfSignatures(both.bytes, { trustAnchors: [selfSigned(pki, 'Một CA khác').der] });
    expect(report.signatures.map((s) => s.trustDetail.problem)).toEqual(['unknown-issuer', 'unknown-issuer']);
  });
});

describe('truncations and appended bytes', () => {
  test('truncated inside the secretary revision → the secretary signature is malformed, the chair one changed', () => {
    const cut = both.bytes.subarray(0, both.bytes.length - 100);
    const report = verify(cut);
    expect(report.verdict).toBe('invalid-signature');
    // Its byte range now reaches past the end of the file.
    expect(report.signatures[1]?.verdict).toBe('malformed-signature');
    expect(report.signatures[0]?.verdict).toBe('changed-after-signing');
    expectConsistent(report);
  });

  test('truncated exactly at the end of the chair revision → the chair signature alone, valid (that is what was signed)', () => {
    const report = verify(both.bytes.subarray(0, chair.bytes.length));
    expect(report.signatures.map((s) => s.verdict)).toEqual(['valid']);
  });

  test('appended bytes that are not a revision → "data appended after signing"', () => {
    const appended = Buffer.concat([
      Buffer.from(both.bytes),
      Buffer.from('\n% sửa sau khi ký\n(Điểm đã sửa)\n'),
    ]);
    const report = verify(appended);
    expect(report.signatures.map((s) => kinds(s.changes))).toEqual([['appended-data'], ['appended-data']]);
    expect(report.verdict).toBe('changed-after-signing');
  });

  test('a trailing line break after %%EOF changes nothing', () => {
    const report = verify(Buffer.concat([Buffer.from(both.bytes), Buffer.from('\r\n')]));
    expect(report.signatures.map((s) => s.verdict)).toEqual(['valid-later-revision-signed', 'valid']);
  });
});

describe('linear work on crafted files', () => {
  test('240 kB of "N 0 obj" headers and /ByteRange keys (40 s before the fix) is read in well under a second of work', () => {
    const crafted = Buffer.from(`%PDF-1.7\n${'x obj/ByteRange[0 1 2 3]'.repeat(10_000)}`);
    const started = process.cpuUsage();
    const report = verifyPdfSignatures(crafted);
    const used = process.cpuUsage(started);
    expect(report.verdict).toBe('invalid-signature');
    // CPU time, not wall time: generous (≈ 50 ms here), and 100× below the quadratic scan.
    expect((used.user + used.system) / 1000).toBeLessThan(4000);
  });

  test('one long hex string pointed at by 5 000 byte ranges costs one scan', () => {
    const hex = 'ab'.repeat(100_000);
    const pad = (n: number): string => String(n).padStart(10, '0');
    const ranges = (b: number): string[] =>
      Array.from(
        { length: 5_000 },
        (_, i) => `${i + 2} 0 obj << /ByteRange [0 ${pad(b)} ${pad(b + hex.length + 2)} 0] >>\n`,
      );
    const head = `%PDF-1.7\n${ranges(0).join('')}1 0 obj << /Contents `;
    const parts = [`%PDF-1.7\n`, ...ranges(head.length), `1 0 obj << /Contents <${hex}> >>\n`];
    const crafted = Buffer.from(parts.join(''));
    const started = process.cpuUsage();
    verifyPdfSignatures(crafted);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(4000);
  });
});
