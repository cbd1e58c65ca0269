/**
 * Builds the app for production, serves `dist/` with `vite preview` on a free port on 127.0.0.1,
 * and hands the address to the tests (`inject('baseURL')`). Always builds, so the tests never play
 * a stale `dist/`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { viteBuild } from '../../bench/vite-build.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's origin, e.g. `http://127.0.0.1:41234`, without a trailing slash. */
    baseURL: string;
    /** The built app's folder: `dist/`, or `$E2E_DIST` so that two checkouts' runs don't share one. */
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = resolve(root, process.env.E2E_DIST ?? 'dist');
  viteBuild(root, ['--outDir', distDir, '--emptyOutDir']);
  // The preview server's signature service keeps its database here, not in the checkout's data/.
  const dataDir = mkdtempSync(join(tmpdir(), 'ttm-e2e-data-'));
  process.env.DATA_DIR = dataDir;

  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}`);
  project.provide('distDir', distDir);

  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
