import type { ZipEntry } from '../../domain/spreadsheet/zip-guard';

/**
 * The second wall against zip bombs: the central directory's sizes are what the archive
 * CLAIMS (zip-guard.ts); a crafted .xlsx claims a few KB and inflates to gigabytes. Here each
 * entry is really inflated, in small slices so the output never piles up, and the bytes that
 * come out are counted: past `maxBytes` in all, inflating stops and the file is refused, before
 * exceljs inflates anything. Inflation is deterministic, so exceljs then sees the same sizes.
 * Uses the platform's DecompressionStream (Chromium, Electron and Node ≥ 20).
 */

export type InflateVerdict =
  | { readonly ok: true; readonly inflated: number }
  | { readonly ok: false; readonly reason: 'too-large' | 'unsupported-method' | 'corrupt' };

/** A slice of compressed input inflates to at most ~1 MB (deflate's ratio is below 1032:1). */
const SLICE = 1024;

class InflateLimitError extends Error {
  override readonly name = 'InflateLimitError';
}

async function inflateCounting(data: Uint8Array, budget: number): Promise<number> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feed = (async () => {
    for (let at = 0; at < data.length; at += SLICE) {
      await writer.ready;
      // A copy (slice) of 1 KB: the stream takes only buffers it may own.
      await writer.write(data.slice(at, at + SLICE));
    }
    await writer.close();
  })();
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      produced += value.byteLength;
      if (produced > budget) throw new InflateLimitError(`> ${budget}`);
    }
    await feed;
    return produced;
  } catch (error) {
    // Stop the other side too; its own rejection is the same failure, already being handled.
    await Promise.allSettled([reader.cancel(), writer.abort(), feed]);
    throw error;
  }
}

export async function inflatedSizeWithin(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  maxBytes: number,
): Promise<InflateVerdict> {
  let total = 0;
  for (const entry of entries) {
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) {
      total += data.byteLength;
    } else if (entry.method === 8) {
      try {
        total += await inflateCounting(data, maxBytes - total);
      } catch (error) {
        if (error instanceof InflateLimitError) return { ok: false, reason: 'too-large' };
        if (error instanceof TypeError) return { ok: false, reason: 'corrupt' };
        throw error;
      }
    } else {
      return { ok: false, reason: 'unsupported-method' };
    }
    if (total > maxBytes) return { ok: false, reason: 'too-large' };
  }
  return { ok: true, inflated: total };
}
