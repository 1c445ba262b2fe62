import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from '../../../../electron/services/user-data-dir';

describe('defaultUserDataDir (same folder as Electron userData)', () => {
  it('Linux: ~/.config/OCOP Council, or $XDG_CONFIG_HOME', () => {
    expect(defaultUserDataDir({ platform: 'linux', homedir: '/home/an', env: {} })).toBe(
      '/home/an/.config/OCOP Council',
    );
    expect(
      defaultUserDataDir({ platform: 'linux', homedir: '/home/an', env: { XDG_CONFIG_HOME: '/cfg' } }),
    ).toBe('/cfg/OCOP Council');
    expect(defaultUserDataDir({ platform: 'linux', homedir: '/home/an', env: { XDG_CONFIG_HOME: '' } })).toBe(
      '/home/an/.config/OCOP Council',
    );
  });

  it('Windows: %APPDATA%\\OCOP Council', () => {
    expect(
      defaultUserDataDir({
        platform: 'win32',
        homedir: 'C:\\Users\\An',
        env: { APPDATA: 'C:\\Users\\An\\AppData\\Roaming' },
      }),
    ).toBe('C:\\Users\\An\\AppData\\Roaming\\OCOP Council');
    expect(defaultUserDataDir({ platform: 'win32', homedir: 'C:\\Users\\An', env: {} })).toBe(
      'C:\\Users\\An\\AppData\\Roaming\\OCOP Council',
    );
  });

  it('macOS: ~/Library/Application Support/OCOP Council', () => {
    expect(defaultUserDataDir({ platform: 'darwin', homedir: '/Users/an', env: {} })).toBe(
      '/Users/an/Library/Application Support/OCOP Council',
    );
  });
});
