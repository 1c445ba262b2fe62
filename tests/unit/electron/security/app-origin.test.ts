import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isPermissionGranted } from '../../../../electron/security/app-origin';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../../electron/security/csp';

describe('the app’s own origin (navigation and IPC sender checks)', () => {
  it.each([
    APP_ENTRY_URL,
    'app://council/',
    'app://council/index.html#/rounds',
    'app://council/assets/x.js?v=1',
  ])('%s is the app', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'file:///home/an/index.html',
    'app://other/index.html',
    'app://council.evil.example/',
    'app://user@council/',
    'http://127.0.0.1:4780/',
    'javascript:alert(1)',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('%s is not', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('the storage origin is fixed forever (changing it would lose every IndexedDB)', () => {
    expect(APP_ENTRY_URL).toBe('app://council/index.html');
  });
});

describe('permissions', () => {
  it('grants only persistent storage, only to the app', () => {
    expect(isPermissionGranted('persistent-storage', 'app://council')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://council/index.html')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://evil.example')).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fileSystem',
      'unknown',
    ]) {
      expect(isPermissionGranted(permission, 'app://council')).toBe(false);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('allows no inline or remote script, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/u);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/u);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('the <meta> version leaves out what a meta tag cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(META_CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });
});
