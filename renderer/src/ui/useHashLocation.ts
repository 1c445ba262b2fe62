import { useCallback, useSyncExternalStore } from 'react';

/**
 * Hash-based location: works the same from file:// (Electron) and http:// (browser mode),
 * and a reload keeps the user on the same screen.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The path in the address's hash ("/" when there is none). */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function useHashLocation(): readonly [string, (path: string) => void] {
  const path = useSyncExternalStore(subscribe, currentPath, () => '/');
  const navigate = useCallback((to: string) => {
    window.location.hash = to;
  }, []);
  return [path, navigate] as const;
}

/** Splits "/a/b?x" into ["a", "b"], ignoring the query part. */
export function pathSegments(path: string): readonly string[] {
  const [pathname = ''] = path.split('?');
  return pathname
    .split('/')
    .filter((segment) => segment.length > 0)
    .map(decodeURIComponent);
}
