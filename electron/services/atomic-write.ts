import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `filePath` so that a crash or power cut leaves either the old file or
 * the new one, never half of each: temp file in the same folder → fsync → rename → fsync
 * the folder. Council members run this on laptops that get closed mid-save.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array | string): Promise<void> {
  const dir = path.dirname(filePath);
  await mkdir(dir, { recursive: true });
  // Hidden + random: never collides with a real (safe-named) file nor another writer.
  const tempPath = path.join(dir, `.tmp-${randomUUID()}`);
  const handle = await open(tempPath, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(tempPath);
    throw error;
  }
  await handle.close();
  try {
    await rename(tempPath, filePath);
  } catch (error) {
    await unlink(tempPath);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable. Windows cannot open a directory for fsync (and NTFS journals renames). */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
