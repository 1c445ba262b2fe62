import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DataFileRef, DataFolder } from '../../../../electron/ipc/contract';
import { createDataFiles, type DataFiles } from '../../../../electron/services/data-files';
import {
  DataFileNotFoundError,
  FileTooLargeError,
  PathEscapeError,
  UnsafeFileNameError,
} from '../../../../electron/services/errors';

let dataDir: string;
let files: DataFiles;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'ocop-data-'));
  files = createDataFiles(dataDir, { maxBytes: 1024 });
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('data files', () => {
  it('writes, lists, reads and removes a backup with a Vietnamese name', async () => {
    const ref: DataFileRef = { folder: 'backups', name: 'Sao lưu đợt 1.json' };
    const entry = await files.write(ref, bytes('{"ok":true}'));
    expect(entry).toMatchObject({ name: 'Sao lưu đợt 1.json', size: 11 });
    expect(await readFile(path.join(dataDir, 'backups', 'Sao lưu đợt 1.json'), 'utf8')).toBe('{"ok":true}');
    expect((await files.list('backups')).map((e) => e.name)).toEqual(['Sao lưu đợt 1.json']);
    expect(new TextDecoder().decode(await files.read(ref))).toBe('{"ok":true}');
    await files.remove(ref);
    expect(await files.list('backups')).toEqual([]);
  });

  it('replaces a file whole and leaves no temporary file behind', async () => {
    const ref: DataFileRef = { folder: 'signed', name: 'bien-ban.pdf' };
    await files.write(ref, bytes('first version'));
    await files.write(ref, bytes('second'));
    expect(new TextDecoder().decode(await files.read(ref))).toBe('second');
    expect(await readdir(path.join(dataDir, 'signed'))).toEqual(['bien-ban.pdf']);
  });

  it('lists a folder that was never written as empty, newest first otherwise', async () => {
    expect(await files.list('exports')).toEqual([]);
    await files.write({ folder: 'exports', name: 'a.csv' }, bytes('a'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await files.write({ folder: 'exports', name: 'b.csv' }, bytes('b'));
    expect((await files.list('exports')).map((e) => e.name)).toEqual(['b.csv', 'a.csv']);
  });

  it('does not list temporary, hidden or foreign-named files', async () => {
    await mkdir(path.join(dataDir, 'backups'), { recursive: true });
    await writeFile(path.join(dataDir, 'backups', '.tmp-abc'), 'x');
    await writeFile(path.join(dataDir, 'backups', 'ok.json'), 'x');
    expect((await files.list('backups')).map((e) => e.name)).toEqual(['ok.json']);
  });

  it('answers not-found for a missing file', async () => {
    await expect(files.read({ folder: 'backups', name: 'none.json' })).rejects.toThrow(DataFileNotFoundError);
    await expect(files.remove({ folder: 'backups', name: 'none.json' })).rejects.toThrow(
      DataFileNotFoundError,
    );
  });

  it.each(['../escape.txt', '..', '/etc/passwd', 'C:\\x', 'a\u0000b', 'CON', 'x'.repeat(300), ''])(
    'refuses the name %j before touching the disk',
    async (name) => {
      await expect(files.write({ folder: 'backups', name }, bytes('x'))).rejects.toThrow(UnsafeFileNameError);
      await expect(files.read({ folder: 'backups', name })).rejects.toThrow(UnsafeFileNameError);
      expect(await readdir(dataDir)).toEqual([]);
    },
  );

  it('refuses a folder outside the enumeration even from Node callers', async () => {
    const folder = '../../etc' as DataFolder;
    await expect(files.list(folder)).rejects.toThrow(PathEscapeError);
  });

  it('refuses to follow a symlink planted in the folder', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'ocop-outside-'));
    await writeFile(path.join(outside, 'secret.txt'), 'secret');
    await mkdir(path.join(dataDir, 'backups'));
    await symlink(path.join(outside, 'secret.txt'), path.join(dataDir, 'backups', 'link.json'));
    await expect(files.read({ folder: 'backups', name: 'link.json' })).rejects.toThrow(PathEscapeError);
    await expect(files.write({ folder: 'backups', name: 'link.json' }, bytes('x'))).rejects.toThrow(
      PathEscapeError,
    );
    expect(await readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('secret');
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses a data folder that is a symlink to elsewhere', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'ocop-outside-'));
    await symlink(outside, path.join(dataDir, 'signed'));
    await expect(files.write({ folder: 'signed', name: 'x.pdf' }, bytes('x'))).rejects.toThrow(
      PathEscapeError,
    );
    expect(await readdir(outside)).toEqual([]);
    await rm(outside, { recursive: true, force: true });
  });

  it('refuses a file over the size limit', async () => {
    await expect(files.write({ folder: 'backups', name: 'big.bin' }, new Uint8Array(1025))).rejects.toThrow(
      FileTooLargeError,
    );
  });
});
