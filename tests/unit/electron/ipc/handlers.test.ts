import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../../electron/ipc/contract';
import { createHandlers, noDialogs, type HandlerMap } from '../../../../electron/ipc/handlers';
import { createDataFiles } from '../../../../electron/services/data-files';
import { openSettingsStore } from '../../../../electron/services/settings-store';

let dir: string;
let handlers: HandlerMap;
let opened: string[];
let languages: Language[];
let logged: string[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-handlers-'));
  opened = [];
  languages = [];
  logged = [];
  handlers = createHandlers({
    identity: { name: 'OCOP Council', version: '0.1.0', mode: 'web', dataDir: dir, platform: 'linux' },
    settings: await openSettingsStore(dir, () => undefined),
    dataFiles: createDataFiles(dir),
    openExternal: async (url) => {
      opened.push(url);
    },
    dialogs: noDialogs,
    onLanguageChanged: (language) => languages.push(language),
    logError: (message) => logged.push(message),
  });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('handler map', () => {
  it('answers appInfo with the remembered language', async () => {
    expect(await handlers.appInfo([])).toMatchObject({
      ok: true,
      value: { name: 'OCOP Council', mode: 'web', language: null },
    });
    expect(await handlers.setLanguage(['en'])).toEqual({ ok: true, value: undefined });
    expect(languages).toEqual(['en']);
    expect(await handlers.appInfo([])).toMatchObject({ ok: true, value: { language: 'en' } });
  });

  it('round-trips a data file', async () => {
    const file = { folder: 'backups', name: 'Sao lưu.json' };
    const written = await handlers.writeDataFile([file, new Uint8Array([7, 8])]);
    expect(written).toMatchObject({ ok: true, value: { name: 'Sao lưu.json', size: 2 } });
    expect(await handlers.readDataFile([file])).toEqual({ ok: true, value: new Uint8Array([7, 8]) });
    expect(await handlers.listDataFiles(['backups'])).toMatchObject({
      ok: true,
      value: [{ name: 'Sao lưu.json' }],
    });
    expect(await handlers.removeDataFile([file])).toEqual({ ok: true, value: undefined });
  });

  it('writes several data files in one call, in order; a refused name refuses the call', async () => {
    const signed = (name: string) => ({ folder: 'signed', name });
    const written = await handlers.writeDataFiles([
      [
        { file: signed('Biên bản 1.pdf'), bytes: new Uint8Array([1]) },
        { file: signed('Biên bản 2.pdf'), bytes: new Uint8Array([2, 2]) },
      ],
    ]);
    expect(written).toMatchObject({
      ok: true,
      value: [
        { name: 'Biên bản 1.pdf', size: 1 },
        { name: 'Biên bản 2.pdf', size: 2 },
      ],
    });
    expect(await handlers.readDataFile([signed('Biên bản 2.pdf')])).toEqual({
      ok: true,
      value: new Uint8Array([2, 2]),
    });
    const refused = await handlers.writeDataFiles([
      [
        { file: signed('Biên bản 3.pdf'), bytes: new Uint8Array([3]) },
        { file: signed('../x.pdf'), bytes: new Uint8Array([4]) },
      ],
    ]);
    expect(refused).toMatchObject({ ok: false });
    // Checked before anything is written: the first file of a refused call is not there.
    expect(await handlers.readDataFile([signed('Biên bản 3.pdf')])).toMatchObject({ ok: false });
  });

  it.each([
    ['wrong type', 'setLanguage', [42]],
    ['not an array', 'setLanguage', 'vi'],
    ['path with ..', 'readDataFile', [{ folder: 'backups', name: '../../etc/passwd' }]],
    ['absolute path', 'writeDataFile', [{ folder: 'backups', name: '/tmp/x' }, new Uint8Array(1)]],
    ['NUL byte', 'removeDataFile', [{ folder: 'backups', name: 'a\u0000b' }]],
    ['huge string', 'openExternal', ['h'.repeat(10_000_000)]],
  ] as const)('answers invalid-payload for %s and calls no service', async (_label, method, args) => {
    const result = await handlers[method](args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(opened).toEqual([]);
  });

  it('answers not-found for a missing file', async () => {
    expect(await handlers.readDataFile([{ folder: 'signed', name: 'none.pdf' }])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('opens only http(s) URLs', async () => {
    expect(await handlers.openExternal(['https://ocop.gov.vn'])).toEqual({ ok: true, value: undefined });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'https://a:b@evil.example',
    ]) {
      expect(await handlers.openExternal([url])).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
    expect(opened).toEqual(['https://ocop.gov.vn/']);
  });

  it('answers unsupported for dialogs on a host without them', async () => {
    expect(await handlers.openFileDialog([{}])).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('turns an unexpected failure into internal and logs it', async () => {
    const broken = createHandlers({
      identity: { name: 'x', version: '0', mode: 'web', dataDir: dir, platform: 'linux' },
      settings: {
        get: () => ({ language: null }),
        setLanguage: () => Promise.reject(new TypeError('boom')),
        setTokenLibrary: () => Promise.reject(new TypeError('boom')),
      },
      dataFiles: createDataFiles(dir),
      openExternal: async () => undefined,
      dialogs: noDialogs,
      logError: (message) => logged.push(message),
    });
    expect(await broken.setLanguage(['vi'])).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
    expect(logged).toEqual(['setLanguage: unexpected error']);
  });
});
