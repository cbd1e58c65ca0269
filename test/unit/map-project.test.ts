/**
 * The route map's projection (src/map/project.ts) on the real atlas and the story's real places:
 * known places land where geography puts them, inside the frame and inside their own country,
 * both on the globe (d3-geo's geoContains on Natural Earth's shapes) and in the SVG paths emitted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../src/map/geo.ts';
import { COUNTRY_IDS, MAP_HEIGHT, MAP_WIDTH, type CountryId, type Point } from '../../src/map/map-data.ts';
import { atlasCountries, COUNTRIES, projectMap, svgPath } from '../../src/map/project.ts';
import { realStory, ROOT } from '../support/story.ts';

const atlas = JSON.parse(
  readFileSync(createRequire(join(ROOT, 'package.json')).resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const story = realStory();
const map = projectMap(atlas, story.places);
const at = (id: string): Point => {
  const point = map.places[id];
  if (!point) throw new Error(`no point for ${id}`);
  return point;
};

/**
 * Where each place is. Left out: the spots on a border river or line (Changbai, the Yalu, the
 * Mekong, the China-Laos hills), which lie closer to the border than Natural Earth's 1:50m
 * line is true to the ground (Changbai's town falls just on the North Korean side of it).
 */
const COUNTRY_OF: Array<[string, CountryId]> = [
  ['hyesan', 'north-korea'],
  ['hyesan-market', 'north-korea'],
  ['hyesan-riverside', 'north-korea'],
  ['yanji', 'china'],
  ['heilongjiang', 'china'],
  ['shenyang', 'china'],
  ['beijing', 'china'],
  ['inner-mongolia', 'china'],
  ['gobi', 'china'],
  ['mongolia-border', 'mongolia'],
  ['laos', 'laos'],
  ['chiang-rai', 'thailand'],
  ['bangkok', 'thailand'],
  ['seoul', 'south-korea'],
  ['hanawon', 'south-korea'],
];

/** The rings of a path as svgPath writes it: `M x y l dx dy … z`, repeated. */
function ringsOf(d: string): Point[][] {
  return [...d.matchAll(/M([^l]+)l([^z]*)z/g)].map(([, move = '', steps = '']) => {
    const [x0, y0] = numbers(move);
    const ring: Point[] = [[x0!, y0!]];
    const deltas = numbers(steps);
    for (let i = 0; i + 1 < deltas.length; i += 2) {
      const [x, y] = ring.at(-1)!;
      ring.push([x + deltas[i]!, y + deltas[i + 1]!]);
    }
    return ring;
  });
}

function numbers(text: string): number[] {
  return [...text.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
}

/** Even-odd rule over every ring, as SVG fills a path with holes and islands. */
function insidePath(d: string, [x, y]: Point): boolean {
  let inside = false;
  for (const ring of ringsOf(d))
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

const countryPath = (id: CountryId): string => map.countries.find((c) => c.id === id)!.d;

describe('the route map projected from Natural Earth', () => {
  it('draws the seven countries of the story, each a closed path, in the frame', () => {
    expect(map.countries.map((c) => c.id)).toEqual([...COUNTRY_IDS]);
    expect([map.width, map.height]).toEqual([MAP_WIDTH, MAP_HEIGHT]);
    for (const { id, d } of map.countries) {
      expect(d, id).toMatch(/^M[\d.]+ [\d.]+l/);
      expect(d.endsWith('z'), id).toBe(true);
      for (const ring of ringsOf(d))
        for (const [x, y] of ring) {
          expect(x, id).toBeGreaterThanOrEqual(-0.1);
          expect(x, id).toBeLessThanOrEqual(MAP_WIDTH + 0.1);
          expect(y, id).toBeGreaterThanOrEqual(-0.1);
          expect(y, id).toBeLessThanOrEqual(MAP_HEIGHT + 0.1);
        }
    }
    // Neighbours for context (Russia, Japan, Myanmar…), drawn apart from the seven.
    expect(map.land.length).toBeGreaterThan(1000);
  });

  it('puts every place of the story inside the frame', () => {
    expect(Object.keys(map.places).sort()).toEqual(Object.keys(story.places).sort());
    for (const [id, [x, y]] of Object.entries(map.places)) {
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(MAP_WIDTH);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(MAP_HEIGHT);
    }
  });

  it('keeps the compass: Seoul east of Beijing and south of Hyesan, Bangkok south of Laos', () => {
    expect(at('seoul')[0]).toBeGreaterThan(at('beijing')[0]);
    expect(at('seoul')[1]).toBeGreaterThan(at('hyesan')[1]);
    expect(at('bangkok')[1]).toBeGreaterThan(at('laos')[1]);
    expect(at('mongolia-border')[1]).toBeLessThan(at('inner-mongolia')[1]);
    expect(at('yanji')[0]).toBeGreaterThan(at('shenyang')[0]);
    expect(at('chiang-rai')[0]).toBeLessThan(at('laos')[0]);
  });

  it('keeps distances in proportion: Hyesan to Seoul against Hyesan to Bangkok, within 10%', () => {
    const length = ([x1, y1]: Point, [x2, y2]: Point) => Math.hypot(x2 - x1, y2 - y1);
    const onMap = length(at('hyesan'), at('seoul')) / length(at('hyesan'), at('bangkok'));
    const place = (id: string) => story.places[id]!;
    const onGlobe = greatCircleKm(place('hyesan'), place('seoul')) / greatCircleKm(place('hyesan'), place('bangkok'));
    expect(onMap / onGlobe).toBeGreaterThan(0.9);
    expect(onMap / onGlobe).toBeLessThan(1.1);
  });

  it.each(COUNTRY_OF)('puts %s in %s on the globe (Natural Earth 1:50m)', (place, country) => {
    const { lat, lon } = story.places[place]!;
    const shape = atlasCountries(atlas).get(COUNTRIES[country].iso)!;
    expect(geoContains(shape, [lon, lat])).toBe(true);
  });

  it.each(COUNTRY_OF)('draws %s inside the path of %s', (place, country) => {
    expect(insidePath(countryPath(country), at(place))).toBe(true);
    for (const other of COUNTRY_IDS.filter((id) => id !== country))
      expect(insidePath(countryPath(other), at(place)), other).toBe(false);
  });

  it('writes each country name inside its country', () => {
    for (const { id, label } of map.countries) expect(insidePath(countryPath(id), label), id).toBe(true);
  });

  it('refuses a place the frame does not show, naming it', () => {
    expect(() => projectMap(atlas, { ...story.places, pyongyang: { lat: 39.03, lon: 125.75 } })).not.toThrow();
    expect(() => projectMap(atlas, { ...story.places, moscow: { lat: 55.76, lon: 37.62 } })).toThrow(/"moscow"/);
  });

  it('is small enough to fetch when a map is first shown (under 25 KB gzip)', async () => {
    const { gzipSync } = await import('node:zlib');
    const module = `export default ${JSON.stringify(map)};\n`;
    expect(gzipSync(module, { level: 9 }).length).toBeLessThan(25 * 1024);
  });
});

describe('paths written for SVG', () => {
  it('writes a ring as an absolute move and relative lines, to a tenth, without redundant points', () => {
    const square: Point[] = [
      [10, 10],
      [20.04, 10],
      [20, 20],
      [15, 20.01],
      [10, 20],
      [10, 10],
    ];
    expect(svgPath([square])).toBe('M10 10l10 0 0 10-10 0z');
  });

  it('leaves out specks smaller than a unit square', () => {
    const speck: Point[] = [
      [1, 1],
      [1.5, 1],
      [1.5, 1.5],
    ];
    expect(svgPath([speck])).toBe('');
  });
});
