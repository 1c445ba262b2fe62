import { Dexie, type Table } from 'dexie';
import type { MemberOp, MemberView } from '../../../electron/shared/hub-wire';

/**
 * The member device's own IndexedDB (in the member's browser, for the hub's address): every
 * change is written here FIRST (the outbox), so a lost Wi-Fi, a reloaded or killed tab loses
 * nothing; the device token; the last view, so the sheet shows at once after a reload, even
 * offline. Nothing here is the round: the secretary's laptop holds that.
 */

export interface DeviceRow {
  readonly key: 'device';
  readonly deviceId: string;
  readonly deviceToken: string;
  readonly memberId: string;
  readonly roundId: string;
  readonly meetingDate: string;
}

export interface OutboxRow extends MemberOp {
  readonly memberId: string;
}

export interface KeyValueRow {
  readonly key: 'clock' | 'view';
  readonly value: unknown;
}

export class MemberDb extends Dexie {
  device!: Table<DeviceRow, string>;
  outbox!: Table<OutboxRow, string>;
  kv!: Table<KeyValueRow, string>;

  constructor(name = 'ocop-member') {
    super(name);
    // Version 1 of the member device's database (its own schema, separate from the app's).
    this.version(1).stores({ device: 'key', outbox: 'opId, clock, memberId', kv: 'key' });
  }
}

export type CachedView = { readonly version: number; readonly view: MemberView };
