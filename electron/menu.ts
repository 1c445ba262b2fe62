import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Language } from './ipc/contract';
import { labelsFor } from './menu-labels';

/** The application menu in the UI language; rebuilt whenever the renderer calls setLanguage. */
export function applyApplicationMenu(language: Language | null, getWindow: () => BrowserWindow | null): void {
  const t = labelsFor(language);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload },
        // Developer tools only in a development run, not in the installed app.
        ...(app.isPackaged
          ? []
          : [{ role: 'toggleDevTools', label: t.devTools } satisfies MenuItemConstructorOptions]),
        { type: 'separator' },
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    {
      label: t.help,
      submenu: [
        {
          label: t.about,
          click: () => {
            const options = {
              type: 'info' as const,
              title: t.about,
              message: `OCOP Council ${app.getVersion()}`,
              detail: t.aboutDetail,
              buttons: [t.ok],
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
