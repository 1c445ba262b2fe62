import type { HubSheetChange, HubSheetView, MemberOp, MemberView } from '../../../electron/shared/hub-wire';
import { HubRefusalError, HubUnreachableError, type HubClient } from './hub-client';
import type { CachedView, DeviceRow, MemberDb, OutboxRow } from './member-db';

/**
 * The member device's session: join, the view from the hub, and the outbox.
 *
 * Every change is put in the device's IndexedDB outbox first (awaited), then shown, then sent
 * with its idempotency key (op id) and the device's clock. Ops leave the outbox only when the
 * hub acknowledged them — which it does only after the secretary's database committed them.
 * Offline, the ops wait and are retried; a reloaded tab finds them and sends them.
 */

export type SessionPhase = 'starting' | 'join' | 'ready';

export interface SessionState {
  readonly phase: SessionPhase;
  readonly device: DeviceRow | null;
  readonly view: MemberView | null;
  /** Ops waiting in the outbox (not yet acknowledged), in clock order. */
  readonly pending: readonly OutboxRow[];
  /** Acknowledged ops not yet visible in the view (shown over it so nothing flickers back). */
  readonly acked: readonly OutboxRow[];
  /** False after a failed request, until one succeeds. */
  readonly online: boolean;
  /** The last refusal: a join error code, or an op refused by the secretary's laptop. */
  readonly problem: {
    readonly code: string;
    readonly vi?: string | undefined;
    readonly en?: string | undefined;
  } | null;
}

const VIEW_EVERY_MS = 2000;
const RETRY_MS = 2000;
const BATCH = 100;

export class MemberSession {
  private state: SessionState = {
    phase: 'starting',
    device: null,
    view: null,
    pending: [],
    acked: [],
    online: true,
    problem: null,
  };
  private version = -1;
  private clock = 0;
  private readonly listeners = new Set<() => void>();
  private flushing = false;
  private timers: number[] = [];
  private stopped = false;
  /** Ops already on the device's disk: only these are sent. */
  private readonly written = new Set<string>();

  constructor(
    private readonly db: MemberDb,
    private readonly client: HubClient,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  snapshot = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Loads what the device kept, joins with a card secret if the address carried one, starts syncing. */
  async start(joinSecret: string | null): Promise<void> {
    const device = (await this.db.device.get('device')) ?? null;
    const cached = (await this.db.kv.get('view'))?.value as CachedView | undefined;
    const clock = (await this.db.kv.get('clock'))?.value;
    this.clock = typeof clock === 'number' ? clock : 0;
    const pending =
      device === null ? [] : await this.db.outbox.where('memberId').equals(device.memberId).sortBy('clock');
    for (const op of pending) this.written.add(op.opId);
    this.set({
      device,
      pending,
      view: device !== null && cached?.view.memberId === device.memberId ? cached.view : null,
      phase: device === null ? 'join' : 'ready',
    });
    if (joinSecret !== null) await this.join({ secret: joinSecret });
    this.loop();
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) window.clearTimeout(timer);
  }

  async join(request: { secret: string } | { code: string }): Promise<boolean> {
    try {
      const answer = await this.client.join(request);
      const device: DeviceRow = { key: 'device', ...answer };
      const previous = this.state.device;
      await this.db.transaction('rw', [this.db.device, this.db.outbox, this.db.kv], async () => {
        // Another member's unsent ops must never be sent as this member's.
        if (previous !== null && previous.memberId !== device.memberId) await this.db.outbox.clear();
        await this.db.device.put(device);
        await this.db.kv.delete('view');
      });
      this.version = -1;
      const pending = await this.db.outbox.where('memberId').equals(device.memberId).sortBy('clock');
      for (const op of pending) this.written.add(op.opId);
      this.set({ device, pending, acked: [], view: null, phase: 'ready', problem: null, online: true });
      await this.refresh();
      void this.flush();
      return true;
    } catch (error) {
      if (error instanceof HubRefusalError) this.set({ problem: { code: error.code } });
      else if (error instanceof HubUnreachableError)
        this.set({ problem: { code: 'network' }, online: false });
      else throw error;
      return false;
    }
  }

  /** Forgets this device's binding (its unsent ops stay until another member joins here). */
  async leave(): Promise<void> {
    await this.db.device.delete('device');
    this.set({ device: null, view: null, phase: 'join' });
  }

  /** Records one change: outbox first (durable), then shown, then sent. */
  async change(productId: string, pass: number, change: HubSheetChange): Promise<void> {
    const device = this.state.device;
    if (device === null) return;
    this.clock = Math.max(this.clock, this.state.view?.clockFloor ?? 0) + 1;
    const op: OutboxRow = {
      opId: this.newId(),
      productId,
      pass,
      clock: this.clock,
      change,
      memberId: device.memberId,
    };
    // Shown at once (the radio the person clicked is checked now); sent only once it is on disk.
    this.set({ pending: [...this.state.pending, op] });
    try {
      await this.db.transaction('rw', [this.db.outbox, this.db.kv], async () => {
        await this.db.outbox.add(op);
        await this.db.kv.put({ key: 'clock', value: this.clock });
      });
    } catch (error) {
      // The device's storage refused (full, private mode): the change is not kept; say so.
      this.set({
        pending: this.state.pending.filter((p) => p.opId !== op.opId),
        problem: { code: 'storage' },
      });
      throw error;
    }
    this.written.add(op.opId);
    void this.flush();
  }

  private loop(): void {
    if (this.stopped) return;
    void this.refresh().finally(() => {
      if (!this.stopped) this.timers.push(window.setTimeout(() => this.loop(), VIEW_EVERY_MS));
    });
    if (this.state.pending.length > 0) void this.flush();
  }

  private async refresh(): Promise<void> {
    const device = this.state.device;
    if (device === null) return;
    try {
      const next = await this.client.view(device, this.version);
      if (next !== null) {
        this.version = next.version;
        await this.db.kv.put({ key: 'view', value: next });
        const floor = next.view.clockFloor;
        this.set({ view: next.view, acked: this.state.acked.filter((op) => op.clock > floor), online: true });
      } else if (!this.state.online) this.set({ online: true });
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    if (error instanceof HubRefusalError && error.code === 'no-device') {
      // Disconnected or re-issued by the secretary: join again (unsent ops stay in the outbox).
      void this.db.device.delete('device');
      this.set({ device: null, phase: 'join', problem: { code: 'no-device' } });
    } else if (error instanceof HubUnreachableError) {
      this.set({ online: false });
    } else if (error instanceof HubRefusalError) {
      this.set({ problem: { code: error.code } });
    } else {
      console.error(error);
      this.set({ online: false });
    }
  }

  /** Sends the outbox in clock order until it is empty or the hub cannot be reached. */
  async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (!this.stopped && this.state.device !== null && this.state.pending.length > 0) {
        const device = this.state.device;
        const batch = this.state.pending.filter((op) => this.written.has(op.opId)).slice(0, BATCH);
        if (batch.length === 0) break;
        let outcomes;
        try {
          outcomes = await this.client.send(device, batch.map(toWire));
        } catch (error) {
          this.failed(error);
          if (error instanceof HubRefusalError && error.code !== 'no-device') {
            // The whole batch was refused (e.g. a product no longer on the list): drop it, the view shows the truth.
            await this.db.outbox.bulkDelete(batch.map((op) => op.opId));
            this.set({ pending: this.state.pending.filter((op) => !batch.includes(op)) });
            continue;
          }
          this.timers.push(window.setTimeout(() => void this.flush(), RETRY_MS));
          return;
        }
        const done = new Set(outcomes.map((o) => o.opId));
        await this.db.outbox.bulkDelete([...done]);
        const refused = outcomes.filter((o) => o.status === 'refused');
        const applied = new Set(outcomes.filter((o) => o.status === 'applied').map((o) => o.opId));
        this.set({
          pending: this.state.pending.filter((op) => !done.has(op.opId)),
          acked: [...this.state.acked, ...batch.filter((op) => applied.has(op.opId))],
          online: true,
          ...(refused.length > 0
            ? { problem: { code: refused[0]?.code ?? 'refused', vi: refused[0]?.vi, en: refused[0]?.en } }
            : {}),
        });
      }
    } finally {
      this.flushing = false;
    }
    await this.refresh();
  }
}

function toWire(op: OutboxRow): MemberOp {
  return { opId: op.opId, productId: op.productId, pass: op.pass, clock: op.clock, change: op.change };
}

/** The sheet as this device shows it: the secretary's copy, then acknowledged and waiting ops over it, oldest first. */
export function shownSheet(
  stored: HubSheetView | null,
  ops: readonly OutboxRow[],
  productId: string,
  pass: number,
): {
  answers: Record<string, number | 'none'>;
  caseChoice: Record<string, string>;
  opinion: string;
  submitted: boolean;
} {
  const answers: Record<string, number | 'none'> = { ...stored?.answers };
  const caseChoice: Record<string, string> = { ...stored?.caseChoice };
  let opinion = stored?.opinion ?? '';
  let submitted = stored?.status === 'submitted';
  for (const op of [...ops].sort((a, b) => a.clock - b.clock)) {
    if (op.productId !== productId || op.pass !== pass) continue;
    const c = op.change;
    if (c.kind === 'answer') answers[c.criterion] = c.answer;
    else if (c.kind === 'case') caseChoice[c.criterion] = c.variant;
    else if (c.kind === 'opinion') opinion = c.text;
    else submitted = true;
  }
  return { answers, caseChoice, opinion, submitted };
}
