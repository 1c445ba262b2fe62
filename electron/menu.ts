import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from './ipc/contract';
import { hostText, type HostWordKey } from './shared/host-words';

/** The application menu in the UI language; rebuilt whenever the renderer calls setLanguage. */
export function applyApplicationMenu(language: Language | null, getWindow: () => BrowserWindow | null): void {
  const t = (key: HostWordKey): string => hostText(language, key);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.quit') }] },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'reload', label: t('menu.reload') },
        // Developer tools only in a development run, not in the installed app.
        ...(app.isPackaged
          ? []
          : [{ role: 'toggleDevTools', label: t('menu.devTools') } satisfies MenuItemConstructorOptions]),
        { type: 'separator' },
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      label: t('menu.window'),
      submenu: [
        { role: 'minimize', label: t('menu.minimize') },
        { role: 'close', label: t('menu.close') },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        {
          label: t('menu.about'),
          click: () => {
            const options = {
              type: 'info' as const,
              title: t('menu.about'),
              message: `OCOP Council ${app.getVersion()}`,
              detail: t('menu.aboutDetail'),
              buttons: [t('menu.ok')],
            };
            const window = getWindow();
            const shown = window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
            shown.catch((error: unknown) => console.error('[menu] about dialog failed', error));
          },
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
