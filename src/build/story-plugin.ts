/**
 * Vite plugin: compiles `story/` into the module `virtual:story`. In dev, editing a story file
 * reloads the page; a broken file shows the checker's messages in Vite's error overlay.
 */
import { resolve, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileStory, formatProblem, loadStoryFiles, storyFilePaths } from '../engine/compile/index.ts';

const PUBLIC_ID = 'virtual:story';
const RESOLVED_ID = '\0virtual:story';

export interface StoryPluginOptions {
  /** The story folder, relative to Vite's root. */
  dir?: string;
}

/** An error Vite shows with file, line and column in its overlay and terminal. */
export class StoryError extends Error {
  constructor(
    message: string,
    readonly id: string,
    readonly loc: { file: string; line: number; column: number },
  ) {
    super(message);
    this.name = 'StoryError';
  }
}

export function storyPlugin(options: StoryPluginOptions = {}): Plugin {
  let root = process.cwd();
  let storyDir = resolve(root, options.dir ?? 'story');
  let server: ViteDevServer | undefined;
  let walk = true;

  const isStoryFile = (file: string): boolean =>
    file.startsWith(storyDir + sep) && file.endsWith('.yaml') && !relative(storyDir, file).includes('locales');

  return {
    name: 'three-thousand-miles:story',
    configResolved(config) {
      root = config.root;
      // The dev server skips the slow walk of every state so an edit shows at once.
      walk = config.command === 'build';
      storyDir = resolve(root, options.dir ?? 'story');
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of storyFilePaths(storyDir)) this.addWatchFile(file);
      const prefix = relative(root, storyDir).split(sep).join('/');
      const { story, problems } = compileStory(loadStoryFiles(storyDir, root), prefix, { walk });
      if (!story) {
        const first = problems[0]!;
        const list = problems.map(formatProblem).join('\n');
        throw new StoryError(
          `The story has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${list}`,
          resolve(root, first.file),
          { file: resolve(root, first.file), line: first.line, column: first.column },
        );
      }
      return `export default ${JSON.stringify(story)};`;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(storyDir);
      const onChange = (file: string): void => {
        if (!isStoryFile(file) || !server) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
    handleHotUpdate({ file, server: devServer }) {
      if (!isStoryFile(file)) return undefined;
      const module = devServer.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) devServer.moduleGraph.invalidateModule(module);
      devServer.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
