import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reading rendered PDFs the way an auditor would: with poppler's tools, not with our code. */

const dir = mkdtempSync(join(tmpdir(), 'ocop-docs-'));
let counter = 0;

export function savePdf(bytes: Uint8Array, name = `doc-${++counter}.pdf`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** `pdftotext -layout`, optionally one page (1-based). */
export function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, path, '-'], { encoding: 'utf8' });
}

export interface PdfFont {
  readonly name: string;
  readonly embedded: boolean;
}

/** `pdffonts`: every font with its "emb" column. */
export function pdfFonts(path: string): PdfFont[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/**
 * `pdftotext` in reading order with all whitespace collapsed: a paragraph or a table cell that
 * wraps over lines reads as one sentence again.
 */
export function pdfFlowText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Collapses runs of spaces so a table row reads "name Lần 1 38 20 30 88". */
export function squeeze(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

/** Width × height of every page, in points (`pdfinfo -f 1 -l N`). */
export function pdfPageSizes(path: string): { width: number; height: number }[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pdfPageCount(path)), path], {
    encoding: 'utf8',
  });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}
