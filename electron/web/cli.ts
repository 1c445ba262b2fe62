import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createHandlers, noDialogs } from '../ipc/handlers';
import { createDataFiles } from '../services/data-files';
import { errnoCode, UnsupportedOnHostError } from '../services/errors';
import { createMeetingHub } from '../services/hub';
import { openSettingsStore } from '../services/settings-store';
import { openTrustedCertificateStore, TRUSTED_CERTIFICATES_FILE } from '../services/trusted-certificates';
import { PRODUCT_NAME } from '../services/user-data-dir';
import { bilingual, hostText } from '../shared/host-words';
import { startWebHost, type RunningWebHost } from './host';
import { openInBrowser, readLaunchTokenFile, type OpenedLaunchFile } from './launch';
import { parseWebHostSettings, WebHostUsageError, type WebHostSettings } from './settings';

/**
 * Entry of `node dist-electron/web-host.cjs [--port 4780] [--data-dir DIR] [--no-open]`: browser mode.
 * Options are parsed in ./settings.ts; the server itself is ./host.ts.
 */

function appVersion(appRoot: string): string {
  const packageJson = z
    .object({ version: z.string() })
    .parse(JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')));
  return packageJson.version;
}

function logError(message: string, error: unknown): void {
  console.error(`[web-host] ${message}`, error);
}

async function main(): Promise<void> {
  // Bundled to dist-electron/web-host.cjs: the app root is one level up.
  const appRoot = path.resolve(__dirname, '..');
  const staticDir = path.join(appRoot, 'dist', 'renderer');
  let settings: WebHostSettings;
  let launchToken: string | undefined;
  try {
    settings = parseWebHostSettings(process.argv.slice(2), process.env);
    if (settings.tokenFile !== undefined) launchToken = await readLaunchTokenFile(settings.tokenFile);
  } catch (error) {
    if (!(error instanceof WebHostUsageError)) throw error;
    console.error(error.message);
    console.error(hostText('vi', 'web.usage'));
    console.error(hostText('en', 'web.usage'));
    process.exitCode = 2;
    return;
  }
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    console.error(hostText('vi', 'web.notBuilt'));
    console.error(hostText('en', 'web.notBuilt'));
    process.exitCode = 1;
    return;
  }
  const settingsStore = await openSettingsStore(settings.dataDir, (problem) =>
    logError(`settings.json ignored (${problem.kind})`, problem.cause),
  );
  // The meeting hub listens on the LAN only while the secretary has a meeting open.
  const hub = createMeetingHub({ staticDir, dataDir: settings.dataDir, logError });
  const handlers = createHandlers({
    identity: {
      name: PRODUCT_NAME,
      version: appVersion(appRoot),
      mode: 'web',
      dataDir: settings.dataDir,
      platform: process.platform,
    },
    settings: settingsStore,
    dataFiles: createDataFiles(settings.dataDir),
    // The page is already in the user's browser; it opens links itself.
    openExternal: () => Promise.reject(new UnsupportedOnHostError('openExternal')),
    dialogs: noDialogs,
    logError,
    trustedCertificates: await openTrustedCertificateStore(settings.dataDir, (problem) =>
      logError(
        `${TRUSTED_CERTIFICATES_FILE} damaged (${problem.kind}); kept aside on the next change`,
        problem.cause,
      ),
    ),
    hub,
  });
  let host: RunningWebHost;
  try {
    host = await startWebHost({
      port: settings.port,
      staticDir,
      handlers,
      logError,
      ...(launchToken === undefined ? {} : { launchToken }),
    });
  } catch (error) {
    if (errnoCode(error) === 'EADDRINUSE') {
      console.error(hostText('vi', 'web.portInUse', { port: settings.port }));
      console.error(hostText('en', 'web.portInUse', { port: settings.port }));
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  let opened: OpenedLaunchFile | null = null;
  if (settings.openBrowser) {
    try {
      opened = await openInBrowser(host.launchUrl);
    } catch (error) {
      logError('could not open a browser', error);
    }
  }
  const running = { url: host.url, dataDir: settings.dataDir };
  console.log(hostText('vi', 'web.running', running));
  console.log(hostText('en', 'web.running', running));
  console.log(bilingual(opened === null ? 'web.openLink' : 'web.browserOpened'));
  console.log(`    ${host.launchUrl}`);
  console.log(bilingual('web.stopHint'));
  const stop = () => {
    Promise.all([hub.stop(), host.close(), opened?.dispose()]).then(
      () => process.exit(0),
      (error: unknown) => {
        logError('closing failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  logError('could not start', error);
  process.exitCode = 1;
});
