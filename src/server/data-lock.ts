/**
 * PGlite's folder belongs to one process at a time: the server holds `DATA_DIR/pglite.lock` while
 * it runs, and the CLI refuses to open the folder under a live server (it would corrupt it).
 * A lock left by a killed process names a process that no longer exists, and is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the folder's lock, or throws naming the process that holds it. Returns the release. */
export function lockDataDir(dataDir: string, who: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'pglite.lock');
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(file, 'utf8').split('\n')[0]);
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && alive(holder))
    throw new Error(
      `${dataDir} is in use by process ${String(holder)} (the server?). PGlite's data has one user at a time: stop it first, or use DATABASE_URL (PostgreSQL), which any number of processes share.`,
    );
  writeFileSync(file, `${String(process.pid)}\n${who}\n`);
  return () => {
    try {
      if (Number(readFileSync(file, 'utf8').split('\n')[0]) === process.pid) rmSync(file);
    } catch {
      // gone already
    }
  };
}
