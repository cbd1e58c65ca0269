/**
 * The map plugin in a real dev server: the map's module arrives projected (data only, no map
 * library), the page links the map's stylesheet, and an edit to places.yaml moves a place.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mapPlugin } from '../../src/build/map-plugin.ts';
import type { RouteMapData } from '../../src/map/map-data.ts';
import { ROOT } from '../support/story.ts';

let storyDir: string;
let server: ViteDevServer;

beforeEach(async () => {
  storyDir = join(mkdtempSync(join(tmpdir(), 'map-plugin-')), 'story');
  cpSync(join(ROOT, 'story'), storyDir, { recursive: true });
  server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [mapPlugin({ dir: storyDir })],
    server: { middlewareMode: true, hmr: { port: 0 }, watch: null },
  });
});

afterEach(async () => {
  await server.close();
  rmSync(join(storyDir, '..'), { recursive: true, force: true });
});

async function served(): Promise<{ code: string; map: RouteMapData }> {
  const result = await server.transformRequest('/src/map/route-map-data.ts');
  const code = result?.code ?? '';
  const json = /export default (\{.*\});/s.exec(code)?.[1];
  if (!json) throw new Error(`not a data module:\n${code.slice(0, 200)}`);
  return { code, map: JSON.parse(json) as RouteMapData };
}

const places = () => join(storyDir, 'places.yaml');

describe('the map plugin', () => {
  it('serves the map projected from the atlas and the places, as data only', async () => {
    const { code, map } = await served();
    expect(map.countries.map((c) => c.id)).toContain('north-korea');
    expect(Object.keys(map.places)).toContain('seoul');
    expect(code).not.toMatch(/d3-geo|topojson|import /);
  });

  it("links the map's stylesheet from the page, for Vite to bundle with the app's", async () => {
    const html = await server.transformIndexHtml('/index.html', '<html><head></head><body></body></html>');
    expect(html).toMatch(/<link rel="stylesheet" href="\/src\/map\/route-map\.css">/);
  });

  it('projects again when places.yaml changes', async () => {
    const before = (await served()).map.places.seoul!;
    writeFileSync(
      places(),
      readFileSync(places(), 'utf8').replace('lat: 37.57\n  lon: 126.98', 'lat: 35.18\n  lon: 129.08'),
    );
    server.watcher.emit('change', places());
    await expect.poll(async () => (await served()).map.places.seoul).not.toEqual(before);
    const after = (await served()).map.places.seoul!;
    // Busan is south-east of Seoul.
    expect(after[0]).toBeGreaterThan(before[0]);
    expect(after[1]).toBeGreaterThan(before[1]);
  });

  it('fails, naming the place, when a place lies off the map', async () => {
    writeFileSync(
      places(),
      readFileSync(places(), 'utf8').replace('lat: 43.75\n  lon: 111.65', 'lat: 55.76\n  lon: 37.62'),
    );
    await expect(served()).rejects.toThrow(/"mongolia-border"/);
  });
});
