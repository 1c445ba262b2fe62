import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../electron/window-options';

describe('main window options', () => {
  const options = mainWindowOptions(
    { width: 1200, height: 800, maximized: false },
    '/app/dist-electron/preload.cjs',
    'OCOP Council',
  );

  it('isolates the page from Node: contextIsolation, sandbox, no nodeIntegration, webSecurity', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('takes a position only when the remembered one is on a screen', () => {
    expect(options).not.toHaveProperty('x');
    const placed = mainWindowOptions(
      { width: 1200, height: 800, x: 10, y: 20, maximized: false },
      '/p',
      'OCOP Council',
    );
    expect(placed).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
  });
});
