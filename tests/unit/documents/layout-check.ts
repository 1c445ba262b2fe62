import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_MARGINS } from '../../../renderer/src/domain/documents/page';
import { savePdf } from './pdf-tools';

/**
 * Layout read back from the PDF itself (`pdftotext -bbox-layout`), the way a person sees the
 * page: lines with their boxes, page by page. The checks below are what an office rejects:
 * a heading at a page's foot, signatures split or alone, an empty page, text in the margins,
 * a blank or a run of dots where a value belongs.
 */

export interface PdfLine {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Lines in reading order of the page (top to bottom). */
  readonly lines: readonly PdfLine[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function pdfLayout(path: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  for (const page of xml.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page);
    const lines: PdfLine[] = [];
    for (const m of page.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = [...(m[5] ?? '').matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((w) =>
        decode(w[1] ?? ''),
      );
      lines.push({
        text: words.join(' '),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), lines });
  }
  return pages;
}

/** Lines of the body: not the page number at the top of pages 2+, not a footer in the bottom margin. */
export function bodyLines(page: PdfPage): PdfLine[] {
  const [, top, , bottom] = PAGE_MARGINS;
  return page.lines.filter((l) => l.yMin >= top - 2 && l.yMax <= page.height - bottom + 2);
}

export interface LayoutExpectations {
  /** Texts a heading line starts with (section headings, table headings). */
  readonly headings?: readonly (string | RegExp)[];
  /** Signature columns: the title line and the printed name that must share a page. */
  readonly signatures?: readonly { readonly title: string; readonly name: string }[];
  /** A finished document: no run of dots or blank number where a value belongs. */
  readonly finished?: boolean;
}

const matches = (text: string, h: string | RegExp) =>
  typeof h === 'string' ? text.startsWith(h) : h.test(text);

/** Every layout problem found, as sentences (empty: the layout holds). */
export function layoutProblems(pages: readonly PdfPage[], expect: LayoutExpectations): string[] {
  const problems: string[] = [];
  const [left, , right] = PAGE_MARGINS;
  pages.forEach((page, i) => {
    const n = i + 1;
    const body = bodyLines(page);
    if (body.length === 0) problems.push(`page ${n} is empty`);
    for (const line of page.lines) {
      if (line.xMin < left - 2 && line.yMin > PAGE_MARGINS[1])
        problems.push(`page ${n}: "${line.text}" starts in the left margin (${line.xMin.toFixed(1)})`);
      if (line.xMax > page.width - right + 2)
        problems.push(`page ${n}: "${line.text}" runs into the right margin (${line.xMax.toFixed(1)})`);
      if (line.yMax > page.height - 4) problems.push(`page ${n}: "${line.text}" runs off the page`);
    }
    const last = body.at(-1);
    if (
      last !== undefined &&
      i < pages.length - 1 &&
      (expect.headings ?? []).some((h) => matches(last.text, h))
    )
      problems.push(`page ${n} ends with the heading "${last.text}"`);
  });
  for (const sig of expect.signatures ?? []) {
    const titlePage = pages.findIndex((p) => p.lines.some((l) => l.text.includes(sig.title)));
    const lastTitlePage = pages.findLastIndex((p) => p.lines.some((l) => l.text.includes(sig.title)));
    const namePage = pages.findLastIndex((p) => p.lines.some((l) => l.text.includes(sig.name)));
    if (titlePage < 0) problems.push(`signature title "${sig.title}" not found`);
    else if (lastTitlePage !== namePage)
      problems.push(
        `signature "${sig.title}" on page ${lastTitlePage + 1}, its name "${sig.name}" on page ${namePage + 1}`,
      );
    else {
      // Never alone: some line of the body stands above the signature titles on that page.
      const page = pages[lastTitlePage];
      const titleLine = page?.lines.find((l) => l.text.includes(sig.title));
      const above =
        page === undefined || titleLine === undefined
          ? []
          : bodyLines(page).filter((l) => l.yMax < titleLine.yMin);
      if (above.length === 0)
        problems.push(`signature "${sig.title}" stands alone at the top of page ${lastTitlePage + 1}`);
    }
  }
  if (expect.finished === true) {
    pages.forEach((page, i) => {
      for (const line of page.lines) {
        // A blank to fill by hand is a run (……, .....); an ellipsis in the official text is not.
        if (/…{2,}|\.{5,}/u.test(line.text)) problems.push(`page ${i + 1}: a run of dots in "${line.text}"`);
        if (/^(Số|No\.):\s*\//.test(line.text)) problems.push(`page ${i + 1}: a blank number "${line.text}"`);
        if (/ngày\s*\/\s*\//.test(line.text)) problems.push(`page ${i + 1}: a blank date "${line.text}"`);
      }
    });
  }
  return problems;
}

/** Saves the PDF (and, when OCOP_DOC_OUT names a folder, a copy there to look at). */
export function keepPdf(bytes: Uint8Array, name: string): string {
  const path = savePdf(bytes, name);
  const out = process.env['OCOP_DOC_OUT'];
  if (out !== undefined && out !== '') {
    mkdirSync(out, { recursive: true });
    copyFileSync(path, join(out, name));
  }
  return path;
}
