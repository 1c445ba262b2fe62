import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { projectRoot, resolveElectronBinary } from '../../build/scripts/electron-binary.mjs';

/**
 * The real desktop app. Electron's binary is found the way `npm start` finds it (never via
 * `require('electron')`, which would start a download); where it is not installed — like
 * the offline build machines — the whole file is reported as skipped, with the reason.
 */
const binary = resolveElectronBinary();

// Chromium refuses to run as root without this (containers, CI as root).
const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

function launch(userDataDir: string): Promise<ElectronApplication> {
  if (!binary.found) throw new Error('Electron binary not installed');
  return electron.launch({
    executablePath: binary.path,
    args: [projectRoot, ...rootArgs],
    env: { ...process.env, OCOP_USER_DATA_DIR: userDataDir },
  });
}

test.describe('desktop app (Electron)', () => {
  test.skip(!binary.found, 'Electron binary not installed');

  let userDataDir: string;
  test.beforeEach(() => {
    userDataDir = mkdtempSync(join(tmpdir(), 'ocop-electron-'));
  });
  test.afterEach(() => {
    rmSync(userDataDir, { recursive: true, force: true });
  });

  test('opens the Vietnamese home screen from app://council, isolated from Node', async () => {
    const app = await launch(userDataDir);
    const page = await app.firstWindow();
    await expect(page.getByText('Đợt đánh giá').first()).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/council\//u);

    const exposed = await page.evaluate(() => ({
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
      council: typeof window.council,
      methods: Object.keys(window.council ?? {}).sort(),
    }));
    expect(exposed).toEqual({
      require: 'undefined',
      process: 'undefined',
      council: 'object',
      methods: [
        'appInfo',
        'listDataFiles',
        'openExternal',
        'openFileDialog',
        'readDataFile',
        'removeDataFile',
        'saveFileDialog',
        'setLanguage',
        'writeDataFile',
        'writeDataFiles',
      ],
    });
    const info = await page.evaluate(() => window.council?.appInfo());
    expect(info).toMatchObject({ ok: true, value: { mode: 'electron', name: 'OCOP Council' } });

    // An inline script is blocked by the Content-Security-Policy.
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);

    // IndexedDB of the app must never be evicted.
    expect(await page.evaluate(() => navigator.storage.persist())).toBe(true);
    await app.close();
  });

  test('denies new windows and navigation away from the app', async () => {
    const app = await launch(userDataDir);
    const page = await app.firstWindow();
    await expect(page.getByText('Đợt đánh giá').first()).toBeVisible();

    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(await page.evaluate(() => window.open('app://council/index.html') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);

    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(/^app:\/\/council\//u);

    await page.evaluate(() => {
      window.location.href = 'file:///etc/passwd';
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toMatch(/^app:\/\/council\//u);

    // openExternal refuses anything but http(s), answering with a code.
    const refused = await page.evaluate(() => window.council?.openExternal('file:///etc/passwd'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    await app.close();
  });

  test('remembers the window’s size and position, and runs only once', async () => {
    const first = await launch(userDataDir);
    await first.firstWindow();
    await first.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 50, width: 1000, height: 700 });
    });

    // A second start with the same data folder hands over to the first and quits.
    if (binary.found) {
      const second = spawnSync(binary.path, [projectRoot, ...rootArgs], {
        env: { ...process.env, OCOP_USER_DATA_DIR: userDataDir },
        timeout: 30_000,
      });
      expect(second.status).toBe(0);
      expect(first.windows()).toHaveLength(1);
    }

    await first.close();
    const stateFile = join(userDataDir, 'window-state.json');
    expect(existsSync(stateFile)).toBe(true);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({
      bounds: { width: 1000, height: 700 },
    });

    const again = await launch(userDataDir);
    await again.firstWindow();
    const bounds = await again.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds());
    expect(bounds).toMatchObject({ width: 1000, height: 700 });
    await again.close();
  });
});
