import { describe, expect, it } from 'vitest';
import { UnsafeUrlError } from '../../../../electron/services/errors';
import { checkExternalUrl, isSafeExternalUrl } from '../../../../electron/services/url-guard';
import { safeExternalUrl } from '../../../../renderer/src/platform/external-url';

const allowed: readonly (readonly [string, string])[] = [
  ['https://ocop.gov.vn/', 'https://ocop.gov.vn/'],
  ['http://example.com/path?q=1#x', 'http://example.com/path?q=1#x'],
  ['https://Ví-dụ.vn/trang', 'https://xn--v-d-rma6749a.vn/trang'],
  ['HTTPS://EXAMPLE.COM', 'https://example.com/'],
];

const refused: readonly (readonly [string, unknown])[] = [
  ['javascript:alert(1)', 'javascript:alert(1)'],
  ['JaVaScRiPt:alert(1)', 'JaVaScRiPt:alert(1)'],
  ['file:///etc/passwd', 'file:///etc/passwd'],
  ['file://server/share/x.exe', 'file://server/share/x.exe'],
  ['data:text/html,<script>alert(1)</script>', 'data:text/html,<script>alert(1)</script>'],
  ['mailto:someone@example.com', 'mailto:someone@example.com'],
  ['ms-msdt:/id PCWDiagnostic', 'ms-msdt:/id PCWDiagnostic'],
  ['smb://attacker/share', 'smb://attacker/share'],
  ['app://council/index.html', 'app://council/index.html'],
  ['https://user:pass@evil.example/', 'credentials'],
  ['https://ocop.gov.vn@evil.example/', 'user name as disguise'],
  ['http://', 'no host'],
  ['https:', 'no host'],
  ['//example.com', 'scheme-relative'],
  ['example.com', 'no scheme'],
  ['not a url', 'malformed'],
  ['', 'empty'],
  [' https://example.com', 'leading space'],
  ['https://exa\tmple.com', 'tab the parser would strip'],
  ['https://example.com/\u0000', 'NUL'],
  [`https://example.com/${'a'.repeat(3000)}`, 'huge'],
  [`https://example.com/${'a'.repeat(10_000_000)}`, '10 MB'],
];

describe('checkExternalUrl (openExternal guard)', () => {
  it.each(allowed)('opens %s as %s', (raw, normalised) => {
    expect(checkExternalUrl(raw)).toBe(normalised);
  });

  it.each(refused)('refuses %s (%s)', (raw) => {
    expect(() => checkExternalUrl(raw)).toThrow(UnsafeUrlError);
    expect(isSafeExternalUrl(raw)).toBe(false);
  });

  it.each([[42], [null], [undefined], [{ href: 'https://example.com' }], [['https://example.com']]])(
    'refuses a non-string %j',
    (raw) => {
      expect(() => checkExternalUrl(raw)).toThrow(UnsafeUrlError);
    },
  );

  it('the renderer (browser mode) applies the same rules', () => {
    for (const [raw, normalised] of allowed) expect(safeExternalUrl(raw)).toBe(normalised);
    for (const [raw] of refused) expect(safeExternalUrl(raw)).toBeNull();
  });
});
