/**
 * Bytes of a text file (CSV) → text, saying which encoding was used. UTF-8 (with or without BOM)
 * and UTF-16 with a BOM are read as such. Anything else is NOT UTF-8: Vietnamese Windows and
 * Excel's "CSV" save in Windows-1258, so it is read as Windows-1258 and the caller warns the
 * person to check the diacritics in the preview (the guess can be wrong: TCVN3/VNI fonts exist).
 */
export type TextEncodingUsed = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingUsed;
}

export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}
