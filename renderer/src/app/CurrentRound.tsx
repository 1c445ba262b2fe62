import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * The round the secretary is working on. Council, Products, Scoring, Results and Minutes
 * all act on it; it is remembered across restarts (per origin, like the data itself).
 */
const storageKey = 'ocop.currentRoundId';

interface CurrentRoundState {
  readonly roundId: string | null;
  readonly setRoundId: (roundId: string | null) => void;
}

const CurrentRoundContext = createContext<CurrentRoundState | null>(null);

/** The round chosen last time on this computer (also read at start-up: app/startup.ts). */
export function rememberedRoundId(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function CurrentRoundProvider(props: { readonly children: ReactNode }): ReactNode {
  const [roundId, setState] = useState<string | null>(rememberedRoundId);
  const setRoundId = useCallback((next: string | null) => {
    try {
      if (next === null) window.localStorage.removeItem(storageKey);
      else window.localStorage.setItem(storageKey, next);
    } catch {
      // Storage disabled by policy: the choice lasts for this session only.
    }
    setState(next);
  }, []);
  const value = useMemo(() => ({ roundId, setRoundId }), [roundId, setRoundId]);
  return <CurrentRoundContext.Provider value={value}>{props.children}</CurrentRoundContext.Provider>;
}

export function useCurrentRound(): CurrentRoundState {
  const state = useContext(CurrentRoundContext);
  if (!state) throw new Error('useCurrentRound must be used inside <CurrentRoundProvider>');
  return state;
}
