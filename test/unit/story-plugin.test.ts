/**
 * The Vite plugin in a real dev server: the story arrives as a module, an edit to a YAML file
 * invalidates it and reloads the page, and a broken file fails with the checker's located message.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storyPlugin } from '../../src/build/story-plugin.ts';
import { ROOT } from '../support/story.ts';

let root: string;
let server: ViteDevServer;
const fixture = join(ROOT, 'test/fixtures/compile/minimal/story');

// One dev server for the file; each test starts from the fixture as it is, compiled afresh.
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'story-plugin-'));
  cpSync(fixture, join(root, 'story'), { recursive: true });
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [storyPlugin({ uiDir: join(ROOT, 'src/i18n/locales'), languages: ['en'] })],
    server: { middlewareMode: true, hmr: { port: 0 } },
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  // Put back what a test changed, and wait until the plugin has dropped what it compiled.
  cpSync(fixture, join(root, 'story'), { recursive: true });
  const send = vi.spyOn(server.ws, 'send');
  server.watcher.emit('change', chapter());
  await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'full-reload' }));
  vi.restoreAllMocks();
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const chapter = () => join(root, 'story/chapters/01-one.yaml');

describe('the story plugin', () => {
  it("serves the story's shape as virtual:story and its words as virtual:locale/en", async () => {
    const shape = await server.transformRequest('virtual:story');
    expect(shape?.code).toContain('"gate"');
    expect(shape?.code).not.toContain('The Fixture');
    const words = await server.transformRequest('virtual:locale/en');
    expect(words?.code).toContain('"title":"The Fixture"');
    expect(words?.code).toContain('"begin":"Begin"');
  });

  it('serves pseudo-locales made from the English, and nothing for an unknown language', async () => {
    const pseudo = await server.transformRequest('virtual:locale/en-XA');
    expect(pseudo?.code).toContain('"begin":"[Ɓééĝííñ]"');
    const rtl = await server.transformRequest('virtual:locale/ar-XB');
    expect(rtl?.code).toContain('"begin":"\u202e[Ɓééĝííñ]\u202c"');
    await expect(server.transformRequest('virtual:locale/xx')).rejects.toThrow();
  });

  it('recompiles after a story file changes, and tells the page to reload', async () => {
    await server.transformRequest('virtual:locale/en');
    const send = vi.spyOn(server.ws, 'send');
    writeFileSync(chapter(), readFileSync(chapter(), 'utf8').replace('title: The gate', 'title: The iron gate'));
    server.watcher.emit('change', chapter());
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'full-reload' }));
    const result = await server.transformRequest('virtual:locale/en');
    expect(result?.code).toContain('The iron gate');
  });

  it('fails with every problem, located, when a story file is broken', async () => {
    writeFileSync(chapter(), readFileSync(chapter(), 'utf8').replace('to: road\n  road:', 'to: raod\n  road:'));
    const error = await server.transformRequest('virtual:story').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(
      'story/chapters/01-one.yaml:24:13: Scene "gate" leads to "raod", which is neither a scene nor an ending.',
    );
    expect(error).toMatchObject({ loc: { file: chapter(), line: 24, column: 13 } });
  });
});
