import type {
  CouncilBridge,
  DataFileEntry,
  DataFileRef,
  HostErrorCode,
  HostResult,
  Language,
} from '../../../electron/ipc/contract';

/**
 * Stand-in host when the renderer runs with neither Electron nor the web host (vite dev
 * server, unit tests): files live in memory and are gone on reload. Dialogs and links are
 * handled in the page by platform.ts, as in browser mode.
 */
export function createMemoryBridge(now: () => Date = () => new Date()): CouncilBridge {
  const files = new Map<string, { bytes: Uint8Array; modifiedAt: string }>();
  let language: Language | null = null;
  const key = (file: DataFileRef) => `${file.folder}/${file.name.normalize('NFC')}`;
  const ok = <T>(value: T): Promise<HostResult<T>> => Promise.resolve({ ok: true, value });
  const fail = (code: HostErrorCode, message: string): Promise<HostResult<never>> =>
    Promise.resolve({ ok: false, error: { code, message } });

  const write = (file: DataFileRef, bytes: Uint8Array): DataFileEntry => {
    const entry: DataFileEntry = {
      name: file.name.normalize('NFC'),
      size: bytes.byteLength,
      modifiedAt: now().toISOString(),
    };
    // Copy: the caller may reuse its buffer, a disk would not see that.
    files.set(key(file), { bytes: bytes.slice(), modifiedAt: entry.modifiedAt });
    return entry;
  };

  return {
    appInfo: () =>
      ok({
        name: 'OCOP Council',
        version: 'dev',
        mode: 'memory',
        dataDir: '(memory)',
        platform: 'browser',
        language,
      }),
    setLanguage: (next) => {
      language = next;
      return ok(undefined);
    },
    openExternal: () => fail('unsupported', 'openExternal is handled by the page'),
    writeDataFile: (file, bytes) => ok(write(file, bytes)),
    writeDataFiles: (written) => ok(written.map(({ file, bytes }) => write(file, bytes))),
    readDataFile: (file) => {
      const stored = files.get(key(file));
      return stored === undefined ? fail('not-found', file.name) : ok(stored.bytes.slice());
    },
    listDataFiles: (folder) =>
      ok(
        [...files.entries()]
          .filter(([path]) => path.startsWith(`${folder}/`))
          .map(([path, stored]) => ({
            name: path.slice(folder.length + 1),
            size: stored.bytes.byteLength,
            modifiedAt: stored.modifiedAt,
          }))
          .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name)),
      ),
    removeDataFile: (file) => (files.delete(key(file)) ? ok(undefined) : fail('not-found', file.name)),
    saveFileDialog: () => fail('unsupported', 'dialogs are handled by the page'),
    openFileDialog: () => fail('unsupported', 'dialogs are handled by the page'),
    saveFilesToFolder: () => fail('unsupported', 'dialogs are handled by the page'),
    // Signing needs Node's crypto and the signing service: only the hosts have them.
    signPdf: () => fail('unsupported', 'signing needs the desktop app or the web host'),
    verifyPdf: () => fail('unsupported', 'verification needs the desktop app or the web host'),
    chooseTokenLibrary: () => fail('unsupported', 'USB tokens need the desktop app or the web host'),
    registerTokenLibrary: () => fail('unsupported', 'USB tokens need the desktop app or the web host'),
    listTokens: () => fail('unsupported', 'USB tokens need the desktop app or the web host'),
    openTokenSession: () => fail('unsupported', 'USB tokens need the desktop app or the web host'),
    openCertificateSession: () => fail('unsupported', 'signing needs the desktop app or the web host'),
    signPdfWithToken: () => fail('unsupported', 'USB tokens need the desktop app or the web host'),
    signPdfsWithToken: () => fail('unsupported', 'USB tokens need the desktop app or the web host'),
    closeTokenSession: () => fail('unsupported', 'USB tokens need the desktop app or the web host'),
    listTrustedCertificates: () =>
      fail('unsupported', 'trusted roots live in the desktop app or the web host'),
    importTrustedCertificates: () =>
      fail('unsupported', 'trusted roots live in the desktop app or the web host'),
    removeTrustedCertificate: () =>
      fail('unsupported', 'trusted roots live in the desktop app or the web host'),
    // The meeting hub is a network server: only the hosts can run one.
    hubCommand: () => fail('unsupported', 'the meeting hub needs the desktop app or the web host'),
    hubPublish: () => fail('unsupported', 'the meeting hub needs the desktop app or the web host'),
    hubTakeOps: () => fail('unsupported', 'the meeting hub needs the desktop app or the web host'),
    hubSettleOps: () => fail('unsupported', 'the meeting hub needs the desktop app or the web host'),
  };
}
