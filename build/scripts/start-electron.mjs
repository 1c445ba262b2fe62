// `npm start`: runs the desktop app with the Electron binary of node_modules/electron.
// Electron 45 downloads its binary on first use and npm 11 runs no install scripts, so a
// fresh clone has no binary yet: this script runs the package's own installer once (with a
// timeout), and if there is still no binary, starts browser mode instead (the web host prints
// and opens its one-time link), saying so in Vietnamese, then English, without a stack trace —
// so the README's first command always ends with a working app.
//   OCOP_NO_ELECTRON_DOWNLOAD=1          skip the download attempt (tests, offline machines)
//   OCOP_ELECTRON_DOWNLOAD_TIMEOUT_MS=N  give up the download after N ms (default 10 minutes)
//   ELECTRON_OVERRIDE_DIST_PATH=DIR      use an unpacked Electron in DIR (never downloads)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { projectRoot, resolveElectronBinary } from './electron-binary.mjs';

const env = process.env;

function downloadElectron(packageDir) {
  const timeout = Number(env.OCOP_ELECTRON_DOWNLOAD_TIMEOUT_MS ?? 600_000);
  console.log('Đang tải môi trường chạy Electron (chỉ lần đầu, khoảng 100 MB)…');
  console.log('Downloading the Electron runtime (first start only, about 100 MB)…');
  // Output is captured: on failure the installer prints a stack trace, we print one line.
  const result = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: Number.isFinite(timeout) && timeout > 0 ? timeout : 600_000,
  });
  if (result.status === 0) return null;
  if (result.error !== undefined) return result.error.message;
  const firstLine = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '');
  return firstLine?.trim() ?? `exit ${result.status ?? result.signal}`;
}

function explainBrowserFallback(lookedFor, detail) {
  const lines = [
    '',
    'Không cài được môi trường chạy ứng dụng máy tính (Electron): OCOP Council mở ở chế độ trình duyệt.',
    '  • Dữ liệu vẫn nằm trên máy này; dùng Chrome, Edge hoặc Chromium với liên kết in bên dưới.',
    '  • Để có ứng dụng máy tính: trên máy có Internet chạy  node node_modules/electron/install.js  rồi  npm start',
    '  • Nếu đã có Electron giải nén sẵn: đặt biến ELECTRON_OVERRIDE_DIST_PATH=<thư mục đó>',
    '',
    'The desktop runtime (Electron) could not be installed: OCOP Council opens in browser mode.',
    '  • Data stays on this computer; use Chrome, Edge or Chromium with the link printed below.',
    '  • For the desktop app: on a machine with internet run  node node_modules/electron/install.js  then  npm start',
    '  • If you have an unpacked Electron: set ELECTRON_OVERRIDE_DIST_PATH=<that folder>',
    '',
    `(Đã tìm / Looked for: ${lookedFor ?? 'node_modules/electron — hãy chạy / run: npm install'})`,
  ];
  if (detail !== null) lines.push(`(Lỗi tải / Download error: ${detail})`);
  console.log(lines.join('\n'));
}

function requireBuilt(file) {
  if (existsSync(path.join(projectRoot, 'dist-electron', file))) return;
  console.error('Chưa build ứng dụng — hãy chạy: npm run build');
  console.error('The app is not built yet — run: npm run build');
  process.exit(1);
}

/** Runs `child` to its end: signals go to it, its exit code is ours. */
function follow(child, onEarlyExit = () => undefined) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  const startedAt = Date.now();
  child.on('exit', (code, signal) => {
    onEarlyExit(code, Date.now() - startedAt);
    process.exit(code ?? (signal === null ? 0 : 1));
  });
}

function startBrowserMode() {
  requireBuilt('web-host.cjs');
  // Same Node, same arguments as `npm run start:web` (e.g. `npm start -- --port 4790`).
  const child = spawn(
    process.execPath,
    [path.join(projectRoot, 'dist-electron', 'web-host.cjs'), ...process.argv.slice(2)],
    { stdio: 'inherit', env, windowsHide: false },
  );
  child.on('error', (error) => {
    console.error(`Không chạy được chế độ trình duyệt / Could not start browser mode: ${error.message}`);
    process.exit(1);
  });
  follow(child);
}

let electron = resolveElectronBinary();
let downloadError = null;
const mayDownload =
  !electron.found &&
  electron.reason === 'binary-missing' &&
  env.OCOP_NO_ELECTRON_DOWNLOAD !== '1' &&
  (env.ELECTRON_OVERRIDE_DIST_PATH ?? '') === '';
if (mayDownload) {
  downloadError = downloadElectron(electron.packageDir);
  electron = resolveElectronBinary();
}

if (!electron.found) {
  explainBrowserFallback(electron.path, downloadError);
  startBrowserMode();
} else {
  startDesktop(electron.path);
}

function startDesktop(binary) {
  requireBuilt('main.cjs');
  const args = [projectRoot];
  // Chromium refuses to start as root without this; only root (e.g. a container) needs it.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const childEnv = { ...env };
  delete childEnv.ELECTRON_RUN_AS_NODE; // set by some tools; it would run main.cjs as plain Node
  const child = spawn(binary, args, { stdio: 'inherit', env: childEnv, windowsHide: false });
  child.on('error', (error) => {
    console.error(`Không chạy được Electron / Could not run Electron: ${error.message}`);
    process.exit(1);
  });
  follow(child, (code, runMs) => {
    // A crash within seconds of start on Linux is nearly always Chromium's sandbox helper
    // (Ubuntu 24.04+ restricts unprivileged user namespaces); Electron's own message above
    // names "chrome-sandbox" but not the fix.
    if (code !== 0 && code !== null && process.platform === 'linux' && runMs < 10_000) {
      const sandbox = path.join(path.dirname(binary), 'chrome-sandbox');
      console.error('');
      console.error(
        'Electron dừng ngay khi khởi động. Nếu thông báo ở trên nhắc tới "chrome-sandbox", hãy chạy:',
      );
      console.error(`  sudo chown root:root "${sandbox}" && sudo chmod 4755 "${sandbox}"`);
      console.error('hoặc dùng chế độ trình duyệt: npm run start:web');
      console.error(
        'Electron stopped right after starting. If the message above mentions "chrome-sandbox", run the two commands above,',
      );
      console.error('or use browser mode: npm run start:web');
    }
  });
}
