import { useCallback, useState } from 'react';
import { useDb } from '../../app/DbProvider';
import { browserRenderer } from '../../documents/browser';
import {
  auditHeadOf,
  makeProductMinutes,
  MINUTES_LANGUAGE,
  type MadeMinutes,
  type MinutesData,
} from './minutes-data';

export type MakeState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'making' }
  | { readonly kind: 'made'; readonly minutes: MadeMinutes; readonly head: string }
  | { readonly kind: 'audit-broken'; readonly seq: number }
  | { readonly kind: 'sealed' };

/** Makes (renders) one product's minutes for preview, download and print, with the audit head in the footer. */
export function useMakeMinutes(
  data: MinutesData | undefined,
  productId: string,
): { readonly state: MakeState; readonly make: () => Promise<MadeMinutes | null> } {
  const db = useDb();
  const [state, setState] = useState<MakeState>({ kind: 'idle' });
  const make = useCallback(async (): Promise<MadeMinutes | null> => {
    if (data === undefined) return null;
    setState({ kind: 'making' });
    try {
      const verdict = await auditHeadOf(db, data.bundle.round.id);
      if (!verdict.ok) {
        setState({ kind: 'audit-broken', seq: verdict.seq });
        return null;
      }
      const minutes = await makeProductMinutes(
        data,
        productId,
        verdict.head,
        browserRenderer(MINUTES_LANGUAGE).render,
      );
      setState(minutes === null ? { kind: 'sealed' } : { kind: 'made', minutes, head: verdict.head });
      return minutes;
    } catch (error) {
      setState({ kind: 'idle' });
      throw error;
    }
  }, [data, db, productId]);
  return { state, make };
}
