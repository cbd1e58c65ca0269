/**
 * A digest of the committed sound files (`public/audio/`), for the name of the service worker's
 * audio cache. The files keep their names from release to release and the worker serves them
 * cache-first, so without it a player who once turned sound on would hear the old sounds forever;
 * with it, new sounds mean a new cache, filled afresh as they are played.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Eight hex digits that change whenever a file in `folder` is added, removed, renamed or changed. */
export function audioVersion(folder: string | URL): string {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const hash = createHash('sha256');
  if (existsSync(dir))
    for (const name of readdirSync(dir).sort()) {
      hash.update(`${name}\0`);
      hash.update(readFileSync(join(dir, name)));
    }
  return hash.digest('hex').slice(0, 8);
}
