import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { test } from './fixtures';
import { clickResultsTimes, report, sample } from './measure';

/**
 * Start-up (issue 13): from navigation to the first painted frame showing the current round
 * (its panel on Home), in browser mode, with 5 rounds × 141 × 9 stored; and the JavaScript the
 * page had loaded by then, gzipped as the build ships it (counted from the built files).
 */
const assets = fileURLToPath(new URL('../../../dist/renderer/assets/', import.meta.url));
const gzipped = new Map<string, number>();
function gzipKb(url: string): number {
  const file = basename(new URL(url).pathname);
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(assets, file))).byteLength / 1024;
    gzipped.set(file, size);
  }
  return size;
}

test('start-up: navigation → current round painted, and the JS loaded by then', async ({ seeded }) => {
  const { context } = seeded;
  const scripts: string[][] = [];
  const times = await sample(
    12,
    async (i) => {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const observer = new MutationObserver(() => {
          if (document.getElementById('current-round-title') === null) return;
          observer.disconnect();
          const shownAt = performance.now();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              Reflect.set(window, '__benchShown', {
                ms: performance.now(),
                scripts: performance
                  .getEntriesByType('resource')
                  .filter((e) => e instanceof PerformanceResourceTiming && e.responseEnd <= shownAt)
                  .map((e) => e.name)
                  .filter((name) => new URL(name).pathname.endsWith('.js')),
              });
            };
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto('/#/rounds');
      const shown = await page.waitForFunction(() => Reflect.get(window, '__benchShown') as unknown, null, {
        timeout: 60_000,
      });
      const value = (await shown.jsonValue()) as { ms: number; scripts: string[] };
      if (i >= 0) scripts.push(value.scripts);
      await page.close();
      return value.ms;
    },
    2,
  );
  report('start-up: navigation → first screen showing the current round (browser mode)', times, {
    targetMs: 300,
  });
  const kb = scripts.map((list) => list.reduce((sum, url) => sum + gzipKb(url), 0));
  const last = scripts.at(-1) ?? [];
  report('start-up: JavaScript loaded before the first screen is usable (gzipped)', kb, {
    unit: 'KB',
    targetMs: 200,
    note: `${last.length} files: ${last.map((u) => basename(new URL(u).pathname)).join(', ')}`,
  });
});

test('results screen of 141 products: click on "Kết quả" → table painted', async ({ seeded }) => {
  const { page, info } = seeded;
  const all: number[] = [];
  const inView = await sample(
    10,
    async (i) => {
      await page.goto('/#/rounds');
      await page.locator('#current-round-title').waitFor();
      const times = await clickResultsTimes(page, info.products);
      if (i >= 0) all.push(times.all);
      return times.inView;
    },
    2,
  );
  // The rows beyond the first screen are added in idle moments just after it (ResultsTable).
  const name = `results screen of ${info.products} products: navigation →`;
  report(`${name} rows in view painted`, inView, { targetMs: 100 });
  report(`${name} all rows in the page`, all);
});
