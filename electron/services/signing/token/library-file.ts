import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { TokenSigningError } from '../errors';

/**
 * Checks a token library's file before it is loaded: present, a shared library at all, and
 * built for this process's architecture. Loading a 32-bit .dll into a 64-bit app fails with a
 * loader message nobody can act on ("%1 is not a valid Win32 application", "wrong ELF
 * class"); reading the header first gives the person the reason in words.
 */

/** Longest path a person can type or a dialog return (Windows long paths: 32 767). */
export const MAX_LIBRARY_PATH = 4096;

type Arch = 'x64' | 'arm64' | 'ia32' | 'arm' | 'other';

/** ELF e_machine values (ELF specification, table "e_machine"). */
const ELF_MACHINES: Record<number, Arch> = { 0x3e: 'x64', 0xb7: 'arm64', 0x03: 'ia32', 0x28: 'arm' };
/** PE/COFF Machine values (Microsoft PE format, "Machine Types"). */
const PE_MACHINES: Record<number, Arch> = { 0x8664: 'x64', 0xaa64: 'arm64', 0x14c: 'ia32', 0x1c4: 'arm' };
/** Mach-O cputype values (mach/machine.h). */
const MACHO_CPUS: Record<number, Arch> = {
  0x01000007: 'x64',
  0x0100000c: 'arm64',
  0x07: 'ia32',
  0x0c: 'arm',
};

export interface LibraryHeader {
  readonly format: 'elf' | 'pe' | 'mach-o' | 'mach-o-universal';
  readonly arch: Arch;
  readonly bits: 32 | 64 | null;
}

/** Reads the format and architecture from the first bytes of a file; null for anything else. */
export function readLibraryHeader(head: Uint8Array): LibraryHeader | null {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes.length >= 20 && bytes.readUInt32BE(0) === 0x7f454c46) {
    const bits = bytes[4] === 1 ? 32 : bytes[4] === 2 ? 64 : null;
    const machine = bytes[5] === 2 ? bytes.readUInt16BE(18) : bytes.readUInt16LE(18);
    return { format: 'elf', arch: ELF_MACHINES[machine] ?? 'other', bits };
  }
  if (bytes.length >= 0x40 && bytes[0] === 0x4d && bytes[1] === 0x5a) {
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 6 <= bytes.length && bytes.readUInt32BE(pe) === 0x50450000) {
      const arch = PE_MACHINES[bytes.readUInt16LE(pe + 4)] ?? 'other';
      return { format: 'pe', arch, bits: arch === 'x64' || arch === 'arm64' ? 64 : 32 };
    }
    return null;
  }
  if (bytes.length >= 8) {
    const magic = bytes.readUInt32LE(0);
    if (magic === 0xfeedfacf || magic === 0xfeedface) {
      return {
        format: 'mach-o',
        arch: MACHO_CPUS[bytes.readUInt32LE(4)] ?? 'other',
        bits: magic === 0xfeedfacf ? 64 : 32,
      };
    }
    // Universal binaries carry several architectures; the loader picks the right one.
    if (bytes.readUInt32BE(0) === 0xcafebabe)
      return { format: 'mach-o-universal', arch: 'other', bits: null };
  }
  return null;
}

const FORMAT_OF_PLATFORM: Partial<Record<NodeJS.Platform, LibraryHeader['format']>> = {
  win32: 'pe',
  linux: 'elf',
  darwin: 'mach-o',
};

/**
 * Throws a TokenSigningError when `libraryPath` is not a loadable library for this process
 * ('token-library-not-found', 'token-library-invalid', 'token-library-wrong-architecture').
 */
export function checkLibraryFile(
  libraryPath: string,
  host: { readonly platform: NodeJS.Platform; readonly arch: string } = process,
): void {
  if (!path.isAbsolute(libraryPath)) throw new TokenSigningError('token-library-not-found', 'not absolute');
  let size: number;
  try {
    const stat = statSync(libraryPath);
    if (!stat.isFile()) throw new TokenSigningError('token-library-invalid', 'not a file');
    size = stat.size;
  } catch (cause) {
    if (cause instanceof TokenSigningError) throw cause;
    throw new TokenSigningError('token-library-not-found', undefined, { cause });
  }
  const head = new Uint8Array(Math.min(size, 4096));
  const fd = openSync(libraryPath, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const header = readLibraryHeader(head);
  if (header === null) throw new TokenSigningError('token-library-invalid', 'not a shared library');
  const expected = FORMAT_OF_PLATFORM[host.platform];
  if (header.format === 'mach-o-universal') {
    if (expected !== 'mach-o') throw new TokenSigningError('token-library-invalid', 'Mach-O library');
    return;
  }
  if (expected !== undefined && header.format !== expected) {
    throw new TokenSigningError('token-library-invalid', `${header.format} library on ${host.platform}`);
  }
  if (header.arch !== host.arch) {
    throw new TokenSigningError(
      'token-library-wrong-architecture',
      `${header.arch}${header.bits === null ? '' : ` ${header.bits}-bit`} library, ${host.arch} app`,
    );
  }
}

/** What the OS loader says when the header check could not tell (e.g. a future format). */
export function isWrongArchitectureMessage(message: string): boolean {
  return /wrong ELF class|ELFCLASS|machine|architecture|not a valid Win32 application|%1/i.test(message);
}
