import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../../electron/ipc/contract';
import type { HandlerMap } from '../../../../electron/ipc/handlers';
import { registerIpcHandlers } from '../../../../electron/ipc/register';

type Listener = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => Promise<unknown>;

function setUp(trusted: boolean) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) };
  const appInfo = vi.fn(async (_args: unknown) => ({ ok: true as const, value: 'info' }));
  const setLanguage = vi.fn(async (_args: unknown) => ({ ok: true as const, value: undefined }));
  const handlers = new Proxy({ appInfo, setLanguage } as Record<string, unknown>, {
    get: (target, key: string) => target[key] ?? vi.fn(async () => ({ ok: true, value: null })),
  });
  const logged: string[] = [];
  registerIpcHandlers(
    // Fakes with only the members registerIpcHandlers uses.
    ipcMain as unknown as Electron.IpcMain,
    handlers as unknown as HandlerMap,
    () => trusted,
    (message) => logged.push(message),
  );
  return { listeners, appInfo, setLanguage, logged };
}

describe('registerIpcHandlers', () => {
  it('registers one channel per contract method, and nothing else', () => {
    const { listeners } = setUp(true);
    expect([...listeners.keys()].sort()).toEqual(Object.values(channels).sort());
  });

  it('passes the raw argument list of a trusted sender to the handler', async () => {
    const { listeners, setLanguage } = setUp(true);
    const answer = await listeners.get(channels.setLanguage)?.(
      { senderFrame: { url: 'app://council/index.html' } },
      'en',
    );
    expect(answer).toEqual({ ok: true, value: undefined });
    expect(setLanguage).toHaveBeenCalledWith(['en']);
  });

  it('drops a message from any other sender without calling the handler, and logs it', async () => {
    const { listeners, appInfo, logged } = setUp(false);
    const answer = await listeners.get(channels.appInfo)?.({ senderFrame: { url: 'https://evil.example/' } });
    expect(answer).toEqual({ ok: false, error: { code: 'refused', message: 'untrusted sender' } });
    expect(appInfo).not.toHaveBeenCalled();
    expect(logged).toEqual(['IPC app:info dropped']);
  });
});
