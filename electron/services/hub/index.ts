import { networkInterfaces } from 'node:os';
import type {
  HubBatchResult,
  HubCommand,
  HubOpBatch,
  HubPublication,
  HubRefusal,
  HubStatus,
  MemberView,
} from '../../shared/hub-wire';
import { CouncilServiceError, errnoCode } from '../errors';
import { CardRegistry } from './cards';
import { SecretaryRelay } from './relay';
import { startHubServer, type RunningHubServer } from './server';

/**
 * The meeting hub (issue 9 part 1), one module for the Electron main process and the
 * browser-mode host: it listens on the LAN ONLY between the secretary's "open" and "close"
 * (or the app quitting), on the one address the secretary chose. Plain Node, no `electron`.
 */

/** The hub would not open; the page words `refusal` from its catalog, the message is for logs. */
export class HubRefusedError extends CouncilServiceError {
  override readonly name = 'HubRefusedError';
  readonly code = 'refused';
  constructor(override readonly refusal: HubRefusal) {
    super(`meeting hub refused: ${refusal.code} ${JSON.stringify(refusal.params)}`);
  }
}

/** This machine's IPv4 addresses, for the secretary to choose from. Listed only, never contacted. */
export function listIpv4Addresses(): string[] {
  const found = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
  return [...new Set(found), '127.0.0.1'];
}

export interface MeetingHubOptions {
  /** dist/renderer: member.html and its assets. */
  readonly staticDir: string;
  /** The app's data folder: cards and device bindings go to <dataDir>/hub/. */
  readonly dataDir: string;
  readonly logError: (message: string, error: unknown) => void;
  readonly listAddresses?: () => string[];
  readonly now?: () => number;
  readonly settleTimeoutMs?: number;
}

interface OpenMeeting {
  readonly roundId: string;
  readonly meetingDate: string;
  readonly bindAddress: string;
  readonly cards: CardRegistry;
  readonly relay: SecretaryRelay;
  readonly server: RunningHubServer;
  readonly views: Map<string, { version: number; json: string; view: MemberView }>;
}

export interface MeetingHub {
  command(command: HubCommand): Promise<HubStatus>;
  publish(publication: HubPublication): void;
  takeOps(waitMs: number): Promise<HubOpBatch[]>;
  settleOps(results: readonly HubBatchResult[]): void;
  /** Quitting: stop listening. */
  stop(): Promise<void>;
}

export function createMeetingHub(options: MeetingHubOptions): MeetingHub {
  const listAddresses = options.listAddresses ?? listIpv4Addresses;
  const now = options.now ?? (() => Date.now());
  let meeting: OpenMeeting | null = null;
  let version = 0;

  function status(): HubStatus {
    const addresses = listAddresses();
    if (meeting === null) {
      return {
        running: false,
        roundId: null,
        meetingDate: null,
        bindAddress: null,
        port: null,
        url: null,
        addresses,
        cards: [],
        devices: [],
      };
    }
    const m = meeting;
    const url = `http://${m.bindAddress}:${m.server.port}/`;
    return {
      running: true,
      roundId: m.roundId,
      meetingDate: m.meetingDate,
      bindAddress: m.bindAddress,
      port: m.server.port,
      url,
      addresses,
      // The secret rides in the fragment: browsers never send it in a request line or Referer.
      cards: m.cards.cardViews((secret) => `${url}#join=${secret}`),
      devices: m.cards.devices((deviceId) => m.relay.inFlight(deviceId)),
    };
  }

  async function close(): Promise<void> {
    if (meeting === null) return;
    const m = meeting;
    meeting = null;
    m.relay.close();
    await m.server.close();
  }

  async function open(command: Extract<HubCommand, { kind: 'open' }>): Promise<void> {
    if (!listAddresses().includes(command.bindAddress)) {
      throw new HubRefusedError({ code: 'address-not-local', params: { address: command.bindAddress } });
    }
    await close();
    const cards = await CardRegistry.open({
      dataDir: options.dataDir,
      roundId: command.roundId,
      meetingDate: command.meetingDate,
      memberIds: command.memberIds,
      now,
      onProblem: options.logError,
    });
    const relay = new SecretaryRelay(options.settleTimeoutMs);
    const views = new Map<string, { version: number; json: string; view: MemberView }>();
    let server: RunningHubServer;
    try {
      server = await startHubServer({
        bindAddress: command.bindAddress,
        port: command.port,
        staticDir: options.staticDir,
        logError: options.logError,
        core: {
          cards,
          relay,
          roundId: command.roundId,
          meetingDate: command.meetingDate,
          viewOf: (memberId) => views.get(memberId),
        },
      });
    } catch (error) {
      relay.close();
      if (errnoCode(error) === 'EADDRINUSE') {
        throw new HubRefusedError({ code: 'port-in-use', params: { port: command.port } });
      }
      if (errnoCode(error) === 'EADDRNOTAVAIL') {
        throw new HubRefusedError({ code: 'cannot-listen', params: { address: command.bindAddress } });
      }
      throw error;
    }
    meeting = {
      roundId: command.roundId,
      meetingDate: command.meetingDate,
      bindAddress: command.bindAddress,
      cards,
      relay,
      server,
      views,
    };
  }

  return {
    async command(command) {
      switch (command.kind) {
        case 'open':
          await open(command);
          break;
        case 'close':
          await close();
          break;
        case 'reissue':
          await meeting?.cards.reissue(command.memberId);
          break;
        case 'disconnect':
          await meeting?.cards.disconnect(command.memberId);
          break;
        case 'status':
          break;
      }
      return status();
    },
    publish(publication) {
      const m = meeting;
      // A publication for another meeting (a stale page) is ignored.
      if (m === null || publication.roundId !== m.roundId || publication.meetingDate !== m.meetingDate)
        return;
      const seen = new Set<string>();
      for (const view of publication.views) {
        seen.add(view.memberId);
        const json = JSON.stringify(view);
        const old = m.views.get(view.memberId);
        if (old?.json === json) continue;
        m.views.set(view.memberId, { version: ++version, json, view });
      }
      // A member no longer present (or recused from everything) sees nothing.
      for (const memberId of [...m.views.keys()]) if (!seen.has(memberId)) m.views.delete(memberId);
    },
    takeOps(waitMs) {
      return meeting === null ? Promise.resolve([]) : meeting.relay.take(waitMs);
    },
    settleOps(results) {
      meeting?.relay.settle(results);
    },
    stop: close,
  };
}
