// Draws the app icon — a gold star over "OCOP" on a red rounded square — with ImageMagick:
//   build/icon.png  512×512 (Linux, electron-builder derives the other sizes)
//   build/icon.ico  16…256 px (Windows installer, shortcuts, taskbar)
// The outputs are committed; run this only to change the design:
//   node build/scripts/make-icons.mjs            (needs ImageMagick: apt-get install imagemagick)
//   CONVERT=/path/to/convert node build/scripts/make-icons.mjs
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const buildDir = fileURLToPath(new URL('..', import.meta.url));
const convert =
  process.env.CONVERT ?? (existsSync('/usr/bin/convert-im6.q16') ? '/usr/bin/convert-im6.q16' : 'convert');
const font = process.env.ICON_FONT ?? '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

/** Five-pointed star around (cx, cy), first point straight up. */
function starPoints(cx, cy, outer, inner) {
  const points = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(
      `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`,
    );
  }
  return points.join(' ');
}

const png = path.join(buildDir, 'icon.png');
execFileSync(convert, [
  '-size',
  '512x512',
  'xc:none',
  '-fill',
  '#B3261E',
  '-draw',
  'roundrectangle 16,16 495,495 96,96',
  '-fill',
  '#FFC629',
  '-draw',
  `polygon ${starPoints(256, 200, 150, 60)}`,
  '-font',
  font,
  '-pointsize',
  '128',
  '-fill',
  '#FFFFFF',
  '-gravity',
  'south',
  '-annotate',
  '+0+40',
  'OCOP',
  // 8 bits per channel: Windows does not read 16-bit PNGs inside an .ico.
  '-depth',
  '8',
  `PNG32:${png}`,
]);
execFileSync(convert, [
  png,
  '-depth',
  '8',
  '-define',
  'icon:auto-resize=256,128,64,48,32,24,16',
  path.join(buildDir, 'icon.ico'),
]);
console.log('build/icon.png, build/icon.ico');
