import type { MessageKey } from '../i18n/catalog';

/** The app's screens, in navigation order. Round-scoped screens work on the current round. */
export const screens = [
  { id: 'rounds', label: 'nav.rounds' },
  { id: 'council', label: 'nav.council' },
  { id: 'products', label: 'nav.products' },
  { id: 'scoring', label: 'nav.scoring' },
  { id: 'results', label: 'nav.results' },
  { id: 'minutes', label: 'nav.minutes' },
  { id: 'register', label: 'nav.register' },
  { id: 'packs', label: 'nav.packs' },
  { id: 'verify', label: 'nav.verify' },
  { id: 'settings', label: 'nav.settings' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type ScreenId = (typeof screens)[number]['id'];

export interface Route {
  readonly screen: ScreenId | 'not-found';
  /** Segments after the screen id, e.g. ids of the product being scored. */
  readonly rest: readonly string[];
}

export function parseRoute(segments: readonly string[]): Route {
  const [first, ...rest] = segments;
  if (first === undefined) return { screen: 'rounds', rest: [] };
  const screen = screens.find((candidate) => candidate.id === first);
  return screen ? { screen: screen.id, rest } : { screen: 'not-found', rest: [] };
}

export function screenPath(screen: ScreenId, ...rest: readonly string[]): string {
  return ['', screen, ...rest.map(encodeURIComponent)].join('/');
}
