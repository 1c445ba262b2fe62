import type {
  CouncilApi,
  CouncilBridge,
  OpenFileRequest,
  PickedFile,
  PlatformMode,
  SavedFile,
} from '../../../electron/ipc/contract';
import { createBrowserSide, type BrowserSide } from './browser-side';
import { createHttpBridge, WEB_HOST_META_NAME } from './http-bridge';
import { createMemoryBridge } from './memory-bridge';
import { apiFromBridge } from './result';

/**
 * The only place in the renderer that knows where it runs:
 *  - 'electron': the preload put `window.council` there (electron/preload.ts);
 *  - 'web': the web host marked index.html (`npm run start:web`); its session cookie is HttpOnly;
 *  - 'memory': neither (vite dev server, unit tests) — files live in memory.
 * Everything else in the renderer calls `getPlatform()` and uses the CouncilApi.
 * Failures are thrown as CouncilHostError (./errors) with a code the UI translates.
 */
export type Platform = CouncilApi & { readonly mode: PlatformMode; readonly can: PlatformCapabilities };

/** What a feature may ask of the host: features branch on these, never on the mode. */
export interface PlatformCapabilities {
  /** Writes many files into one folder the person picks (desktop); a browser downloads each. */
  readonly saveToFolder: boolean;
  /** Keeps files in a data folder on disk (desktop, browser-mode host), not only in memory. */
  readonly dataFolder: boolean;
}

const CAPABILITIES: Readonly<Record<PlatformMode, PlatformCapabilities>> = {
  electron: { saveToFolder: true, dataFolder: true },
  web: { saveToFolder: false, dataFolder: true },
  memory: { saveToFolder: false, dataFolder: false },
};

export interface PlatformEnvironment {
  readonly council: CouncilBridge | undefined;
  /** index.html came from the web host. */
  readonly webHost: boolean;
  /** For the page-side parts (downloads, file inputs, links); absent in Node. */
  readonly window: Window | undefined;
  readonly fetch: typeof fetch | undefined;
  readonly baseUrl: string;
}

function unavailableBrowserSide(): BrowserSide {
  const refuse = () => Promise.reject(new Error('no browser window'));
  return { openExternal: refuse, saveFileDialog: refuse, openFileDialog: refuse };
}

export function createPlatform(environment: PlatformEnvironment): Platform {
  if (environment.council !== undefined) {
    return { ...apiFromBridge(environment.council), mode: 'electron', can: CAPABILITIES.electron };
  }
  const browserSide =
    environment.window !== undefined ? createBrowserSide(environment.window) : unavailableBrowserSide();
  if (environment.webHost && environment.fetch !== undefined) {
    const api = apiFromBridge(
      createHttpBridge({
        baseUrl: environment.baseUrl,
        fetch: environment.fetch,
      }),
    );
    return { ...api, ...browserSide, mode: 'web', can: CAPABILITIES.web };
  }
  return { ...apiFromBridge(createMemoryBridge()), ...browserSide, mode: 'memory', can: CAPABILITIES.memory };
}

/** Reads what the page was given by its host. Safe to call in Node (no window). */
export function detectEnvironment(): PlatformEnvironment {
  if (typeof window === 'undefined') {
    return { council: undefined, webHost: false, window: undefined, fetch: undefined, baseUrl: '' };
  }
  const meta = window.document.querySelector<HTMLMetaElement>(`meta[name="${WEB_HOST_META_NAME}"]`);
  return {
    council: window.council,
    webHost: meta?.content === 'web',
    window,
    // Bound: calling an unbound `fetch` throws "Illegal invocation" in Chromium.
    fetch: window.fetch.bind(window),
    baseUrl: '',
  };
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= createPlatform(detectEnvironment());
  return current;
}

/** For tests: run the renderer against a given platform (e.g. createPlatform with a memory bridge). */
export function setPlatformForTests(platform: Platform | undefined): void {
  current = platform;
}

/** Offers `bytes` to the user as a file: a save dialog in Electron, a download in a browser. Null if cancelled. */
export function saveFileAs(name: string, bytes: Uint8Array, mime: string): Promise<SavedFile | null> {
  return getPlatform().saveFileDialog({ suggestedName: name, bytes, mime });
}

/** Lets the user pick file(s): an open dialog in Electron, a file input in a browser. Empty if cancelled. */
export function pickFiles(request: OpenFileRequest = {}): Promise<readonly PickedFile[]> {
  return getPlatform().openFileDialog(request);
}

export { CouncilHostError } from './errors';
