import { useEffect, useState } from 'react';
import { loadSheet, ruleSetInfo } from '../../../domain/criteria/registry';
import type { CriteriaSheet, StarBand } from '../../../domain/criteria/types';

export interface LoadedSheet {
  readonly sheet: CriteriaSheet;
  readonly bands: readonly StarBand[];
}

/**
 * One criteria sheet of a rule-set with its bands, loaded lazily (one sheet's data at a time).
 * A sheet that fails to load is a build defect: it is thrown to the screen's error boundary.
 */
export function useCriteriaSheet(
  ruleSetId: string | undefined,
  sheetNo: number | undefined,
): LoadedSheet | undefined {
  const [loaded, setLoaded] = useState<{ key: string; value: LoadedSheet } | undefined>(undefined);
  const [failure, setFailure] = useState<Error | null>(null);
  const key = `${ruleSetId ?? ''}#${sheetNo ?? ''}`;
  useEffect(() => {
    if (ruleSetId === undefined || sheetNo === undefined) return;
    let live = true;
    loadSheet(ruleSetId, sheetNo).then(
      (sheet) => {
        if (live) setLoaded({ key, value: { sheet, bands: ruleSetInfo(ruleSetId)?.bands ?? [] } });
      },
      (error: unknown) => {
        if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      live = false;
    };
  }, [ruleSetId, sheetNo, key]);
  if (failure !== null) throw failure;
  return loaded?.key === key ? loaded.value : undefined;
}
