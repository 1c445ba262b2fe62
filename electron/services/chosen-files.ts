import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PickedFile, SavedFile } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import { DataFileIoError, FileTooLargeError } from './errors';
import { MAX_DATA_FILE_BYTES } from './data-files';

/**
 * Files at paths the user chose in a native dialog (Save as…, Open…). The user picked the
 * path, so it is not confined to the data folder; only sizes are limited.
 */
export async function saveToChosenPath(filePath: string, bytes: Uint8Array): Promise<SavedFile> {
  try {
    await writeFileAtomic(filePath, bytes);
  } catch (error) {
    throw new DataFileIoError('write', path.basename(filePath), error);
  }
  return { name: path.basename(filePath) };
}

export async function readChosenFiles(
  filePaths: readonly string[],
  maxBytes = MAX_DATA_FILE_BYTES,
): Promise<PickedFile[]> {
  const files: PickedFile[] = [];
  for (const filePath of filePaths) {
    const name = path.basename(filePath);
    let size: number;
    try {
      size = (await stat(filePath)).size;
    } catch (error) {
      throw new DataFileIoError('stat', name, error);
    }
    if (size > maxBytes) throw new FileTooLargeError(size, maxBytes);
    try {
      files.push({ name, bytes: new Uint8Array(await readFile(filePath)) });
    } catch (error) {
      throw new DataFileIoError('read', name, error);
    }
  }
  return files;
}
