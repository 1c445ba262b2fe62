// Types for electron-binary.mjs, so the TypeScript Playwright spec can import it.
export declare const projectRoot: string;
export declare function executableInDist(platform: string): string;
export type ElectronBinary =
  | { readonly found: true; readonly path: string; readonly packageDir: string }
  | {
      readonly found: false;
      readonly path: string | null;
      readonly packageDir: string | null;
      readonly reason: 'package-missing' | 'binary-missing';
    };
export declare function resolveElectronBinary(options?: {
  readonly root?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly platform?: string;
}): ElectronBinary;
