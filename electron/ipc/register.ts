import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, type HostResult, type MethodName } from './contract';
import type { HandlerMap } from './handlers';

/**
 * Connects the handler map to ipcMain. A message is answered only when it comes from the
 * main frame of the app's own window showing the app's own URL; anything else (a frame of a
 * page the app was tricked into loading, another webContents) gets 'refused' and is logged.
 */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  handlers: HandlerMap,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  logError: (message: string, error: unknown) => void,
): void {
  const methods = Object.keys(channels).filter((key): key is MethodName => key in channels);
  for (const method of methods) {
    ipcMain.handle(channels[method], async (event, ...args: unknown[]): Promise<HostResult<unknown>> => {
      if (!isTrustedSender(event)) {
        logError(
          `IPC ${channels[method]} dropped`,
          new Error(`untrusted sender ${event.senderFrame?.url ?? '(gone)'}`),
        );
        return { ok: false, error: { code: 'refused', message: 'untrusted sender' } };
      }
      return handlers[method](args);
    });
  }
}
