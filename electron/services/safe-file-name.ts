/**
 * Checks a file name coming from the renderer before it touches the disk. The rules are the
 * union of what Linux, macOS and Windows refuse plus everything that could leave the folder,
 * so a backup written on one laptop can be copied to any other.
 */

export const MAX_FILE_NAME_CHARS = 200;
/** ext4/NTFS allow 255 bytes/UTF-16 units; Vietnamese letters take 2–3 bytes in UTF-8. */
export const MAX_FILE_NAME_UTF8_BYTES = 240;

export type FileNameProblem =
  | 'empty'
  | 'too-long'
  | 'separator'
  | 'control-character'
  | 'windows-forbidden-character'
  | 'dot-dot'
  | 'leading-dot'
  | 'leading-or-trailing-space'
  | 'trailing-dot'
  | 'windows-reserved-name';

// CON, PRN, AUX, NUL, COM0–9, LPT0–9 are devices on Windows even with an extension ("CON.pdf"),
// and so are the console and clock devices CONIN$, CONOUT$ and CLOCK$.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/iu;
// Control characters (incl. NUL) are refused by Windows and confuse terminals and logs.
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
const CONTROL = /[\u0000-\u001f\u007f]/u;
const WINDOWS_FORBIDDEN = /[<>:"|?*]/u;

/** Returns what is wrong with `name`, or null if it is a safe plain file name. */
export function fileNameProblem(name: string): FileNameProblem | null {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_FILE_NAME_CHARS || Buffer.byteLength(name, 'utf8') > MAX_FILE_NAME_UTF8_BYTES) {
    return 'too-long';
  }
  if (name.includes('/') || name.includes('\\')) return 'separator';
  if (CONTROL.test(name)) return 'control-character';
  if (WINDOWS_FORBIDDEN.test(name)) return 'windows-forbidden-character';
  if (name.includes('..')) return 'dot-dot';
  // Hidden names are where the store keeps its temporary files; never hand them out.
  if (name.startsWith('.')) return 'leading-dot';
  if (name.trim() !== name) return 'leading-or-trailing-space';
  if (name.endsWith('.')) return 'trailing-dot';
  const stem = name.split('.')[0] ?? name;
  if (WINDOWS_RESERVED.test(stem.trimEnd())) return 'windows-reserved-name';
  return null;
}

/**
 * Canonical form of a name: NFC, so "Biên bản" typed on macOS (NFD) and on Windows (NFC)
 * is one file, not two that look identical.
 */
export function canonicalFileName(name: string): string {
  return name.normalize('NFC');
}
