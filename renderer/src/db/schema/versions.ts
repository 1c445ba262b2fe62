import type { Transaction } from 'dexie';
import { V1_STORES } from './v1-2026-11-28';
import { V2_STORES } from './v2-2026-11-28';
import { V3_STORES } from './v3-2026-12-03';
import { V5_STORES } from './v5-2026-12-03';
import { V6_STORES } from './v6-2026-12-03';
import { V7_STORES, upgradeToV7 } from './v7-2026-12-03';
import { V8_STORES } from './v8-2026-12-03';
import { V9_STORES } from './v9-2026-12-03';

/**
 * Every schema version ever shipped, oldest first. Dexie needs the full list to upgrade
 * a database from any older version; the upgrade tests iterate over it.
 */
export interface SchemaVersion {
  readonly version: number;
  /** the date in the file name: when the version was designed */
  readonly date: string;
  readonly stores: Readonly<Record<string, string | null>>;
  /** moves data from the previous version's shape; absent for version 1 */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, date: '2026-11-28', stores: V1_STORES },
  // A new store only: existing rows keep their shape, nothing to move.
  { version: 2, date: '2026-11-28', stores: V2_STORES, upgrade: async () => undefined },
  { version: 3, date: '2026-12-03', stores: V3_STORES, upgrade: async () => undefined }, // new store only
  { version: 5, date: '2026-12-03', stores: V5_STORES, upgrade: async () => undefined }, // new store only
  { version: 6, date: '2026-12-03', stores: V6_STORES, upgrade: async () => undefined }, // new store only
  { version: 7, date: '2026-12-03', stores: V7_STORES, upgrade: upgradeToV7 },
  { version: 8, date: '2026-12-03', stores: V8_STORES, upgrade: async () => undefined }, // new index only
  { version: 9, date: '2026-12-03', stores: V9_STORES, upgrade: async () => undefined }, // new store only
];

/** The last entry's version, not the list's length: versions may land out of order. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

/**
 * The whole current schema in one spec: every version's stores merged, later ones winning, as
 * Dexie merges the declared versions (a version lists only the stores it adds or changes;
 * `null` removes one). Declared alone when the installed database is already current.
 */
export const CURRENT_STORES: Readonly<Record<string, string | null>> = Object.assign(
  {},
  ...SCHEMA_VERSIONS.map((v) => v.stores),
);
