/**
 * Vite plugin: the route map, projected at build (and dev) time from Natural Earth (`world-atlas`,
 * 1:50m) and `story/places.yaml` by src/map/project.ts, served as the contents of
 * src/map/route-map-data.ts (whose own contents are an empty stand-in for the unit tests). The
 * module is data only (SVG paths and points), imported lazily by the map's component, so neither
 * d3-geo nor topojson ever ships and the first screen never waits for the map.
 *
 * It also links the map's stylesheet, src/map/route-map.css, from `index.html`, so the map's frame
 * holds its space from the first moment it is shown. The component cannot import the stylesheet
 * itself: the title screen is prerendered at build through Vite's module runner
 * (prerender-plugin.ts), which loads every component the App reaches and fails on a CSS import.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { compileStory, formatProblem, loadStoryFiles } from '../engine/compile/index.ts';
import { projectMap } from '../map/project.ts';

/** The module the component imports, whose contents this plugin writes. */
export const MAP_MODULE = normalizePath(fileURLToPath(new URL('../map/route-map-data.ts', import.meta.url)));
/** 1:50m: at 1:110m the Korean peninsula loses its shape, and 1:10m only adds weight at this size. */
const ATLAS = 'world-atlas/countries-50m.json';
const STYLESHEET = fileURLToPath(new URL('../map/route-map.css', import.meta.url));

export interface MapPluginOptions {
  /** The story folder, relative to Vite's root. */
  dir?: string;
}

export function mapPlugin(options: MapPluginOptions = {}): Plugin {
  let root = process.cwd();
  let module: string | undefined;
  const placesFile = (): string => resolve(root, options.dir ?? 'story', 'places.yaml');

  const build = (): string => {
    const storyDir = resolve(root, options.dir ?? 'story');
    const prefix = relative(root, storyDir).split(sep).join('/');
    // The story plugin reports a broken story in full; here only the places matter, so no walk.
    const { story, problems } = compileStory(loadStoryFiles(storyDir, root), prefix, { walk: false });
    if (!story) throw new Error(`The route map needs a sound story; first problem:\n${formatProblem(problems[0]!)}`);
    const atlas = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(ATLAS), 'utf8')) as Topology;
    return `export default ${JSON.stringify(projectMap(atlas, story.places))};\n`;
  };

  return {
    name: 'three-thousand-miles:route-map',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      module = undefined;
    },
    load(id) {
      if (id.split('?')[0] !== MAP_MODULE) return undefined;
      this.addWatchFile(placesFile());
      module ??= build();
      return module;
    },
    // Before Vite reads the page, so the link is bundled, hashed and given the base path like any other.
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'link',
          attrs: { rel: 'stylesheet', href: `/${relative(root, STYLESHEET).split(sep).join('/')}` },
          injectTo: 'head',
        },
      ],
    },
    handleHotUpdate({ file, server }) {
      if (file !== placesFile()) return undefined;
      module = undefined;
      for (const loaded of server.moduleGraph.getModulesByFile(MAP_MODULE) ?? [])
        server.moduleGraph.invalidateModule(loaded);
      // The story plugin reloads the page for any story file; nothing more to do here.
      return undefined;
    },
  };
}
