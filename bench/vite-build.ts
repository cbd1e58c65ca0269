/**
 * `vite build` in a child process, exactly as `npm run build` runs it. Not the in-process
 * `build()`: under a test runner NODE_ENV=test would give React's development build, which is not
 * what ships. Used by the bench and by the e2e tests' builds.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function viteBuild(root: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): void {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv.NODE_ENV;
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', ...args], {
    cwd: root,
    env: childEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`vite build failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
}
