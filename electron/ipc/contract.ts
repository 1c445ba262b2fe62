/**
 * The one contract between the renderer and the host (Electron main, or the web host in
 * browser mode). Channel names and payload types only: no runtime imports, so the
 * renderer, the preload and both hosts can share it. `channels` is the only runtime value.
 *
 * Every payload arriving at a host is `unknown` until `schemas.ts` parses it.
 *
 * The renderer never calls a transport directly: it calls `getPlatform()` from
 * `renderer/src/platform/platform.ts`, which returns a `CouncilApi` and turns a failed
 * `HostResult` into a `CouncilHostError` carrying one of the `HostErrorCode`s below.
 */

export type Language = 'vi' | 'en';

/** Where the renderer runs: the desktop app, browser mode, or an in-memory stand-in (dev, tests). */
export type PlatformMode = 'electron' | 'web' | 'memory';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly mode: PlatformMode;
  /** Folder where the host keeps the app's files (backups, signed PDFs). */
  readonly dataDir: string;
  readonly platform: string;
  /** The language last passed to `setLanguage`, or null if it was never set. */
  readonly language: Language | null;
}

/** Sub-folders of the app's data folder a renderer may read and write. */
export type DataFolder = 'backups' | 'signed' | 'exports';

export interface DataFileRef {
  readonly folder: DataFolder;
  /**
   * A plain file name: no separators, no `..`, no NUL, no Windows reserved names
   * (CON, PRN, AUX, NUL, COM1…, LPT1…), no trailing dot or space, at most 200 characters.
   * Vietnamese letters are kept as they are.
   */
  readonly name: string;
}

export interface DataFileEntry {
  readonly name: string;
  readonly size: number;
  /** ISO 8601 timestamp. */
  readonly modifiedAt: string;
}

/** A filter in a file dialog, e.g. { name: 'PDF', extensions: ['pdf'] } (no dot). */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface SaveFileRequest {
  /** File name offered to the user; same rules as `DataFileRef.name`. */
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  /** MIME type, used by browser mode for the download (e.g. 'application/pdf'). */
  readonly mime: string;
  readonly filters?: readonly FileFilter[] | undefined;
}

export interface SavedFile {
  /** The name the file was saved under (base name only; a full path is not shown to the page). */
  readonly name: string;
}

export interface OpenFileRequest {
  readonly filters?: readonly FileFilter[] | undefined;
  readonly multiple?: boolean | undefined;
}

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export const channels = {
  appInfo: 'app:info',
  setLanguage: 'app:set-language',
  openExternal: 'shell:open-external',
  writeDataFile: 'data:write',
  readDataFile: 'data:read',
  listDataFiles: 'data:list',
  removeDataFile: 'data:remove',
  saveFileDialog: 'dialog:save-file',
  openFileDialog: 'dialog:open-file',
} as const satisfies Record<keyof CouncilApi, string>;

export type Channel = (typeof channels)[keyof typeof channels];

/**
 * What the renderer can ask the host for. Binary payloads travel as Uint8Array
 * (structured clone in Electron, base64 over HTTP).
 */
export interface CouncilApi {
  appInfo(): Promise<AppInfo>;
  /** Tells the host the UI language (application menu, dialogs); the host remembers it. */
  setLanguage(language: Language): Promise<void>;
  /** Opens an http(s) URL in the user's browser; anything else is refused ('refused'). */
  openExternal(url: string): Promise<void>;
  writeDataFile(file: DataFileRef, bytes: Uint8Array): Promise<DataFileEntry>;
  /** Fails with 'not-found' when the file does not exist. */
  readDataFile(file: DataFileRef): Promise<Uint8Array>;
  /** Newest first. A folder that does not exist yet lists as empty. */
  listDataFiles(folder: DataFolder): Promise<readonly DataFileEntry[]>;
  /** Fails with 'not-found' when the file does not exist. */
  removeDataFile(file: DataFileRef): Promise<void>;
  /** Asks the user where to save `bytes` (a download in browser mode). Null when cancelled. */
  saveFileDialog(request: SaveFileRequest): Promise<SavedFile | null>;
  /** Lets the user pick file(s) to read. An empty list when cancelled. */
  openFileDialog(request: OpenFileRequest): Promise<readonly PickedFile[]>;
}

/**
 * Failure codes a host returns; the renderer translates each into a Vietnamese/English
 * message. 'invalid-payload': the request did not match its schema. 'not-found': no such
 * file. 'refused': not allowed (e.g. a non-http(s) URL). 'too-large': over a size limit.
 * 'unsupported': this host cannot do it. 'io': the disk failed. 'unavailable': the host
 * cannot be reached (browser mode: the web host was stopped). 'internal': a bug.
 */
export type HostErrorCode =
  | 'invalid-payload'
  | 'not-found'
  | 'refused'
  | 'too-large'
  | 'unsupported'
  | 'io'
  | 'unavailable'
  | 'internal';

export interface HostError {
  readonly code: HostErrorCode;
  /** For logs and developers; the UI shows its own translated text for `code`. */
  readonly message: string;
}

/**
 * What actually crosses a transport. Errors travel as data because neither Electron IPC
 * nor contextBridge keeps an Error's class or custom properties.
 */
export type HostResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: HostError };

/** Method name → its argument tuple and result type. */
export type MethodName = keyof CouncilApi;
export type MethodArgs<K extends MethodName> = Parameters<CouncilApi[K]>;
export type MethodResult<K extends MethodName> = Awaited<ReturnType<CouncilApi[K]>>;

/**
 * The shape of `window.council` exposed by the preload (it `satisfies` this): one method
 * per message, each resolving to a `HostResult` instead of throwing.
 */
export type CouncilBridge = {
  readonly [K in MethodName]: (...args: MethodArgs<K>) => Promise<HostResult<MethodResult<K>>>;
};
