import path from 'node:path';

/** Electron names the per-user folder after package.json `productName`. */
export const PRODUCT_NAME = 'OCOP Council';

export interface UserDataEnvironment {
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The folder Electron's `app.getPath('userData')` gives the desktop app, computed without
 * Electron, so browser mode reads and writes the same backups and signed PDFs:
 * Linux `$XDG_CONFIG_HOME/OCOP Council` (default `~/.config/OCOP Council`),
 * Windows `%APPDATA%\OCOP Council`, macOS `~/Library/Application Support/OCOP Council`.
 */
export function defaultUserDataDir({ platform, homedir, env }: UserDataEnvironment): string {
  const nonEmpty = (value: string | undefined) => (value !== undefined && value !== '' ? value : undefined);
  switch (platform) {
    case 'win32':
      return path.win32.join(
        nonEmpty(env['APPDATA']) ?? path.win32.join(homedir, 'AppData', 'Roaming'),
        PRODUCT_NAME,
      );
    case 'darwin':
      return path.posix.join(homedir, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return path.posix.join(
        nonEmpty(env['XDG_CONFIG_HOME']) ?? path.posix.join(homedir, '.config'),
        PRODUCT_NAME,
      );
  }
}
