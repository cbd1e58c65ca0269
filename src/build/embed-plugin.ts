/**
 * Vite plugin for embedding:
 * - at build, `embed.js`: the loader (src/embed/loader.ts, started by embed-entry.ts) as one minified classic script with a
 *   fixed name, so a campaigner's snippet never goes stale. Built apart from the app's module
 *   graph, so it shares no chunk with it and loads nothing else.
 * - in `npm start` and `npm run preview`, the header a sandboxed frame needs: WordPress frames
 *   embeds with `sandbox="allow-scripts"`, which gives the app an opaque origin, and a module
 *   script (with everything it imports) is fetched with CORS. Static files get
 *   `Access-Control-Allow-Origin: *`; they are public and sent without credentials. The README
 *   gives the same header for a production host.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { build } from 'rolldown';
import type { Plugin } from 'vite';
import { extractText } from '../engine/text.ts';
import { SHIPPED_LANGUAGES } from '../i18n/languages.ts';
import { loadBuildInputs } from './build-inputs.ts';

export const LOADER_FILE = 'embed.js';

/** The loader's source, bundled and minified; `titles` name the frame in each language. */
export async function bundleLoader(root: string, titles: Record<string, string>): Promise<string> {
  const output = await build({
    input: resolve(root, 'src/embed/embed-entry.ts'),
    write: false,
    platform: 'browser',
    transform: { target: 'es2020', define: { __EMBED_TITLES__: JSON.stringify(titles) } },
    output: { format: 'iife', minify: true, codeSplitting: false },
    logLevel: 'warn',
  });
  const chunk = output.output[0];
  return `/*! Three Thousand Miles embed loader. Docs: README, "Embedding". */\n${chunk.code}`;
}

/** Static files answer any origin: a sandboxed frame's opaque one included. Not the APIs. */
function allowCrossOriginStatic(base: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if ((req.method === 'GET' || req.method === 'HEAD') && !path.startsWith(`${base}api/`))
      res.setHeader('Access-Control-Allow-Origin', '*');
    next();
  };
}

export function embedPlugin(options: { dir?: string } = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'three-thousand-miles:embed',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(allowCrossOriginStatic(base));
    },
    configurePreviewServer(server) {
      server.middlewares.use(allowCrossOriginStatic(base));
    },
    async generateBundle() {
      if (this.environment.config.consumer !== 'client') return;
      const { story, texts } = loadBuildInputs(root, options.dir);
      const titles: Record<string, string> = {};
      for (const lang of SHIPPED_LANGUAGES) titles[lang] = (texts[lang] ?? extractText(story)).story.title;
      this.emitFile({ type: 'asset', fileName: LOADER_FILE, source: await bundleLoader(root, titles) });
    },
  };
}
