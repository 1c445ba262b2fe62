// Types for after-pack.mjs, so the unit test can import it.
import type { FuseV1Config } from '@electron/fuses';
export declare const FUSES: FuseV1Config;
export interface PackedContext {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly arch: number;
  readonly packager: {
    readonly appInfo: { readonly productFilename: string };
    readonly executableName?: string;
  };
}
export declare function packagedElectron(context: PackedContext): string;
export default function afterPack(context: PackedContext): Promise<void>;
