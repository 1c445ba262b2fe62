import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CertificateSessions,
  SigningSessionClosed,
} from '../../../../electron/services/signing/certificate-sessions';
import { WrongCertificatePassword } from '../../../../electron/services/signing/errors';
import { verifyPdfSignatures } from '../../../../electron/services/signing/verify';
import { loadSigningFont } from '../../../../electron/ipc/signing-font';
import {
  closeSigningSession,
  openCertificateSession,
  signPdfWithToken,
  signPdfsWithToken,
  type TokenDeps,
} from '../../../../electron/ipc/token-handlers';
import { TokenService } from '../../../../electron/services/signing/token/token-service';
import { makeMinutesPdf } from './helpers/minutes-pdf';
import { pdfsig } from './helpers/poppler';
import { makeTestPki, type TestPki } from './helpers/test-pki';

/**
 * Issue 13: a .p12 opened once for a batch. The key lives in the host's memory for the batch
 * only (closed at the end or after the idle time), the file's bytes are zeroised once read,
 * and a document signed in a session is the same PAdES signature as one signed with the file.
 */

let pki: TestPki;
let p12: Uint8Array;
let minutes: Uint8Array;
const PASSWORD = 'mật khẩu chủ tịch';

beforeAll(async () => {
  pki = makeTestPki();
  p12 = pki.issueP12({ commonName: 'Nguyễn Văn Thắng', password: PASSWORD });
  minutes = await makeMinutesPdf();
}, 120_000);
afterAll(() => pki.dispose());

function deps(certificates: CertificateSessions): TokenDeps {
  const font = loadSigningFont();
  return {
    now: () => new Date(),
    font: () => font,
    settings: { get: () => ({ language: 'vi' }) } as unknown as TokenDeps['settings'],
    tokens: new TokenService(),
    certificates,
  };
}

const job = (session: string, pdf: Uint8Array, role: 'chair' | 'secretary' = 'chair') => ({
  session,
  pdf,
  role,
  reason: 'Ký biên bản',
  location: 'Tây Ninh',
  box: { page: 1, x: 300, y: 80, width: 180, height: 54 },
});

describe('CertificateSessions', () => {
  test('opens once, zeroises the file bytes, signs many documents, forgets the key on close', () => {
    const sessions = new CertificateSessions();
    const copy = new Uint8Array(p12);
    const { sessionId, signer } = sessions.open(copy, PASSWORD, new Date());
    expect(signer.commonName).toBe('Nguyễn Văn Thắng');
    expect(copy.every((b) => b === 0)).toBe(true);
    expect(sessions.signerOf(sessionId)).toBe(signer);
    sessions.close(sessionId);
    expect(sessions.openCount).toBe(0);
    expect(() => sessions.signerOf(sessionId)).toThrow(SigningSessionClosed);
    sessions.close(sessionId); // closing twice is fine
  });

  test('a wrong password opens nothing and still zeroises the bytes', () => {
    const sessions = new CertificateSessions();
    const copy = new Uint8Array(p12);
    expect(() => sessions.open(copy, 'sai mật khẩu', new Date())).toThrow(WrongCertificatePassword);
    expect(copy.every((b) => b === 0)).toBe(true);
    expect(sessions.openCount).toBe(0);
  });

  test('a session left open closes by itself after the idle time', async () => {
    const sessions = new CertificateSessions({ idleTimeoutMs: 30 });
    const { sessionId } = sessions.open(new Uint8Array(p12), PASSWORD, new Date());
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(() => sessions.signerOf(sessionId)).toThrow(SigningSessionClosed);
  });
});

describe('the host calls: openCertificateSession → signPdfWithToken × N → closeTokenSession', () => {
  test('documents signed in one session are valid signatures by the certificate; after close, refused', () => {
    const d = deps(new CertificateSessions());
    const opened = openCertificateSession({ p12: new Uint8Array(p12), password: PASSWORD }, d);
    if (!opened.opened) throw new Error(opened.reason);
    expect(opened.signer.name).toBe('Nguyễn Văn Thắng');
    const signed = [1, 2, 3].map(() => {
      const outcome = signPdfWithToken(job(opened.session, minutes), d);
      if (!outcome.signed) throw new Error(outcome.reason);
      return outcome.bytes;
    });
    for (const bytes of signed) {
      const report = verifyPdfSignatures(bytes, {});
      expect(report.verdict).toBe('all-signatures-valid');
      expect(report.signatures[0]?.signerCommonName).toBe('Nguyễn Văn Thắng');
    }
    const { signatures } = pdfsig(signed[0] ?? new Uint8Array(), pki.nssDir());
    expect(signatures[0]).toMatchObject({ valid: true, totalDocumentSigned: true, trusted: true });
    closeSigningSession(opened.session, d);
    expect(signPdfWithToken(job(opened.session, minutes), d)).toEqual({
      signed: false,
      reason: 'signing-session-closed',
    });
  });

  test('signPdfsWithToken: a group in one call, each document signed in its own box; the first refusal ends the group', () => {
    const d = deps(new CertificateSessions());
    const opened = openCertificateSession({ p12: new Uint8Array(p12), password: PASSWORD }, d);
    if (!opened.opened) throw new Error(opened.reason);
    const group = (role: 'chair' | 'secretary', pdfs: readonly Uint8Array[]) => {
      const { reason, location, box } = job(opened.session, minutes, role);
      return {
        session: opened.session,
        role,
        reason,
        location,
        documents: pdfs.map((pdf) => ({ pdf, box })),
      };
    };
    const bytesOf = (outcomes: ReturnType<typeof signPdfsWithToken>): Uint8Array[] =>
      outcomes.map((o) => {
        if (!o.signed) throw new Error(o.reason);
        return o.bytes;
      });
    const chair = bytesOf(signPdfsWithToken(group('chair', [minutes, minutes]), d));
    const both = bytesOf(signPdfsWithToken(group('secretary', chair), d));
    expect(both).toHaveLength(2);
    for (const [i, bytes] of both.entries()) {
      // The secretary's signature is an incremental update of the chair's very file.
      expect(Buffer.from(bytes.subarray(0, chair[i]?.length)).equals(Buffer.from(chair[i] ?? []))).toBe(true);
      const report = verifyPdfSignatures(bytes, {});
      expect(report.verdict).toBe('all-signatures-valid');
      expect(report.signatures).toHaveLength(2);
    }
    // A damaged second document: the first is signed, the refusal is the last outcome, the third is left.
    const outcomes = signPdfsWithToken(
      group('chair', [minutes, new TextEncoder().encode('not a pdf'), minutes]),
      d,
    );
    expect(outcomes.map((o) => o.signed)).toEqual([true, false]);
    expect(outcomes[1]).toEqual({ signed: false, reason: 'unsupported-pdf' });
    closeSigningSession(opened.session, d);
    expect(signPdfsWithToken(group('chair', [minutes, minutes]), d)).toEqual([
      { signed: false, reason: 'signing-session-closed' },
    ]);
  });

  test('a wrong password is an answer the person can fix, with no session', () => {
    const certificates = new CertificateSessions();
    expect(openCertificateSession({ p12: new Uint8Array(p12), password: 'x' }, deps(certificates))).toEqual({
      opened: false,
      reason: 'wrong-certificate-password',
    });
    expect(certificates.openCount).toBe(0);
  });
});
