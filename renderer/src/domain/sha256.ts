import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * SHA-256 of `bytes` as 64 hex digits, by the runtime's native WebCrypto where it has one
 * (browsers in a secure context, Electron, Node ≥ 20): a round's batch hashes 282 signed PDFs
 * and as many minutes inputs, which the pure-JS hash made the page's busiest work (issue 13).
 * Falls back to the pure-JS hash (same digest) where `crypto.subtle` is missing.
 */
export async function sha256HexOf(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (subtle === undefined) return bytesToHex(sha256(bytes));
  // digest() wants a BufferSource it can read: a view of its own ArrayBuffer.
  const view = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', view)));
}
