// Bundles the Node-side entry points into dist-electron/ as CommonJS:
//   main.cjs      Electron main process      (package.json "main")
//   preload.cjs   preload script — a sandboxed preload can `require` only `electron` and a
//                 few Node built-ins, so everything else must be inside this one file
//   web-host.cjs  browser mode's HTTP host   (`npm run start:web`)
//   verify-worker.cjs  the signature verifier's worker thread, started by both hosts
// Type checking is `tsc -b`'s job; esbuild only strips types and bundles.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = path.join(root, 'dist-electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  sourcemap: 'linked',
  // `electron` is provided by the runtime; requiring it from node_modules would start a download.
  external: ['electron'],
  logLevel: 'warning',
  // font-file.ts reads import.meta.url only when __filename is missing (ESM under tsx/vitest);
  // in these CommonJS bundles __filename is always there, so the empty import.meta is expected.
  logOverride: { 'empty-import-meta': 'silent' },
  legalComments: 'none',
};

await Promise.all([
  build({
    ...common,
    entryPoints: { main: path.join(root, 'electron/main.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    target: 'node22', // Electron 45 ships Node 22
  }),
  build({
    ...common,
    entryPoints: { preload: path.join(root, 'electron/preload.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    target: 'chrome140',
    sourcemap: 'inline', // a sandboxed preload cannot read a .map file next to it
  }),
  build({
    ...common,
    entryPoints: { 'web-host': path.join(root, 'electron/web/cli.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    target: 'node20', // runs on the user's Node (engines: >= 20.19)
  }),
  build({
    ...common,
    entryPoints: { 'verify-worker': path.join(root, 'electron/services/signing/verify-worker.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    target: 'node20', // started by Electron's main (Node 22) and by the web host (Node ≥ 20.19)
  }),
]);
// The signature box's font: node_modules is not shipped in the packaged app, so the hosts
// read this copy beside their bundle (electron/ipc/signing-font.ts).
const font = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
await mkdir(path.join(outdir, 'fonts'), { recursive: true });
await copyFile(font, path.join(outdir, 'fonts', 'DejaVuSans.ttf'));
console.log('dist-electron/: main.cjs, preload.cjs, web-host.cjs, verify-worker.cjs, fonts/DejaVuSans.ttf');
