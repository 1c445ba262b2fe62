import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { FolderFile, SavedFolder } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { oneAtATime } from './one-at-a-time';
import { DataFileIoError, UnsafeFileNameError, errnoCode } from './errors';
import { canonicalFileName, fileNameProblem } from './safe-file-name';

/** "Biên bản.pdf" → "Biên bản (2).pdf", "(3)"… */
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

/** Names already in the folder, lower-cased and NFC (how Windows and macOS compare them). */
async function namesIn(folderPath: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(folderPath)).map((name) => name.normalize('NFC').toLowerCase()));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return new Set();
    throw new DataFileIoError('list', path.basename(folderPath), error);
  }
}

/**
 * Saves a batch (a round's minutes, sheets, summary) into a folder the user chose in a
 * native dialog. Names are checked again (this is also called from Node code), written
 * atomically, and a file already there is never overwritten: the new one gets " (2)".
 * Names are compared case-insensitively, as Windows and macOS do.
 */
export function saveFilesToFolder(folderPath: string, files: readonly FolderFile[]): Promise<SavedFolder> {
  // One batch at a time: two batches at once would both see a name free and the later rename
  // would replace the earlier file.
  return inTurn(() => saveBatch(folderPath, files));
}

const inTurn = oneAtATime();

async function saveBatch(folderPath: string, files: readonly FolderFile[]): Promise<SavedFolder> {
  const taken = await namesIn(folderPath);
  const saved: string[] = [];
  for (const file of files) {
    const name = canonicalFileName(file.name);
    const problem = fileNameProblem(name);
    if (problem !== null) throw new UnsafeFileNameError(problem);
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      candidate = numbered(name, n);
    }
    taken.add(candidate.toLowerCase());
    try {
      await writeFileAtomic(path.join(folderPath, candidate), file.bytes);
    } catch (error) {
      throw new DataFileIoError('write', candidate, error);
    }
    saved.push(candidate);
  }
  return { folder: path.basename(folderPath), saved };
}
