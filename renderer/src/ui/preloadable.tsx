import { lazy, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads when first rendered — or earlier, when `preload` is called. */
export interface Preloadable<P extends object> {
  readonly Component: (props: P) => ReactNode;
  /** Starts loading (once); resolves when the component renders without waiting. */
  readonly preload: () => Promise<void>;
}

/**
 * `React.lazy` that can be loaded ahead of the first render. Once loaded, the component renders
 * at once: React.lazy alone suspends on its first render even when its code is already in the
 * page (the loader's promise answers a microtask later), and React then holds the screen's
 * content until its Suspense fallback has shown for 300 ms — most of what opening a screen
 * readied in advance took (issue 13: the results screen within 100 ms).
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = (): Promise<ComponentType<P>> => {
    loading ??= load().then((component) => (loaded = component));
    return loading;
  };
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  return {
    Component: (props: P) => {
      // Chosen once per mount: switching from Lazy to the loaded component later would be a
      // different element type, and React would mount the screen again (its state lost).
      const [Loaded] = useState(() => loaded);
      return Loaded === undefined ? <Lazy {...props} /> : <Loaded {...props} />;
    },
    preload: () => start().then(() => undefined),
  };
}
