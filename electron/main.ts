import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  screen,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { registerAppSchemeAsPrivileged, serveRenderer } from './app-protocol';
import type { Language } from './ipc/contract';
import { createHandlers, type HostDialogs } from './ipc/handlers';
import { saveFilesToFolder } from './services/folder-files';
import { registerIpcHandlers } from './ipc/register';
import { applyApplicationMenu } from './menu';
import { APP_ENTRY_URL, isAppUrl } from './security/app-origin';
import { hardenSession, hardenWebContents } from './security/harden';
import { readChosenFiles, saveToChosenPath } from './services/chosen-files';
import { createDataFiles } from './services/data-files';
import { createMeetingHub, type MeetingHub } from './services/hub';
import { openSettingsStore } from './services/settings-store';
import { TokenService } from './services/signing/token/token-service';
import { openTrustedCertificateStore, TRUSTED_CERTIFICATES_FILE } from './services/trusted-certificates';
import { PRODUCT_NAME } from './services/user-data-dir';
import { bilingual } from './shared/host-words';
import { placeWindow, windowStateStore, type WindowState } from './services/window-state';
import { mainWindowOptions } from './window-options';

/**
 * Lifecycle of the desktop app: one instance, hardening, handlers, one window.
 * Everything that does real work lives in services/ (plain Node, unit-tested).
 */

function logError(message: string, error: unknown): void {
  console.error(`[main] ${message}`, error);
}

// Tests (and a portable setup) point the per-user folder elsewhere. It must be set before
// anything reads userData — including the single-instance lock, which lives there.
const userDataOverride = process.env['OCOP_USER_DATA_DIR'];
if (userDataOverride !== undefined && userDataOverride !== '') {
  app.setPath('userData', path.resolve(userDataOverride));
}

registerAppSchemeAsPrivileged();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, logError));

let mainWindow: BrowserWindow | null = null;
let meetingHub: MeetingHub | null = null;
let pendingStateSave: Promise<void> | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the data; it gets focused (below) and this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Quitting stops the meeting hub: the app never listens on the LAN without its window.
  app.on('before-quit', () => {
    meetingHub?.stop().catch((error: unknown) => logError('meeting hub did not stop', error));
  });
  // The window state is written asynchronously on close; finish that before exiting.
  app.on('will-quit', (event) => {
    if (pendingStateSave === null) return;
    event.preventDefault();
    const saving = pendingStateSave;
    pendingStateSave = null;
    saving.catch((error: unknown) => logError('window state not saved', error)).finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      logError('start-up failed', error);
      dialog.showErrorBox(
        bilingual('startup.failed'),
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const appRoot = app.getAppPath();
  const settings = await openSettingsStore(userData, (problem) =>
    logError(`settings.json ignored (${problem.kind})`, problem.cause),
  );

  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession, path.join(appRoot, 'dist', 'renderer'), logError);
  applyApplicationMenu(settings.get().language, () => mainWindow);

  const dialogs: HostDialogs = {
    async saveFile(request) {
      const owner = requireWindow();
      const result = await dialog.showSaveDialog(owner, {
        defaultPath: path.join(app.getPath('documents'), request.suggestedName),
        filters: (request.filters ?? []).map((filter) => ({
          name: filter.name,
          extensions: [...filter.extensions],
        })),
      });
      if (result.canceled || result.filePath === undefined || result.filePath === '') return null;
      return saveToChosenPath(result.filePath, request.bytes);
    },
    async openFile(request) {
      const owner = requireWindow();
      const result = await dialog.showOpenDialog(owner, {
        properties: request.multiple === true ? ['openFile', 'multiSelections'] : ['openFile'],
        filters: (request.filters ?? []).map((filter) => ({
          name: filter.name,
          extensions: [...filter.extensions],
        })),
      });
      return result.canceled ? [] : readChosenFiles(result.filePaths);
    },
    async saveFilesToFolder(request) {
      const owner = requireWindow();
      const result = await dialog.showOpenDialog(owner, {
        properties: ['openDirectory', 'createDirectory'],
        defaultPath: app.getPath('documents'),
      });
      const folder = result.filePaths[0];
      if (result.canceled || folder === undefined) return null;
      return saveFilesToFolder(folder, request.files);
    },
    async chooseTokenLibrary() {
      const owner = requireWindow();
      const windows = process.platform === 'win32';
      const result = await dialog.showOpenDialog(owner, {
        properties: ['openFile'],
        defaultPath: windows ? 'C:\\Windows\\System32' : '/usr/lib',
        filters: [{ name: 'PKCS#11', extensions: windows ? ['dll'] : ['so', 'dylib', '*'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
  // One token service for the app: logged-in token sessions end when the app quits.
  const tokens = new TokenService();
  app.on('will-quit', () => tokens.dispose());

  meetingHub = createMeetingHub({
    staticDir: path.join(appRoot, 'dist', 'renderer'),
    dataDir: userData,
    logError,
  });
  const handlers = createHandlers({
    identity: {
      name: PRODUCT_NAME,
      version: app.getVersion(),
      mode: 'electron',
      dataDir: userData,
      platform: process.platform,
    },
    settings,
    dataFiles: createDataFiles(userData),
    openExternal: (url) => shell.openExternal(url),
    dialogs,
    tokens,
    onLanguageChanged: (language: Language) => applyApplicationMenu(language, () => mainWindow),
    logError,
    trustedCertificates: await openTrustedCertificateStore(userData, (problem) =>
      logError(
        `${TRUSTED_CERTIFICATES_FILE} damaged (${problem.kind}); kept aside on the next change`,
        problem.cause,
      ),
    ),
    hub: meetingHub,
  });
  registerIpcHandlers(ipcMain, handlers, isTrustedSender, logError);

  await openMainWindow(userData);
}

function requireWindow(): BrowserWindow {
  if (mainWindow === null) throw new Error('no main window');
  return mainWindow;
}

/** Only the top frame of the app's own window, showing the app's own page, may call main. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    mainWindow !== null &&
    frame !== null &&
    event.sender === mainWindow.webContents &&
    frame === mainWindow.webContents.mainFrame &&
    isAppUrl(frame.url)
  );
}

async function openMainWindow(userData: string): Promise<void> {
  const stateStore = windowStateStore(userData, (problem) =>
    logError(`window-state.json ignored (${problem.kind})`, problem.cause),
  );
  // The primary display first: a window whose screen is gone opens there.
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  const placement = placeWindow(
    await stateStore.load(),
    [primary, ...others].map((display) => display.workArea),
  );

  const window = new BrowserWindow(
    mainWindowOptions(placement, path.join(__dirname, 'preload.cjs'), PRODUCT_NAME),
  );
  mainWindow = window;

  const captureState = (): WindowState => ({
    bounds: window.getNormalBounds(),
    maximized: window.isMaximized(),
  });
  let saveTimer: NodeJS.Timeout | undefined;
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      stateStore.save(captureState()).catch((error: unknown) => logError('window state not saved', error));
    }, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(saveTimer);
    pendingStateSave = stateStore.save(captureState());
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  // Ask Chromium never to evict the app's IndexedDB (the permission handler grants this one
  // permission to app://council). Done here so it holds whatever the renderer does.
  window.webContents.on('did-finish-load', () => {
    window.webContents
      .executeJavaScript('navigator.storage.persist()', true)
      .then((persisted: unknown) => {
        if (persisted !== true)
          logError(
            'storage is not persistent',
            new Error(`navigator.storage.persist() → ${String(persisted)}`),
          );
      })
      .catch((error: unknown) => logError('navigator.storage.persist() failed', error));
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });

  await window.loadURL(APP_ENTRY_URL);
}
