import { describe, expect, it } from 'vitest';
import { sha256HexOf } from '../../../renderer/src/domain/sha256';

describe('sha256HexOf (native WebCrypto, pure-JS fallback)', () => {
  it('gives the standard digest, also of a view into a larger buffer', async () => {
    const abc = new TextEncoder().encode('abc');
    const expected = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256HexOf(abc)).toBe(expected);
    const padded = new Uint8Array([9, 9, ...abc, 9]);
    expect(await sha256HexOf(padded.subarray(2, 5))).toBe(expected);
  });

  it('gives the same digest without crypto.subtle (the fallback)', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
    try {
      expect(await sha256HexOf(new TextEncoder().encode('abc'))).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      );
    } finally {
      if (original !== undefined) Object.defineProperty(globalThis, 'crypto', original);
    }
  });
});
