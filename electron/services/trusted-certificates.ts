import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { oneAtATime } from './one-at-a-time';
import { readJsonFile, type JsonFileProblem } from './json-file';
import {
  CertificateFileUnreadable,
  readCertificateFile,
  summarizeCertificate,
  type CertificateSummary,
} from './signing/certificate-files';

/**
 * The certificates an office trusts as roots of the signatures it verifies (its CA's root, or
 * an intermediate it chose to trust), kept Node-side in `<data folder>/trusted-certificates.json`
 * and written atomically. Only CA certificates are accepted: trusting a person's own
 * certificate would let anyone with that name's look-alike pass.
 */
export const TRUSTED_CERTIFICATES_FILE = 'trusted-certificates.json';

export interface TrustedCertificate extends CertificateSummary {
  /** ISO 8601: when this laptop's user imported it. */
  readonly addedAt: string;
}

export type ImportRefusal = 'unreadable' | 'not-a-ca';

export type ImportOutcome =
  | {
      readonly imported: true;
      readonly added: readonly TrustedCertificate[];
      /** Already in the list (same fingerprint): nothing to do. */
      readonly alreadyTrusted: number;
      /** Certificates of the file that are not CA certificates (left out). */
      readonly skippedNotCa: number;
    }
  | { readonly imported: false; readonly reason: ImportRefusal };

const fileSchema = z.strictObject({
  version: z.literal(1),
  certificates: z
    .array(z.strictObject({ der: z.string().max(2_000_000), addedAt: z.string().max(40) }))
    .max(10_000),
});

interface Stored {
  readonly der: Uint8Array;
  readonly summary: TrustedCertificate;
}

export interface TrustedCertificateStore {
  list(): readonly TrustedCertificate[];
  /** DER of every trusted certificate, for the verifier. */
  anchors(): readonly Uint8Array[];
  import(bytes: Uint8Array, now: Date): Promise<ImportOutcome>;
  /** False when no certificate has that fingerprint. */
  remove(fingerprint: string): Promise<boolean>;
}

export type TrustStoreProblem = JsonFileProblem | { readonly kind: 'invalid'; readonly cause: unknown };

export async function openTrustedCertificateStore(
  dataDir: string,
  onProblem: (problem: TrustStoreProblem) => void,
): Promise<TrustedCertificateStore> {
  const filePath = path.join(dataDir, TRUSTED_CERTIFICATES_FILE);
  let damaged = false;
  const reportDamage = (problem: TrustStoreProblem): void => {
    damaged = problem.kind !== 'unreadable' || damaged;
    onProblem(problem);
  };
  const raw = await readJsonFile(filePath, reportDamage);
  let current: Stored[] = [];
  if (raw !== undefined) {
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) reportDamage({ kind: 'invalid', cause: parsed.error });
    else {
      for (const entry of parsed.data.certificates) {
        try {
          const der = new Uint8Array(Buffer.from(entry.der, 'base64'));
          current.push({ der, summary: { ...summarizeCertificate(der), addedAt: entry.addedAt } });
        } catch (cause) {
          reportDamage({ kind: 'invalid', cause });
        }
      }
    }
  }

  const inTurn = oneAtATime();
  const save = async (next: Stored[]): Promise<void> => {
    if (damaged) {
      // Keep what could not be read beside it rather than overwrite it.
      await copyFile(filePath, `${filePath}.damaged-${Date.now()}`);
      damaged = false;
    }
    const body = {
      version: 1,
      certificates: next.map((s) => ({
        der: Buffer.from(s.der).toString('base64'),
        addedAt: s.summary.addedAt,
      })),
    };
    await writeFileAtomic(filePath, `${JSON.stringify(body, null, 2)}\n`);
    current = next;
  };

  return {
    list: () => current.map((s) => s.summary),
    anchors: () => current.map((s) => s.der),
    import: (bytes, now) => inTurn(() => importCertificates(bytes, now)),
    remove: (fingerprint) =>
      inTurn(async () => {
        const next = current.filter((s) => s.summary.fingerprint !== fingerprint);
        if (next.length === current.length) return false;
        await save(next);
        return true;
      }),
  };

  // A change reads `current` in its turn: an import and a removal at once never lose one.
  async function importCertificates(bytes: Uint8Array, now: Date): Promise<ImportOutcome> {
    let ders: Uint8Array[];
    try {
      ders = readCertificateFile(bytes);
    } catch (error) {
      if (error instanceof CertificateFileUnreadable) return { imported: false, reason: 'unreadable' };
      throw error;
    }
    const summaries: { der: Uint8Array; summary: CertificateSummary }[] = [];
    for (const der of ders) {
      try {
        summaries.push({ der, summary: summarizeCertificate(der) });
      } catch {
        return { imported: false, reason: 'unreadable' };
      }
    }
    const cas = summaries.filter((s) => s.summary.isCa);
    if (cas.length === 0) return { imported: false, reason: 'not-a-ca' };
    const known = new Set(current.map((s) => s.summary.fingerprint));
    const fresh = cas.filter((s) => !known.has(s.summary.fingerprint));
    const added = fresh.map((s) => ({ der: s.der, summary: { ...s.summary, addedAt: now.toISOString() } }));
    if (added.length > 0) await save([...current, ...added]);
    return {
      imported: true,
      added: added.map((s) => s.summary),
      alreadyTrusted: cas.length - fresh.length,
      skippedNotCa: summaries.length - cas.length,
    };
  }
}
