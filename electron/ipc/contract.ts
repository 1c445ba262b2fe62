/**
 * The one contract between the renderer and the host (Electron main, or the web host in
 * browser mode). Channel names and payload types only: no runtime imports, so the
 * renderer, the preload and both hosts can share it.
 *
 * Every payload arriving at a host is `unknown` until `schemas.ts` parses it.
 */

export type Language = 'vi' | 'en';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** 'electron' for the desktop app, 'web' for browser mode. */
  readonly mode: 'electron' | 'web';
  /** Folder where the host keeps the app's files (backups, signed PDFs). */
  readonly dataDir: string;
  readonly platform: string;
}

/** Sub-folders of the app's data folder a renderer may read and write. */
export type DataFolder = 'backups' | 'signed' | 'exports';

export interface DataFileRef {
  readonly folder: DataFolder;
  /** A plain file name: no separators, no `..`, Vietnamese letters kept. */
  readonly name: string;
}

export interface DataFileEntry {
  readonly name: string;
  readonly size: number;
  readonly modifiedAt: string;
}

export const channels = {
  appInfo: 'app:info',
  setLanguage: 'app:set-language',
  openExternal: 'shell:open-external',
  writeDataFile: 'data:write',
  readDataFile: 'data:read',
  listDataFiles: 'data:list',
  removeDataFile: 'data:remove',
} as const;

export type Channel = (typeof channels)[keyof typeof channels];

/**
 * What `window.council` offers (the preload `satisfies` it) and what the web host serves.
 * Binary payloads travel as Uint8Array (structured clone in Electron, base64 over HTTP).
 */
export interface CouncilApi {
  appInfo(): Promise<AppInfo>;
  /** Tells the host the UI language (application menu, dialogs). */
  setLanguage(language: Language): Promise<void>;
  /** Opens an http(s) URL in the user's browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
  writeDataFile(file: DataFileRef, bytes: Uint8Array): Promise<DataFileEntry>;
  readDataFile(file: DataFileRef): Promise<Uint8Array>;
  listDataFiles(folder: DataFolder): Promise<readonly DataFileEntry[]>;
  removeDataFile(file: DataFileRef): Promise<void>;
}
