import { useCallback, useEffect, useState } from 'react';
import type { TokenListing } from '../../platform/types';
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
  const [round, setRound] = useState(0);
  // The answer is kept with the request it answers: another person (or a reload) shows
  // 'loading' until its own answer arrives, without resetting state inside the effect.
  const [answer, setAnswer] = useState<{ readonly key: string; readonly state: ListingState } | null>(null);
  const reportError = useReportError();
  const key = `${personId ?? ''}#${round}`;
  useEffect(() => {
    if (personId === null) return undefined;
    let live = true;
    getPlatform()
      .listTokens(personId)
      .then((listing) => {
        if (live) setAnswer({ key, state: { step: 'done', listing } });
      })
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof CouncilHostError && error.code === 'unsupported') {
          setAnswer({ key, state: { step: 'unavailable' } });
        } else {
          setAnswer({ key, state: { step: 'idle' } });
          reportError(error);
        }
      });
    return () => {
      live = false;
    };
  }, [personId, key, reportError]);
  const state: ListingState =
    personId === null ? { step: 'idle' } : answer?.key === key ? answer.state : { step: 'loading' };
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const setListing = useCallback(
    (listing: TokenListing) => setAnswer({ key, state: { step: 'done', listing } }),
    [key],
  );
  return { state, reload, setListing };
}
