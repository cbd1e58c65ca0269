/**
 * The projected route map, as the app imports it (lazily, its own chunk). What this file holds is a
 * stand-in: an empty map, for where no Vite build runs (unit tests, type checks). The build and the
 * dev server replace its contents with the projection of Natural Earth and story/places.yaml
 * (src/build/map-plugin.ts), so d3-geo and topojson never reach the browser.
 *
 * A real file rather than a `virtual:` module, because a component that imports a virtual module,
 * even lazily, cannot be loaded by the unit tests (Vite's import analysis fails on it there).
 */
import { MAP_HEIGHT, MAP_WIDTH, type RouteMapData } from './map-data.ts';

const map: RouteMapData = { width: MAP_WIDTH, height: MAP_HEIGHT, countries: [], land: '', places: {} };
export default map;
