import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEB_PORT, parseWebHostSettings, WebHostUsageError } from '../../../../electron/web/settings';

describe('web host command line', () => {
  it('defaults to port 4780 and the desktop app’s data folder', () => {
    const settings = parseWebHostSettings([], { XDG_CONFIG_HOME: '/cfg', APPDATA: 'C:\\AppData' });
    expect(settings.port).toBe(DEFAULT_WEB_PORT);
    expect(DEFAULT_WEB_PORT).toBe(4780);
    if (process.platform === 'linux') expect(settings.dataDir).toBe('/cfg/OCOP Council');
    else expect(settings.dataDir).toContain('OCOP Council');
  });

  it('takes --port and --data-dir (as used by the Playwright config)', () => {
    const settings = parseWebHostSettings(['--port', '4781', '--data-dir', 'tmp/data'], {});
    expect(settings).toEqual({
      port: 4781,
      dataDir: path.resolve('tmp/data'),
      tokenFile: undefined,
      openBrowser: true,
    });
    expect(parseWebHostSettings(['--port=4782'], {}).port).toBe(4782);
  });

  it('takes OCOP_WEB_PORT and OCOP_DATA_DIR; flags win', () => {
    const env = { OCOP_WEB_PORT: '5000', OCOP_DATA_DIR: path.join(os.tmpdir(), 'x') };
    expect(parseWebHostSettings([], env)).toMatchObject({ port: 5000, dataDir: path.join(os.tmpdir(), 'x') });
    expect(parseWebHostSettings(['--port', '5001'], env).port).toBe(5001);
  });

  it('opens a browser unless --no-open or OCOP_NO_BROWSER=1; --token-file is resolved', () => {
    expect(parseWebHostSettings(['--no-open'], {}).openBrowser).toBe(false);
    expect(parseWebHostSettings([], { OCOP_NO_BROWSER: '1' }).openBrowser).toBe(false);
    expect(parseWebHostSettings(['--token-file', 'tok'], {}).tokenFile).toBe(path.resolve('tok'));
  });

  it.each([
    [['--token-file']],
    [['--port', 'abc']],
    [['--port', '0']],
    [['--port', '70000']],
    [['--port', '80.5']],
    [['--port']],
    [['--host', '0.0.0.0']],
    [['--data-dir']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseWebHostSettings(argv, {})).toThrow(WebHostUsageError);
  });
});
