/**
 * Builds the app for production, serves `dist/` with `vite preview` on a free port on 127.0.0.1,
 * and hands the address to the tests (`inject('baseURL')`). Always builds, so the tests never play
 * a stale `dist/`.
 */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's origin, e.g. `http://127.0.0.1:41234`, without a trailing slash. */
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildForProduction();

  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}`);

  return async () => {
    await server.close();
  };
}

/**
 * `vite build` in a child process, exactly as `npm run build` runs it. Not the in-process `build()`:
 * Vitest sets NODE_ENV=test, and Vite would then make a development bundle (React's dev build),
 * which is not what ships.
 */
function buildForProduction(): void {
  const env = { ...process.env };
  delete env.NODE_ENV;
  const result = spawnSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
}
