import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../audit/canonical-json';
import type { PackSheetContent } from '../rows';
import type { ReturnedPackFile, UnsignedReturnedPack } from './format';

/**
 * The cryptography of scoring packs: SHA-256 of files and sheet contents, and the returned
 * pack's HMAC-SHA-256 under the pack's secret. Synchronous (noble): checks run inside the
 * import's IndexedDB transaction, which must not await WebCrypto.
 */

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** A fresh 256-bit secret (hex) from the platform's CSPRNG. */
export function newPackSecret(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
}

/** The digest of a sheet's content: equal content, equal digest, whatever the key order. */
export function contentDigest(content: PackSheetContent): string {
  const normal: PackSheetContent = {
    answers: content.answers,
    caseChoice: content.caseChoice,
    opinion: content.opinion,
    submitted: content.submitted,
  };
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(normal))));
}

/** HMAC-SHA-256 (hex) of the canonical JSON of a returned pack without its `mac`. */
export function returnedPackMac(pack: UnsignedReturnedPack, secretHex: string): string {
  const { ...fields } = pack;
  // Rebuilt without a stray `mac`, so signing a signed object gives the same answer.
  const unsigned: Record<string, unknown> = { ...fields };
  delete unsigned['mac'];
  return bytesToHex(hmac(sha256, hexToBytes(secretHex), utf8ToBytes(canonicalJson(unsigned))));
}

/** Compares two hex strings in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function macIsValid(pack: ReturnedPackFile, secretHex: string): boolean {
  return constantTimeEqual(returnedPackMac(pack, secretHex), pack.mac);
}

export function signReturnedPack(pack: UnsignedReturnedPack, secretHex: string): ReturnedPackFile {
  return { ...pack, mac: returnedPackMac(pack, secretHex) };
}
