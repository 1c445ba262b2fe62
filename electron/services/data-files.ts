import { lstat, mkdir, readdir, readFile, realpath, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { DataFileEntry, DataFileRef, DataFolder } from '../ipc/contract';
import { writeFileAtomic } from './atomic-write';
import {
  DataFileIoError,
  DataFileNotFoundError,
  FileTooLargeError,
  PathEscapeError,
  UnsafeFileNameError,
  errnoCode,
} from './errors';
import { canonicalFileName, fileNameProblem } from './safe-file-name';

export const DATA_FOLDERS = ['backups', 'signed', 'exports'] as const satisfies readonly DataFolder[];

/** A backup of a whole season with photos stays well below this; larger is a bug or an attack. */
export const MAX_DATA_FILE_BYTES = 200 * 1024 * 1024;

/** The app's files (backups, signed PDFs, exports) under `<dataDir>/<folder>/`. */
export interface DataFiles {
  write(file: DataFileRef, bytes: Uint8Array): Promise<DataFileEntry>;
  read(file: DataFileRef): Promise<Uint8Array>;
  list(folder: DataFolder): Promise<DataFileEntry[]>;
  remove(file: DataFileRef): Promise<void>;
}

export interface DataFilesOptions {
  readonly maxBytes?: number;
}

/**
 * Every path is checked twice: the name by `fileNameProblem` (no separators, `..`, NUL…),
 * then the real path after symlinks must still be the folder itself, so a link planted in
 * the folder cannot make the app read or overwrite a file elsewhere.
 * The schemas already check all this; the service checks again because it is also called
 * from Node code that never went through a schema.
 */
export function createDataFiles(dataDir: string, options: DataFilesOptions = {}): DataFiles {
  const maxBytes = options.maxBytes ?? MAX_DATA_FILE_BYTES;
  const root = path.resolve(dataDir);

  async function folderPath(folder: DataFolder, create: boolean): Promise<string | null> {
    if (!DATA_FOLDERS.includes(folder)) throw new PathEscapeError(String(folder));
    const dir = path.join(root, folder);
    try {
      if (create) await mkdir(dir, { recursive: true });
      const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dir)]);
      if (realDir !== path.join(realRoot, folder)) throw new PathEscapeError(folder);
      return realDir;
    } catch (error) {
      if (!create && errnoCode(error) === 'ENOENT') return null;
      if (error instanceof PathEscapeError) throw error;
      throw new DataFileIoError('folder', folder, error);
    }
  }

  function checkedName(name: string): string {
    const canonical = canonicalFileName(name);
    const problem = fileNameProblem(canonical);
    if (problem !== null) throw new UnsafeFileNameError(problem);
    return canonical;
  }

  /** The file must be a regular file, not a link pointing elsewhere. */
  async function existingFile(file: DataFileRef): Promise<string> {
    const name = checkedName(file.name);
    const dir = await folderPath(file.folder, false);
    if (dir === null) throw new DataFileNotFoundError(name);
    const filePath = path.join(dir, name);
    try {
      const info = await lstat(filePath);
      if (!info.isFile()) throw new PathEscapeError(name);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') throw new DataFileNotFoundError(name);
      if (error instanceof PathEscapeError) throw error;
      throw new DataFileIoError('stat', name, error);
    }
    return filePath;
  }

  async function entryFor(filePath: string, name: string): Promise<DataFileEntry> {
    const info = await stat(filePath);
    return { name, size: info.size, modifiedAt: info.mtime.toISOString() };
  }

  return {
    async write(file, bytes) {
      const name = checkedName(file.name);
      if (bytes.byteLength > maxBytes) throw new FileTooLargeError(bytes.byteLength, maxBytes);
      const dir = await folderPath(file.folder, true);
      if (dir === null) throw new DataFileNotFoundError(file.folder);
      const filePath = path.join(dir, name);
      // Renaming over a symlink replaces the link itself, but refuse anyway: someone planted it.
      try {
        const info = await lstat(filePath);
        if (!info.isFile()) throw new PathEscapeError(name);
      } catch (error) {
        if (error instanceof PathEscapeError) throw error;
        if (errnoCode(error) !== 'ENOENT') throw new DataFileIoError('stat', name, error);
      }
      try {
        await writeFileAtomic(filePath, bytes);
        return await entryFor(filePath, name);
      } catch (error) {
        throw new DataFileIoError('write', name, error);
      }
    },

    async read(file) {
      const filePath = await existingFile(file);
      const name = path.basename(filePath);
      try {
        const info = await stat(filePath);
        if (info.size > maxBytes) throw new FileTooLargeError(info.size, maxBytes);
        return new Uint8Array(await readFile(filePath));
      } catch (error) {
        if (error instanceof FileTooLargeError) throw error;
        if (errnoCode(error) === 'ENOENT') throw new DataFileNotFoundError(name);
        throw new DataFileIoError('read', name, error);
      }
    },

    async list(folder) {
      const dir = await folderPath(folder, false);
      if (dir === null) return [];
      try {
        const dirents = await readdir(dir, { withFileTypes: true });
        const entries: DataFileEntry[] = [];
        for (const dirent of dirents) {
          // Temp files, links and names another OS could not handle are not the app's files.
          if (!dirent.isFile() || fileNameProblem(dirent.name) !== null) continue;
          try {
            entries.push(await entryFor(path.join(dir, dirent.name), dirent.name));
          } catch (error) {
            // Removed between readdir and stat (another window deleted it): simply not listed.
            if (errnoCode(error) !== 'ENOENT') throw error;
          }
        }
        return entries.sort(
          (a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name),
        );
      } catch (error) {
        throw new DataFileIoError('list', folder, error);
      }
    },

    async remove(file) {
      const filePath = await existingFile(file);
      try {
        await unlink(filePath);
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') throw new DataFileNotFoundError(file.name);
        throw new DataFileIoError('remove', file.name, error);
      }
    },
  };
}
