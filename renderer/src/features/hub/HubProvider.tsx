import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { HubCommand, HubStatus } from '../../platform/types';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { applyHubBatches, refreshMemberViews, type CouncilDb, type MemberViewsMemo } from '../../db';
import type { MemberRole } from '../../domain/model';
import { ensureAllWords, translate } from '../../i18n/translate';
import { withWords } from './refusal-words';
import { CouncilHostError, getPlatform } from '../../platform/platform';

/**
 * The secretary's side of the meeting hub, alive on every screen while a meeting is open:
 * - takes member ops from the hub (a long poll over the typed contract), commits each through
 *   the repositories (db/repos/hub-ops.ts) and reports the outcomes, so the hub can acknowledge;
 * - publishes what each member may see when the database changed, rebuilding only the views of
 *   the members whose data changed;
 * - keeps the hub's status (devices, cards) fresh for the panel.
 * After a reload it finds a meeting still open on the host and resumes.
 */

export interface HubApi {
  /** null until the host answered; `supported` false when this host has no hub (dev server). */
  readonly status: HubStatus | null;
  readonly supported: boolean;
  readonly relayDown: boolean;
  readonly run: (command: HubCommand) => Promise<HubStatus>;
}

const HubContext = createContext<HubApi | null>(null);

const TAKE_WAIT_MS = 20_000;
const STATUS_EVERY_MS = 2_000;
const PUBLISH_EVERY_MS = 1_000;
const PUBLISH_GAP_MS = 300;

function roleLabel(role: MemberRole): { vi: string; en: string } {
  return { vi: translate('vi', `scoring.role.${role}`), en: translate('en', `scoring.role.${role}`) };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Commits what the hub holds, until `stopped()`. Everything one take brought (every device's
 * waiting batch) is committed in ONE transaction — each op still its own audit event and ledger
 * row — and settled at once: under load the page pays one commit and one re-read of its live
 * screens per take instead of one per device, so no device waits behind the others' commits.
 * Unexpected failures are reported, then retried (nothing was settled: the devices resend).
 */
async function relayLoop(
  db: CouncilDb,
  stopped: () => boolean,
  onState: (down: boolean) => void,
  report: (e: unknown) => void,
  committed: () => void,
): Promise<void> {
  const platform = getPlatform();
  while (!stopped()) {
    try {
      const batches = await platform.hubTakeOps(TAKE_WAIT_MS);
      if (batches.length > 0 && !stopped()) {
        await platform.hubSettleOps(withWords(await applyHubBatches(db, batches)));
        committed();
      }
      onState(false);
    } catch (error) {
      onState(true);
      // Not settled: the devices keep their ops and send them again; the ledger makes repeats harmless.
      if (!(error instanceof CouncilHostError && error.code === 'unavailable')) report(error);
      await sleep(1000);
    }
  }
}

export function HubProvider(props: { readonly children: ReactNode }): ReactNode {
  const db = useDb();
  const report = useReportError();
  const [status, setStatus] = useState<HubStatus | null>(null);
  const [supported, setSupported] = useState(true);
  const [relayDown, setRelayDown] = useState(false);
  const reportRef = useRef(report);
  const kick = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    reportRef.current = report;
  });

  const run = useCallback(async (command: HubCommand) => {
    const next = await getPlatform().hubCommand(command);
    setStatus(next);
    return next;
  }, []);

  // Status: once at start (a meeting may still be open after a reload), then while open.
  const running = status?.running === true;
  useEffect(() => {
    let live = true;
    const poll = () =>
      getPlatform()
        .hubCommand({ kind: 'status' })
        .then(
          (next) => live && setStatus(next),
          (error: unknown) => {
            if (error instanceof CouncilHostError && error.code === 'unsupported') setSupported(false);
            else if (live) setRelayDown(true);
          },
        );
    void poll();
    if (!running) return () => void (live = false);
    const timer = window.setInterval(() => void poll(), STATUS_EVERY_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [running]);

  useEffect(() => {
    if (!running) return;
    let stop = false;
    void relayLoop(
      db,
      () => stop,
      setRelayDown,
      (error) => reportRef.current(error),
      () => kick.current(),
    );
    return () => {
      stop = true;
    };
  }, [db, running]);

  const roundId = status?.roundId ?? null;
  const meetingDate = status?.meetingDate ?? null;
  // What members see is recomputed every PUBLISH_EVERY_MS, and soon after the relay committed
  // ops — but never two at once nor more often than every PUBLISH_GAP_MS: under a burst of
  // answers the page commits, it does not re-read the whole day for every commit. Sent to the
  // hub only when it changed (a few kB per member).
  useEffect(() => {
    if (!running || roundId === null || meetingDate === null) return;
    let live = true;
    let last = '';
    let busy = false;
    let again = false;
    let startedAt = -Infinity;
    let timer: number | undefined;
    // Only the views whose member's data changed are read again (refreshMemberViews): a burst
    // of answers from one device re-reads that member's sheets, not the whole day's.
    let memo: MemberViewsMemo | null = null;
    const publish = async () => {
      await ensureAllWords(); // the role words are not in the start-up part of the catalog
      const next = await refreshMemberViews(db, roundId, meetingDate, roleLabel, memo);
      if (!live || (next.rebuilt.length === 0 && last !== '')) return;
      const json = JSON.stringify(next.views);
      if (json !== last) await getPlatform().hubPublish({ roundId, meetingDate, views: next.views });
      memo = next.memo;
      last = json;
    };
    const schedule = (ms: number) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(tick, ms);
    };
    function tick() {
      busy = true;
      again = false;
      startedAt = performance.now();
      publish()
        .catch((error: unknown) => reportRef.current(error))
        .finally(() => {
          busy = false;
          if (live) schedule(again ? PUBLISH_GAP_MS : PUBLISH_EVERY_MS);
        });
    }
    schedule(0);
    kick.current = () => {
      if (busy) again = true;
      else schedule(Math.max(0, startedAt + PUBLISH_GAP_MS - performance.now()));
    };
    return () => {
      live = false;
      window.clearTimeout(timer);
      kick.current = () => undefined;
    };
  }, [db, running, roundId, meetingDate]);

  const api = useMemo<HubApi>(
    () => ({ status, supported, relayDown, run }),
    [status, supported, relayDown, run],
  );
  return <HubContext.Provider value={api}>{props.children}</HubContext.Provider>;
}

export function useHub(): HubApi {
  const hub = useContext(HubContext);
  if (hub === null) throw new Error('useHub must be used inside <HubProvider>');
  return hub;
}
