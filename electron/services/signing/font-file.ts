import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let cached: Uint8Array | undefined;

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package: it covers every Vietnamese letter, so the
 * signature box shows names with their diacritics. Read once per process (≈ 750 kB; only a
 * subset of the glyphs ends up in each PDF). Callers that bundle the font differently pass
 * `font` to `signPdf` instead.
 */
export function loadDejaVuSans(): Uint8Array {
  if (cached === undefined) {
    // The main process is bundled as CommonJS (no import.meta there); tests and tsx run ESM.
    const here = typeof __filename === 'string' ? __filename : import.meta.url;
    const require = createRequire(here);
    cached = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  }
  return cached;
}
