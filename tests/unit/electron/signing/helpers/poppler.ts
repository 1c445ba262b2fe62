import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a command on the PDF written to a temp file; returns stdout (stderr folded in). */
function onPdf(bytes: Uint8Array, run: (path: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    writeFileSync(path, bytes);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfsigSignature {
  readonly commonName: string;
  readonly valid: boolean;
  readonly totalDocumentSigned: boolean;
  readonly trusted: boolean;
  readonly signatureType: string;
  readonly validation: string;
}

/**
 * `pdfsig` exits 0 even when a signature is broken, so the verdict is read from its output
 * ("Signature Validation: Signature is Valid.", "Total document signed", …).
 */
export function pdfsig(bytes: Uint8Array, nssDir?: string): { raw: string; signatures: PdfsigSignature[] } {
  const raw = onPdf(bytes, (path) => {
    const args = [...(nssDir === undefined ? [] : ['-nssdir', `sql:${nssDir}`]), path];
    try {
      return execFileSync('pdfsig', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // Exits non-zero only for "no signatures" / unreadable files; the text still tells.
      const e = error as { stdout?: string; stderr?: string };
      return `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
  });
  const blocks = raw.split(/^Signature #\d+:$/m).slice(1);
  const field = (block: string, label: string): string =>
    new RegExp(`- ${label}: (.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
  return {
    raw,
    signatures: blocks.map((block) => ({
      commonName: field(block, 'Signer Certificate Common Name'),
      valid: field(block, 'Signature Validation') === 'Signature is Valid.',
      totalDocumentSigned: /^\s*- Total document signed$/m.test(block),
      trusted: field(block, 'Certificate Validation') === 'Certificate is Trusted.',
      signatureType: field(block, 'Signature Type'),
      validation: field(block, 'Signature Validation'),
    })),
  };
}

export function pdftotext(bytes: Uint8Array): string {
  return onPdf(bytes, (path) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
  );
}

/** Renders one page as PNG at 60 dpi (what a reviewer looks at); returns the PNG bytes. */
export function renderPage(bytes: Uint8Array, page: number, outPath: string): void {
  onPdf(bytes, (path) => {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      path,
      outPath.replace(/\.png$/, ''),
    ]);
    return '';
  });
}

/** The DER of the n-th signature's /Contents (trailing zero padding removed by openssl's parser). */
export function extractCms(bytes: Uint8Array, n: number): Buffer {
  const text = Buffer.from(bytes).toString('latin1');
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const match = matches[n];
  if (match === undefined) throw new Error(`no signature #${n}`);
  const start = Number(match[2]);
  const end = Number(match[3]);
  const padded = Buffer.from(text.slice(start + 1, end - 1), 'hex');
  return padded.subarray(0, derLength(padded));
}

/** Length of the DER element at the start (the /Contents is padded with zeros after it). */
function derLength(der: Buffer): number {
  const first = der[1] ?? 0;
  if (first < 0x80) return 2 + first;
  const count = first & 0x7f;
  let length = 0;
  for (let i = 0; i < count; i += 1) length = length * 256 + (der[2 + i] ?? 0);
  return 2 + count + length;
}

/** `openssl cms -cmsout -print` of a DER CMS. */
export function opensslCmsPrint(der: Uint8Array): string {
  return Buffer.from(opensslCms(der, ['-print'])).toString('utf8');
}

/** openssl's own DER encoding of the CMS: equal to the input only if the input is DER. */
export function opensslCmsReencoded(der: Uint8Array): Buffer {
  return opensslCms(der, ['-outform', 'DER']);
}

function opensslCms(der: Uint8Array, extra: readonly string[]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-cms-'));
  try {
    const path = join(dir, 'sig.der');
    writeFileSync(path, der);
    return execFileSync('openssl', ['cms', '-inform', 'DER', '-in', path, '-cmsout', ...extra]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `openssl cms -verify` of a detached CMS over `content`; returns what openssl printed. */
export function opensslCmsVerify(der: Uint8Array, content: Uint8Array, caPemPath: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-cms-'));
  try {
    writeFileSync(join(dir, 'sig.der'), der);
    writeFileSync(join(dir, 'content.bin'), content);
    const args = [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      'sig.der',
      '-content',
      'content.bin',
      '-CAfile',
      caPemPath,
      '-purpose',
      'any',
      '-out',
      '/dev/null',
    ];
    const result = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    return `${result.stdout}${result.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
