import { expect, test } from '@playwright/test';

/**
 * Browser mode's host, as started by the Playwright config (the real build). The security
 * rules are unit-tested in tests/unit/electron/web; here they are checked once end to end,
 * against the same process a user runs with `npm run start:web`.
 */

test.describe('web host', () => {
  test('serves the app with its CSP and a per-run token only the page can read', async ({
    page,
    baseURL,
  }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const token = await page.locator('meta[name="ocop-web-token"]').getAttribute('content');
    expect(token).toMatch(/^[0-9a-f]{64}$/u);

    // The page's own requests carry the token and its origin: allowed.
    const info = await page.evaluate(async (t) => {
      const answer = await fetch('/api/app:info', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-OCOP-Token': t ?? '' },
        body: '[]',
      });
      return { status: answer.status, body: (await answer.json()) as unknown };
    }, token);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ ok: true, value: { mode: 'web', name: 'OCOP Council' } });
    expect(baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/u);
  });

  test('answers 403 without the token and to a foreign Origin', async ({ request, page, baseURL }) => {
    await page.goto('/');
    const token = (await page.locator('meta[name="ocop-web-token"]').getAttribute('content')) ?? '';
    const call = (headers: Record<string, string>) =>
      request.post('/api/app:info', {
        headers: { 'Content-Type': 'application/json', ...headers },
        data: '[]',
      });

    expect((await call({})).status()).toBe(403);
    expect((await call({ 'X-OCOP-Token': 'wrong' })).status()).toBe(403);
    expect((await call({ 'X-OCOP-Token': token, Origin: 'http://evil.example' })).status()).toBe(403);
    expect((await call({ 'X-OCOP-Token': token, Origin: baseURL ?? '' })).status()).toBe(200);
  });

  test('does not serve files outside the app', async ({ request }) => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });
});
