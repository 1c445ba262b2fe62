import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, type WindowPlacement } from './services/window-state';

/**
 * The main window's options, in one pure function so a unit test can prove the hardening
 * flags even where Electron cannot run. Every flag is spelled out, not left to defaults,
 * so an Electron upgrade that changes a default cannot weaken the app silently.
 */
export function mainWindowOptions(
  placement: WindowPlacement,
  preloadPath: string,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
