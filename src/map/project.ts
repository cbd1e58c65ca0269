/**
 * The route map's geography, projected at build time: Natural Earth's countries (the `world-atlas`
 * package, 1:50m) and the story's places, through one conic projection fitted to the region of the
 * story, into SVG paths and points. Node-side and pure (the caller reads the files), so the
 * browser gets plain strings and numbers and no map library (see src/build/map-plugin.ts).
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_IDS, MAP_HEIGHT, MAP_WIDTH, type CountryId, type Point, type RouteMapData } from './map-data.ts';

/** Longitude and latitude in degrees, in GeoJSON's order. */
export type LonLat = [number, number];

/**
 * Each country's id in world-atlas (ISO 3166-1 numeric) and where its name is written: a point
 * inside it, clear of the routes, chosen by eye on the drawn map.
 */
export const COUNTRIES: Record<CountryId, { iso: string; label: LonLat }> = {
  'north-korea': { iso: '408', label: [126.9, 40.1] },
  china: { iso: '156', label: [106.5, 35.5] },
  mongolia: { iso: '496', label: [103.0, 46.3] },
  laos: { iso: '418', label: [104.6, 18.6] },
  thailand: { iso: '764', label: [101.8, 16.0] },
  vietnam: { iso: '704', label: [107.6, 14.0] },
  'south-korea': { iso: '410', label: [128.0, 35.8] },
};

/**
 * The region the map shows, in degrees: Bangkok to Ulaanbaatar, Yunnan to the Korean east coast,
 * with a margin. Its edges are sampled, not joined as a polygon, so the fit reads the corners of a
 * conic projection's curved frame and not a great-circle shortcut between them.
 */
export const REGION: Readonly<Record<'west' | 'east' | 'south' | 'north', number>> = {
  west: 97,
  east: 133,
  south: 11,
  north: 49,
};

/** How far a simplified coast may stray from Natural Earth's line, in SVG units (~ a third of a pixel). */
const TOLERANCE = 0.35;
/** Islands smaller than this (square SVG units) are left out: they would be specks. */
const MIN_AREA = 1;

/**
 * The projection: conic equal-area with standard parallels at 17°N and 43°N (a sixth in from each
 * edge of 11°N-49°N, where the scale errs least across the region), centred on 115°E and fitted to
 * the frame. Clipped to the frame, so China's west and Russia's north end at its edge.
 */
export function routeProjection(): GeoProjection {
  const edges: LonLat[] = [];
  for (let lon = REGION.west; lon <= REGION.east; lon += 1) edges.push([lon, REGION.south], [lon, REGION.north]);
  for (let lat = REGION.south; lat <= REGION.north; lat += 1) edges.push([REGION.west, lat], [REGION.east, lat]);
  return geoConicEqualArea()
    .parallels([17, 43])
    .rotate([-115, 0])
    .fitExtent(
      [
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ],
      { type: 'MultiPoint', coordinates: edges },
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}

/** Every country of the atlas as a GeoJSON feature, keyed by its ISO numeric id. */
export function atlasCountries(topology: Topology): Map<string, Feature> {
  const collection = topology.objects.countries as GeometryCollection | undefined;
  if (!collection) throw new Error('The atlas has no "countries" object: expected world-atlas/countries-50m.json.');
  const features = feature(topology, collection).features;
  return new Map(features.map((f) => [String(f.id), f]));
}

/**
 * The map: the seven countries, the other land in the frame, and each place's point. Throws when a
 * place falls outside the frame, naming it, since the route would run off the map.
 */
export function projectMap(topology: Topology, places: Record<string, { lat: number; lon: number }>): RouteMapData {
  const projection = routeProjection();
  const countries = atlasCountries(topology);
  const draw = (shape: Feature): string => {
    const rings = new RingRecorder();
    geoPath(projection, rings)(shape);
    return svgPath(rings.rings);
  };
  const wanted = new Set(COUNTRY_IDS.map((id) => COUNTRIES[id].iso));
  const drawn = COUNTRY_IDS.map((id) => {
    const { iso, label } = COUNTRIES[id];
    const shape = countries.get(iso);
    if (!shape) throw new Error(`The atlas has no country ${iso} (${id}).`);
    return { id, d: draw(shape), label: project(projection, label) };
  });
  const land = [...countries]
    .filter(([iso]) => !wanted.has(iso))
    .map(([, shape]) => draw(shape))
    .filter((d) => d !== '')
    .join('');

  const points: Record<string, Point> = {};
  for (const [id, { lat, lon }] of Object.entries(places)) {
    const point = project(projection, [lon, lat]);
    const [x, y] = point;
    if (!(x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT))
      throw new Error(
        `Place "${id}" (${lat}, ${lon}) lies outside the route map, which shows ${REGION.south}°N-${REGION.north}°N, ${REGION.west}°E-${REGION.east}°E (src/map/project.ts).`,
      );
    points[id] = point;
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, countries: drawn, land, places: points };
}

function project(projection: GeoProjection, at: LonLat): Point {
  const [x, y] = projection(at) ?? [Number.NaN, Number.NaN];
  return [round(x), round(y)];
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** A d3 path context that keeps the rings drawn (geoPath draws polygons as closed rings). */
class RingRecorder {
  readonly rings: Point[][] = [];
  private ring: Point[] = [];

  moveTo(x: number, y: number): void {
    this.end();
    this.ring = [[x, y]];
  }

  lineTo(x: number, y: number): void {
    this.ring.push([x, y]);
  }

  closePath(): void {
    this.end();
  }

  // d3 calls these for points and canvas paths only; the map draws neither through this context.
  arc(): void {}
  beginPath(): void {}

  private end(): void {
    if (this.ring.length > 1) this.rings.push(this.ring);
    this.ring = [];
  }
}

/**
 * Rings as one compact SVG path: simplified within TOLERANCE, specks dropped, coordinates to a
 * tenth of a unit, each ring an absolute move then relative lines (small numbers compress well).
 */
export function svgPath(rings: readonly Point[][]): string {
  let out = '';
  for (const ring of rings) {
    // Whole tenths from here on, so relative steps add up exactly to the absolute points.
    const tenths = dedupe(simplify(ring, TOLERANCE).map(([x, y]): Point => [Math.round(x * 10), Math.round(y * 10)]));
    if (tenths.length < 3 || Math.abs(area(tenths)) < MIN_AREA * 100) continue;
    const [first, ...rest] = tenths;
    let [px, py] = first!;
    let part = `M${tenth(px)} ${tenth(py)}l`;
    for (const [x, y] of rest) {
      part += joined(part, tenth(x - px)) + joined('', tenth(y - py));
      [px, py] = [x, y];
    }
    out += `${part}z`;
  }
  return out;
}

/** A number in tenths, written short: 12 → 1.2, -3 → -.3, 40 → 4. */
function tenth(n: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  return `${sign}${whole === 0 && frac !== 0 ? '' : String(whole)}${frac === 0 ? '' : `.${frac}`}`;
}

/** A separator only where SVG's number grammar needs one (a minus sign starts a new number by itself). */
function joined(before: string, number: string): string {
  return before.endsWith('l') || number.startsWith('-') ? number : ` ${number}`;
}

function dedupe(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out.at(-1);
  // The path's `z` closes the ring, so a last point equal to the first is redundant.
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/** Twice the signed area of a ring (shoelace). */
function area(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Douglas-Peucker on a closed ring: cut at the point farthest from the first, simplify each half. */
function simplify(ring: readonly Point[], tolerance: number): Point[] {
  if (ring.length < 4) return [...ring];
  const first = ring[0]!;
  let far = 0;
  let farDistance = -1;
  ring.forEach(([x, y], i) => {
    const d = (x - first[0]) ** 2 + (y - first[1]) ** 2;
    if (d > farDistance) [far, farDistance] = [i, d];
  });
  const keep = new Array<boolean>(ring.length).fill(false);
  keep[0] = keep[far] = keep[ring.length - 1] = true;
  const stack: Array<[number, number]> = [
    [0, far],
    [far, ring.length - 1],
  ];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(ring[i]!, ring[from]!, ring[to]!);
      if (d > worstDistance) [worst, worstDistance] = [i, d];
    }
    if (worst < 0) continue;
    keep[worst] = true;
    stack.push([from, worst], [worst, to]);
  }
  return ring.filter((_, i) => keep[i]);
}

function distanceToSegment([x, y]: Point, [x1, y1]: Point, [x2, y2]: Point): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}
