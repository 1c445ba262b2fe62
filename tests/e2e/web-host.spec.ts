import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { randomTestPort } from './playwright.config';

/**
 * Browser mode's host, as started by the Playwright config (the real build). The security
 * rules are unit-tested in tests/unit/electron/web; here they are checked once end to end,
 * against the same process a user runs with `npm run start:web`.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

test.describe('web host', () => {
  test('serves the app with its CSP to the signed-in browser; the page holds no secret', async ({
    page,
    baseURL,
  }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('meta[name="ocop-host"]')).toHaveAttribute('content', 'web');
    await expect(page.locator('meta[name="ocop-web-token"]')).toHaveCount(0);
    // The session cookie is HttpOnly: the page's script cannot read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // The page's own requests carry the cookie and its origin: allowed.
    const info = await page.evaluate(async () => {
      const answer = await fetch('/api/app:info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '[]',
      });
      return { status: answer.status, body: (await answer.json()) as unknown };
    });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ ok: true, value: { mode: 'web', name: 'OCOP Council' } });
    expect(baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
  });

  test('a browser without the cookie gets the "how to open" page, and the API 403', async ({
    browser,
    baseURL,
  }) => {
    const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const page = await stranger.newPage();
      const response = await page.goto(`${baseURL ?? ''}/`);
      expect(response?.status()).toBe(403);
      await expect(page.getByText('Hãy mở ứng dụng bằng liên kết dùng một lần')).toBeVisible();
      await expect(page.getByText('Open the app with the one-time link')).toBeVisible();
      const api = await stranger.request.post(`${baseURL ?? ''}/api/app:info`, {
        headers: { 'Content-Type': 'application/json' },
        data: '[]',
      });
      expect(api.status()).toBe(403);
    } finally {
      await stranger.close();
    }
  });

  test('answers 403 to a foreign Origin, even with the cookie', async ({ request, baseURL }) => {
    const call = (headers: Record<string, string>) =>
      request.post('/api/app:info', {
        headers: { 'Content-Type': 'application/json', ...headers },
        data: '[]',
      });
    expect((await call({ Origin: 'http://evil.example' })).status()).toBe(403);
    expect((await call({ Origin: baseURL ?? '' })).status()).toBe(200);
  });

  test('does not serve files outside the app, nor source maps', async ({ request, page }) => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
    await page.goto('/');
    const script = await page.locator('script[src]').first().getAttribute('src');
    expect(script).toMatch(/\.js$/u);
    expect((await request.get(`/${script ?? ''}`.replace('/./', '/'))).status()).toBe(200);
    expect((await request.get(`/${script ?? ''}.map`.replace('/./', '/'))).status()).toBe(404);
  });

  test('the one-time address printed by the start command opens the app, once', async ({ browser }) => {
    test.setTimeout(45_000);
    // A second host, started as a person starts it: it prints its one-time address.
    const dataDir = mkdtempSync(join(tmpdir(), 'ocop-e2e-launch-'));
    const port = randomTestPort();
    const host = spawn(
      process.execPath,
      ['dist-electron/web-host.cjs', '--port', String(port), '--data-dir', dataDir, '--no-open'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const launchUrl = await new Promise<string>((resolve, reject) => {
        let printed = '';
        host.stdout.on('data', (chunk: Buffer) => {
          printed += chunk.toString();
          const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/u.exec(printed)?.[0];
          if (url !== undefined) resolve(url);
        });
        host.once('exit', (code) => reject(new Error(`web host exited ${code}`)));
      });
      const page = await fresh.newPage();
      await page.goto(launchUrl);
      // Moved on to the app, without the token in the address bar.
      await page.waitForURL(`http://127.0.0.1:${port}/`);
      await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
      expect(page.url()).not.toContain('token');

      // The same address in another browser: spent.
      const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const second = await other.newPage();
      expect((await second.goto(launchUrl))?.status()).toBe(403);
      await other.close();
    } finally {
      await fresh.close();
      host.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
