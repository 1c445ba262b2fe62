import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listAudit, verifyAuditChain, type AuditRow, type ChainVerdict } from '../../db';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';

/** A round's events (live) and, on request, the verdict of recomputing its hash chain. */
export function useAuditChain(roundId: string): {
  readonly events: readonly AuditRow[] | undefined;
  readonly verdict: ChainVerdict | null;
  readonly checking: boolean;
  readonly verify: () => Promise<void>;
} {
  const db = useDb();
  const report = useReportError();
  const events = useLiveQuery(() => listAudit(db, roundId), [db, roundId]);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const [checking, setChecking] = useState(false);
  const verify = useCallback(async () => {
    setChecking(true);
    try {
      setVerdict(await verifyAuditChain(db, roundId));
    } catch (error) {
      report(error);
    } finally {
      setChecking(false);
    }
  }, [db, roundId, report]);
  return { events, verdict, checking, verify };
}
