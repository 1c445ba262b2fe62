// `npm run dist [-- electron-builder options]`: builds installers with
// build/electron-builder.yml. An unpacked Electron named by ELECTRON_OVERRIDE_DIST_PATH is
// used instead of a download (electron-builder's `electronDist`), the same variable
// `npm start` and the Electron tests honour. Examples:
//   npm run dist                      all targets of this OS (needs internet the first time)
//   npm run dist -- --linux AppImage  one target
//   npm run dist -- --dir             unpacked app only (release/linux-unpacked), quick check
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import { projectRoot } from './electron-binary.mjs';

const args = [
  path.join(projectRoot, 'node_modules', 'electron-builder', 'cli.js'),
  '--config',
  path.join(projectRoot, 'build', 'electron-builder.yml'),
  '--publish',
  'never',
];
const localElectron = process.env.ELECTRON_OVERRIDE_DIST_PATH;
if (localElectron !== undefined && localElectron !== '')
  args.push(`-c.electronDist=${path.resolve(localElectron)}`);
args.push(...process.argv.slice(2));

const result = spawnSync(process.execPath, args, { cwd: projectRoot, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('');
  console.error(
    'Không đóng gói được. Cần Internet lần đầu (tải Electron), hoặc đặt ELECTRON_OVERRIDE_DIST_PATH=<Electron đã giải nén>.',
  );
  console.error(
    'Packaging failed. It needs internet the first time (to download Electron), or set ELECTRON_OVERRIDE_DIST_PATH=<unpacked Electron>.',
  );
}
process.exit(result.status ?? 1);
