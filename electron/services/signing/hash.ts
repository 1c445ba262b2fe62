import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of the bytes: the fingerprint stored with every signed file. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
