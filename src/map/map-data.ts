/**
 * What the route map draws, projected at build time (src/map/project.ts, served as
 * `virtual:route-map` by src/build/map-plugin.ts): plain numbers and SVG path strings, so the
 * browser draws a map without a map library.
 */

/** The map's frame in SVG units; route-map.css keeps the same aspect ratio while the map loads. */
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 640;

/** The seven countries of the story; their names are interface strings (src/map/RouteMap.tsx). */
export const COUNTRY_IDS = ['north-korea', 'china', 'mongolia', 'laos', 'thailand', 'vietnam', 'south-korea'] as const;
export type CountryId = (typeof COUNTRY_IDS)[number];

/** A point in SVG units, [x, y], y downwards. */
export type Point = [number, number];

export interface RouteMapData {
  width: number;
  height: number;
  /** Each country as an SVG path, with where its name is written. */
  countries: Array<{ id: CountryId; d: string; label: Point }>;
  /** The other land in the frame as one path, drawn faintly so the coasts read. */
  land: string;
  /** Every place of the story, by id. */
  places: Record<string, Point>;
}
