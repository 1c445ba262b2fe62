import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouncilBridge } from '../../../electron/ipc/contract';
import { createHandlers, noDialogs } from '../../../electron/ipc/handlers';
import { createDataFiles } from '../../../electron/services/data-files';
import { UnsupportedOnHostError } from '../../../electron/services/errors';
import { createMeetingHub, type MeetingHub } from '../../../electron/services/hub';
import { openSettingsStore } from '../../../electron/services/settings-store';
import { startWebHost, type RunningWebHost } from '../../../electron/web/host';
import * as nodeWire from '../../../electron/web/wire';
import { acceptAttribute } from '../../../renderer/src/platform/browser-side';
import { CouncilHostError } from '../../../renderer/src/platform/errors';
import { createMemoryBridge } from '../../../renderer/src/platform/memory-bridge';
import {
  createPlatform,
  getPlatform,
  type PlatformEnvironment,
} from '../../../renderer/src/platform/platform';
import * as browserWire from '../../../renderer/src/platform/wire';
import { fetchWithCookie, signInCookie } from '../electron/web/helpers/sign-in';

const noWindow: PlatformEnvironment = {
  council: undefined,
  webHost: false,
  window: undefined,
  fetch: undefined,
  baseUrl: '',
};

describe('getPlatform', () => {
  it('falls back to memory where there is neither Electron nor the web host (unit tests, vite dev)', () => {
    expect(getPlatform().mode).toBe('memory');
    // Signed copies kept only in memory would vanish: the signing screen must not claim a copy.
    expect(getPlatform().can).toEqual({ saveToFolder: false, dataFolder: false });
  });

  it('uses window.council in Electron and throws CouncilHostError with the host’s code', async () => {
    const council: CouncilBridge = {
      ...createMemoryBridge(),
      readDataFile: async () => ({ ok: false, error: { code: 'not-found', message: 'x.pdf' } }),
    };
    const platform = createPlatform({ ...noWindow, council });
    expect(platform.mode).toBe('electron');
    expect(platform.can).toEqual({ saveToFolder: true, dataFolder: true });
    const failure = platform.readDataFile({ folder: 'signed', name: 'x.pdf' });
    await expect(failure).rejects.toBeInstanceOf(CouncilHostError);
    await expect(failure).rejects.toMatchObject({ code: 'not-found', method: 'readDataFile' });
  });

  it('memory mode keeps files and language until reload', async () => {
    const platform = createPlatform(noWindow);
    await platform.writeDataFile({ folder: 'backups', name: 'a.json' }, new Uint8Array([1]));
    expect((await platform.listDataFiles('backups')).map((f) => f.name)).toEqual(['a.json']);
    await platform.setLanguage('en');
    expect((await platform.appInfo()).language).toBe('en');
    await expect(platform.readDataFile({ folder: 'backups', name: 'b.json' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('browser mode against the real web host', () => {
  let base: string;
  let host: RunningWebHost;
  let cookie: string;
  let hub: MeetingHub;
  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'ocop-platform-'));
    await mkdir(path.join(base, 'renderer'));
    await writeFile(path.join(base, 'renderer', 'index.html'), '<html><head></head></html>');
    hub = createMeetingHub({
      staticDir: path.join(base, 'renderer'),
      dataDir: base,
      logError: () => undefined,
    });
    host = await startWebHost({
      port: 0,
      staticDir: path.join(base, 'renderer'),
      logError: () => undefined,
      handlers: createHandlers({
        identity: { name: 'OCOP Council', version: '0.1.0', mode: 'web', dataDir: base, platform: 'linux' },
        settings: await openSettingsStore(base, () => undefined),
        dataFiles: createDataFiles(base),
        openExternal: () => Promise.reject(new UnsupportedOnHostError('openExternal')),
        dialogs: noDialogs,
        logError: () => undefined,
        hub,
      }),
    });
    cookie = await signInCookie(host.launchUrl);
  });
  afterAll(async () => {
    await hub.stop();
    await host.close();
    await rm(base, { recursive: true, force: true });
  });

  it('calls the host with the session cookie and round-trips bytes', async () => {
    const platform = createPlatform({
      ...noWindow,
      webHost: true,
      fetch: fetchWithCookie(cookie),
      baseUrl: host.url,
    });
    expect(platform.mode).toBe('web');
    // A browser cannot write into a folder (one download per file) but the host keeps a data folder.
    expect(platform.can).toEqual({ saveToFolder: false, dataFolder: true });
    expect(await platform.appInfo()).toMatchObject({ mode: 'web', name: 'OCOP Council' });
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    await platform.writeDataFile({ folder: 'exports', name: 'Kết quả.csv' }, bytes);
    expect(await platform.readDataFile({ folder: 'exports', name: 'Kết quả.csv' })).toEqual(bytes);
    await expect(platform.readDataFile({ folder: 'exports', name: '../x' })).rejects.toMatchObject({
      code: 'invalid-payload',
    });
  });

  it("carries the hub's refusal as a code with its values, for the page to word", async () => {
    const platform = createPlatform({
      ...noWindow,
      webHost: true,
      fetch: fetchWithCookie(cookie),
      baseUrl: host.url,
    });
    const open = platform.hubCommand({
      kind: 'open',
      roundId: 'round-1',
      meetingDate: '2026-12-07',
      memberIds: [],
      bindAddress: '10.1.2.3',
      port: 0,
    });
    await expect(open).rejects.toBeInstanceOf(CouncilHostError);
    await expect(open).rejects.toMatchObject({
      code: 'refused',
      refusal: { code: 'address-not-local', params: { address: '10.1.2.3' } },
    });
  });

  it('reports a missing session as refused and a stopped host as unavailable', async () => {
    const wrong = createPlatform({ ...noWindow, webHost: true, fetch, baseUrl: host.url });
    await expect(wrong.appInfo()).rejects.toMatchObject({ code: 'refused' });
    const gone = createPlatform({
      ...noWindow,
      webHost: true,
      fetch: fetchWithCookie(cookie),
      baseUrl: 'http://127.0.0.1:1',
    });
    await expect(gone.appInfo()).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe('wire format', () => {
  it('the renderer and the web host encode bytes the same way', () => {
    const value = [{ folder: 'signed', name: 'x' }, new Uint8Array([0, 1, 2, 250, 255])];
    expect(browserWire.encodeWire(value)).toBe(nodeWire.encodeWire(value));
    expect(nodeWire.decodeWire(browserWire.encodeWire(value))).toEqual(value);
    expect(browserWire.decodeWire(nodeWire.encodeWire(value))).toEqual(value);
  });

  it('the renderer and the web host frame the binary wire the same way', () => {
    const value = [
      { folder: 'signed', name: 'Biên bản' },
      new Uint8Array([0, 1, 2, 250, 255]),
      { b: new Uint8Array(0) },
    ];
    const browser = browserWire.encodeWireBinary(value);
    expect(Buffer.from(browser).equals(nodeWire.encodeWireBinary(value))).toBe(true);
    expect(nodeWire.decodeWireBinary(browser)).toEqual(value);
    expect(browserWire.decodeWireBinary(nodeWire.encodeWireBinary(value))).toEqual(value);
  });

  it('survives large files (chunked base64)', () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    expect(browserWire.base64ToBytes(browserWire.bytesToBase64(bytes))).toEqual(bytes);
    expect(browserWire.bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('file input accept attribute', () => {
  it('turns dialog filters into extensions', () => {
    expect(
      acceptAttribute([
        { name: 'PDF', extensions: ['pdf', 'PDF'] },
        { name: 'JSON', extensions: ['json'] },
      ]),
    ).toBe('.pdf,.json');
    expect(acceptAttribute([{ name: 'Tất cả', extensions: ['*'] }])).toBe('');
    expect(acceptAttribute(undefined)).toBe('');
  });
});
