import { useCallback, useEffect, useState } from 'react';
import type { TokenListing } from '../../../../electron/ipc/contract';
import { useReportError } from '../../app/useReportError';
import { CouncilHostError } from '../../platform/errors';
import { getPlatform } from '../../platform/platform';

export type ListingState =
  | { readonly step: 'idle' }
  | { readonly step: 'loading' }
  | { readonly step: 'unavailable' }
  | { readonly step: 'done'; readonly listing: TokenListing };

/**
 * The tokens of a person's registered library, read from the host (which loads the PKCS#11
 * library). 'unavailable': this host has no token support (in-memory dev mode).
 */
export function useTokenListing(personId: string | null): {
  readonly state: ListingState;
  readonly reload: () => void;
  readonly setListing: (listing: TokenListing) => void;
} {
  const [state, setState] = useState<ListingState>({ step: 'idle' });
  const [round, setRound] = useState(0);
  const reportError = useReportError();
  useEffect(() => {
    if (personId === null) {
      setState({ step: 'idle' });
      return undefined;
    }
    let live = true;
    setState({ step: 'loading' });
    getPlatform()
      .listTokens(personId)
      .then((listing) => live && setState({ step: 'done', listing }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof CouncilHostError && error.code === 'unsupported')
          setState({ step: 'unavailable' });
        else {
          setState({ step: 'idle' });
          reportError(error);
        }
      });
    return () => {
      live = false;
    };
  }, [personId, round, reportError]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const setListing = useCallback((listing: TokenListing) => setState({ step: 'done', listing }), []);
  return { state, reload, setListing };
}
