import { useCallback, useState } from 'react';
import type { PdfVerification } from '../../platform/types';
import { useDb } from '../../app/DbProvider';
import { knownSignedHashes, signedDocumentByHash, type SignedDocumentRow } from '../../db';
import { getPlatform } from '../../platform/platform';

export type VerifyState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly name: string }
  | {
      readonly kind: 'done';
      readonly name: string;
      readonly report: PdfVerification;
      readonly record: SignedDocumentRow | null;
    }
  | { readonly kind: 'failed'; readonly name: string; readonly error: unknown };

/**
 * Checks one PDF: the host reads the signatures (Node crypto), the page says whether the file
 * is byte-for-byte one the app signed (its SHA-256 among the stored signed documents' hashes)
 * and, if so, which revision.
 */
export function useVerifyPdf(): {
  readonly state: VerifyState;
  readonly check: (name: string, bytes: Uint8Array) => Promise<void>;
} {
  const db = useDb();
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });
  const check = useCallback(
    async (name: string, bytes: Uint8Array) => {
      setState({ kind: 'checking', name });
      try {
        const knownHashes = await knownSignedHashes(db);
        const report = await getPlatform().verifyPdf({ pdf: bytes, knownHashes });
        const record = report.matchesKnownHash
          ? ((await signedDocumentByHash(db, report.sha256)) ?? null)
          : null;
        setState({ kind: 'done', name, report, record });
      } catch (error) {
        setState({ kind: 'failed', name, error });
      }
    },
    [db],
  );
  return { state, check };
}
