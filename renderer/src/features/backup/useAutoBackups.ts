import { useCallback, useEffect, useState } from 'react';
import type { DataFileEntry } from '../../platform/types';
import { automaticBackups, type AutoBackupName } from '../../db/backup';
import { getPlatform } from '../../platform/platform';

export interface AutoBackupEntry extends AutoBackupName {
  readonly size: number;
}

/** The automatic backups in the data folder, newest first; `reload` after a change. */
export function useAutoBackups(): {
  readonly entries: readonly AutoBackupEntry[] | null;
  readonly failure: string | null;
  readonly reload: () => void;
} {
  const [entries, setEntries] = useState<readonly AutoBackupEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    getPlatform()
      .listDataFiles('backups')
      .then((files: readonly DataFileEntry[]) => {
        if (!live) return;
        const sizes = new Map(files.map((f) => [f.name, f.size]));
        setEntries(
          automaticBackups(files.map((f) => f.name)).map((b) => ({ ...b, size: sizes.get(b.name) ?? 0 })),
        );
        setFailure(null);
      })
      .catch((error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, [tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { entries, failure, reload };
}
