import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import afterPack, { FUSES, packagedElectron } from '../../../../build/scripts/after-pack.mjs';

/**
 * The fuses every packaged build gets (issue 14). Packaging cannot run offline, so the hook is
 * applied to a stand-in binary carrying Electron's fuse wire (sentinel, version 1, 8 fuses, as
 * Electron 45 ships them: run-as-node, NODE_OPTIONS, --inspect and file:// privileges on), and the wire is read
 * back with the library's own reader.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const SHIPPED = '10110001'; // Electron's defaults, as '0'/'1' per fuse
/** How the wire stores a fuse: the characters '0' and '1'. */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-fuses-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fakeElectron(name: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(
    file,
    Buffer.concat([
      Buffer.from('\u007fELF…code before…'),
      Buffer.from(SENTINEL),
      Buffer.from([1, SHIPPED.length]),
      Buffer.from(SHIPPED),
      Buffer.from('…code after…'),
    ]),
  );
  return file;
}

const context = (platform: string) => ({
  appOutDir: dir,
  electronPlatformName: platform,
  arch: 1,
  packager: { appInfo: { productFilename: 'OCOP Council' }, executableName: 'ocop-council' },
});

describe('Electron fuses at packaging (afterPack)', () => {
  it('turns run-as-node, NODE_OPTIONS and --inspect off, asar integrity and asar-only on', () => {
    expect(FUSES).toMatchObject({
      version: '1',
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('flips them in the packaged Linux binary and leaves the other fuses and bytes alone', async () => {
    const binary = await fakeElectron('ocop-council');
    const before = await readFile(binary);
    await afterPack(context('linux'));
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    // Not ours to change: cookie encryption, the V8 snapshot, file:// privileges.
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.ENABLE);
    const after = await readFile(binary);
    expect(after.length).toBe(before.length);
    const wireAt = before.indexOf(SENTINEL) + SENTINEL.length + 2;
    const changed = [...after].flatMap((byte, i) => (byte === before[i] ? [] : [i - wireAt]));
    expect(changed).toEqual([0, 2, 3, 4, 5]);
  });

  it('finds the executable electron-builder wrote on each platform', () => {
    expect(packagedElectron(context('linux'))).toBe(path.join(dir, 'ocop-council'));
    expect(packagedElectron(context('win32'))).toBe(path.join(dir, 'OCOP Council.exe'));
    expect(packagedElectron(context('darwin'))).toBe(path.join(dir, 'OCOP Council.app'));
  });

  it('is the afterPack hook of the packaging configuration', async () => {
    const yml = await readFile(path.join(__dirname, '../../../../build/electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^afterPack: \.\/build\/scripts\/after-pack\.mjs$/mu);
  });
});
