/**
 * Issue 13's comparison: the Node path (the app's pdfmake rendering + PAdES signing by the
 * chair and the secretary, certificates opened once) against LibreOffice converting the same
 * 141 minutes from .docx to PDF in ONE headless process (`soffice --convert-to pdf`), which is
 * what an office would otherwise do. Optional: needs `soffice` (Debian: libreoffice-writer-
 * nogui; never installed in CI) — without it this prints why it is skipped.
 *
 * Honest about the .docx: the project has no .docx of the minutes yet, so each one is built
 * here from the text of the app's own rendered minutes (pdftotext, page by page: the same
 * words and lines in Times New Roman 13 pt, one paragraph per line, the same page breaks) —
 * text only, without the score tables' borders. LibreOffice therefore does LESS layout work
 * than pdfmake here, and the ratio printed is, if anything, in LibreOffice's favour.
 * Signing is not counted on LibreOffice's side (it would need another tool). The Node path
 * uses both cores (two worker threads, minutes-node-worker.ts), as the app's render workers do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { crc32, deflateRawSync } from 'node:zlib';
import type { MinutesInput } from '../../renderer/src/domain/documents/types';
import { minutesInputFor, product, qualities } from '../fixtures/documents/round';
import { makeTestPki } from '../unit/electron/signing/helpers/test-pki';
import type { NodeWorkerSetup } from './minutes-node-worker';
import type { Benchmark } from './bench';

const PRODUCTS = Number(process.env.OCOP_BENCH_PRODUCTS ?? 141);
const HEAD = '5f'.repeat(32);

function soffice(): string | null {
  for (const candidate of [process.env.SOFFICE, 'soffice', 'libreoffice']) {
    if (candidate === undefined) continue;
    if (spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return null;
}

/** A .zip of stored-then-deflated entries: enough for a .docx (no dependency for one script). */
function zip(entries: readonly { name: string; data: string }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.from(entry.data, 'utf8');
    const packed = deflateRawSync(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escape = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** One paragraph per line of the minutes' text, a page break between their pages. */
function docx(pages: readonly string[]): Buffer {
  const run = (text: string): string =>
    `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
  const body = pages
    .map((page, i) =>
      [
        ...(i === 0 ? [] : ['<w:p><w:r><w:br w:type="page"/></w:r></w:p>']),
        ...page.split('\n').map((line) => run(line.trim())),
      ].join(''),
    )
    .join('');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr></w:body></w:document>`,
    },
  ]);
}

function inputs(): Promise<MinutesInput[]> {
  return Promise.all(
    Array.from({ length: PRODUCTS }, (_, i) => {
      const quality = 0.3 + ((i * 37) % 70) / 100;
      return minutesInputFor({
        product: product(i + 1, `Sản phẩm thử ${i + 1}`),
        sheetNo: (i % 26) + 1,
        passes: [qualities(quality, 0.03)],
      });
    }),
  );
}

const office = soffice();
if (office === null) {
  console.log(
    'libreoffice.bench: skipped — no `soffice` on this machine (optional; Debian: apt-get install libreoffice-writer-nogui, never in CI).',
  );
}

export const benchmarks: Benchmark[] =
  office === null
    ? []
    : [
        {
          name: `${PRODUCTS} minutes: Node path (render + 2 signatures) vs LibreOffice (.docx → PDF, one process)`,
          warmup: 0,
          iterations: 1,
          prepare: async () => {
            const docs = await inputs();
            const pki = makeTestPki();
            const signers = [
              {
                role: 'chair',
                p12: pki.issueP12({ commonName: 'Nguyễn Văn Thắng', password: 'a' }),
                password: 'a',
              },
              {
                role: 'secretary',
                p12: pki.issueP12({ commonName: 'Lê Hoàng Phúc', password: 'b' }),
                password: 'b',
              },
            ] as const;
            pki.dispose();
            const first = docs[0];
            if (first === undefined) throw new Error('no minutes');
            // Both cores, as the app's two render workers: each thread warmed before the timing.
            const setup: NodeWorkerSetup = { head: HEAD, signers, warmWith: first };
            const threads = await Promise.all(
              Array.from({ length: Math.max(1, Math.min(2, availableParallelism())) }, async () => {
                const worker = new Worker(new URL('./minutes-node-worker.mjs', import.meta.url), {
                  workerData: setup,
                });
                await once(worker, 'message');
                return worker;
              }),
            );
            workers = threads;
            const dir = mkdtempSync(join(tmpdir(), 'ocop-libreoffice-'));
            return async () => {
              try {
                // Node path: what the app does for each minutes, the minutes shared between the threads.
                const t0 = performance.now();
                const shares = threads.map((_, k) => docs.filter((__, i) => i % threads.length === k));
                const answers = await Promise.all(
                  threads.map(async (worker, k) => {
                    const answer = once(worker, 'message');
                    worker.postMessage(shares[k]);
                    const [message] = (await answer) as [{ rendered: Uint8Array[] }];
                    return message.rendered;
                  }),
                );
                const rendered = docs.map(
                  (_, i) => answers[i % threads.length]?.[Math.floor(i / threads.length)] ?? new Uint8Array(),
                );
                const nodeMs = performance.now() - t0;
                // The same minutes' text as .docx (not timed), then one LibreOffice process.
                rendered.forEach((bytes, i) => {
                  const pdfPath = join(dir, `m${i}.pdf`);
                  writeFileSync(pdfPath, bytes);
                  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
                  rmSync(pdfPath);
                  writeFileSync(
                    join(dir, `Biên bản ${String(i + 1).padStart(3, '0')}.docx`),
                    docx(text.split('\f').filter((p) => p.trim() !== '')),
                  );
                });
                const out = join(dir, 'pdf');
                const t1 = performance.now();
                execFileSync(
                  office,
                  [
                    `-env:UserInstallation=file://${join(dir, 'profile')}`,
                    '--headless',
                    '--convert-to',
                    'pdf',
                    '--outdir',
                    out,
                    ...readdirSync(dir)
                      .filter((f) => f.endsWith('.docx'))
                      .map((f) => join(dir, f)),
                  ],
                  { stdio: 'ignore' },
                );
                const officeMs = performance.now() - t1;
                const converted = readdirSync(out).filter((f) => f.endsWith('.pdf')).length;
                console.log(
                  `libreoffice.bench: Node path ${nodeMs.toFixed(0)} ms (render + 2 signatures × ${docs.length}, ${threads.length} worker threads); ` +
                    `LibreOffice ${officeMs.toFixed(0)} ms (${converted} .docx → PDF, one process, no signing); ` +
                    `Node is ${(officeMs / nodeMs).toFixed(2)}× faster (target ≥ 5×, ambition 10×)`,
                );
                return converted;
              } finally {
                rmSync(dir, { recursive: true, force: true });
              }
            };
          },
          dispose: async () => {
            await Promise.all(workers.map((w) => w.terminate()));
            workers = [];
          },
        },
      ];

let workers: Worker[] = [];
