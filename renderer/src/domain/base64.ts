/**
 * Bytes ↔ base64, for backups and browser mode's wire format: plain functions over plain data,
 * so the database layer and the platform share one codec.
 */

/** String.fromCharCode takes arguments on the stack; 32 K keeps far below its limit. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  // Chromium ≥ 140 encodes natively (a 200 MB backup in well under a second).
  if ('toBase64' in bytes && typeof bytes.toBase64 === 'function') {
    const encoded: unknown = bytes.toBase64();
    if (typeof encoded === 'string') return encoded;
  }
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    // apply() with the typed array itself: no intermediate JS array, unlike spreading.
    parts.push(
      String.fromCharCode.apply(null, bytes.subarray(offset, offset + CHUNK) as unknown as number[]),
    );
  }
  return btoa(parts.join(''));
}

export function base64ToBytes(base64: string): Uint8Array {
  if ('fromBase64' in Uint8Array && typeof Uint8Array.fromBase64 === 'function') {
    const decoded: unknown = Uint8Array.fromBase64(base64);
    if (decoded instanceof Uint8Array) return decoded;
  }
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
