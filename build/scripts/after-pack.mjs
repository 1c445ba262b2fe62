// electron-builder `afterPack` hook (build/electron-builder.yml): flips Electron's fuses in the
// packaged binary, before it is signed and wrapped in an installer. Fuses are switches compiled
// into Electron that no command-line flag or environment variable can turn back on:
//   RunAsNode off                         ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node
//   EnableNodeOptionsEnvironmentVariable  NODE_OPTIONS cannot inject code (--require) into it
//   EnableNodeCliInspectArguments off     --inspect cannot attach a debugger to the main process
//   EnableEmbeddedAsarIntegrityValidation on   a modified app.asar is refused (Windows, macOS)
//   OnlyLoadAppFromAsar on                the app is loaded from app.asar only, never a loose folder
// A signed minutes' worth rests on the app being the app: these close the doors that let
// another program run code inside it with its permissions.
import path from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

/** The fuses of every packaged build (tests/unit/electron/scripts/after-pack.test.ts reads them back). */
export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};

/** The packaged executable (or .app bundle) in electron-builder's output folder. */
export function packagedElectron({ appOutDir, electronPlatformName, packager }) {
  const product = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${product}.app`);
    case 'win32':
      return path.join(appOutDir, `${product}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

export default async function afterPack(context) {
  await flipFuses(packagedElectron(context), {
    ...FUSES,
    // An arm64 macOS binary must be re-signed ad hoc after its bytes change, or it will not start.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
  });
}
