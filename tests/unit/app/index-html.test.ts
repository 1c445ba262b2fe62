import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { META_CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';

describe('renderer/index.html', () => {
  const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');

  it('carries the same Content-Security-Policy as the hosts send', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('starts in Vietnamese', () => {
    expect(html).toMatch(/<html lang="vi">/);
  });
});
