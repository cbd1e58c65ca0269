/**
 * The route map: the countries of the story, the places passed as dots, the route so far as a line
 * and the place she is now, with the distance travelled. The picture is projected at build time
 * (route-map-data.ts, written by src/build/map-plugin.ts) and fetched when a map is first shown;
 * its text alternative, the caption's list of the places passed, needs no fetch and is there at
 * once. Its stylesheet, route-map.css, is linked from the page by the same plugin (see there why
 * it is not imported here).
 */
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledStory } from '../engine/story.ts';
import type { CountryId, Point, RouteMapData } from './map-data.ts';
import { roundKm, type Route } from './route.ts';

const COUNTRY_NAMES = {
  'north-korea': 'countryNorthKorea',
  china: 'countryChina',
  mongolia: 'countryMongolia',
  laos: 'countryLaos',
  thailand: 'countryThailand',
  vietnam: 'countryVietnam',
  'south-korea': 'countrySouthKorea',
} as const satisfies Record<CountryId, string>;

let pending: Promise<RouteMapData> | undefined;

/** The projected map, fetched once per page (its own chunk, so no other screen waits for it). */
export function loadRouteMap(): Promise<RouteMapData> {
  pending ??= import('./route-map-data.ts').then(
    (module) => module.default,
    (error: unknown) => {
      // Offline before the chunk was cached: the next map tries again.
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

interface RouteMapProps {
  /** The story in the player's language: the places' names come from it. */
  story: CompiledStory;
  route: Route;
  /** At an ending the route is whole: "in all" rather than "so far". */
  complete?: boolean;
}

export function RouteMap({ story, route, complete = false }: RouteMapProps) {
  const { t } = useTranslation();
  const [map, setMap] = useState<RouteMapData | 'failed'>();
  useEffect(() => {
    let live = true;
    loadRouteMap().then(
      (data) => {
        if (live) setMap(data);
      },
      () => {
        // The caption already says everything the picture shows; it stays on its own.
        if (live) setMap('failed');
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const names = route.places.map((id) => story.places[id]?.name ?? id);
  const here = route.places.length - 1;
  const km = Math.max(1, roundKm(route.km));
  const distance =
    route.places.length < 2 ? t('routeMapHere') : t(complete ? 'routeMapInAll' : 'routeMapSoFar', { km });

  return (
    <figure className="route-map" data-route-map={complete ? 'complete' : 'so-far'}>
      {map !== 'failed' && (
        <div className="route-map-frame" aria-hidden="true">
          {map && <Drawing map={map} route={route} hereName={names[here]} countryName={(id) => t(COUNTRY_NAMES[id])} />}
        </div>
      )}
      <figcaption>
        <p className="route-map-distance">{distance}</p>
        <ol className="route-map-places" aria-label={t('routeMapPlaces')}>
          {names.map((name, index) => (
            <li key={`${index}:${route.places[index]!}`} aria-current={index === here ? 'location' : undefined}>
              {name}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}

interface DrawingProps {
  map: RouteMapData;
  route: Route;
  hereName: string | undefined;
  countryName: (id: CountryId) => string;
}

/** The picture: SVG for the shapes, HTML for the words, so names keep their size on any screen. */
function Drawing({ map, route, hereName, countryName }: DrawingProps) {
  const points = route.places.flatMap((id) => {
    const point = map.places[id];
    return point ? [point] : [];
  });
  const here = map.places[route.places.at(-1) ?? ''];
  // Dots as zero-length strokes with round caps: with a non-scaling stroke they keep one size in
  // pixels whatever the map's width, as the line does.
  const dots = (list: readonly Point[]): string => list.map(([x, y]) => `M${x} ${y}h0`).join('');
  // Physical left and top: a map does not mirror in a right-to-left language.
  const at = ([x, y]: Point): CSSProperties => ({
    left: `${(x / map.width) * 100}%`,
    top: `${(y / map.height) * 100}%`,
  });
  return (
    <>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} aria-hidden="true" focusable="false">
        <path className="route-map-land" d={map.land} />
        {map.countries.map((country) => (
          <path key={country.id} className="route-map-country" data-country={country.id} d={country.d} />
        ))}
        {points.length > 1 && (
          <polyline className="route-map-line" points={points.map(([x, y]) => `${x},${y}`).join(' ')} />
        )}
        <path className="route-map-halo" d={dots(points)} />
        <path className="route-map-dots" d={dots(points)} />
        {here && <path className="route-map-here" d={dots([here])} />}
      </svg>
      {map.countries.map((country) => (
        <span key={country.id} className="route-map-label" style={at(country.label)}>
          {countryName(country.id)}
        </span>
      ))}
      {here && hereName && (
        <HereName name={hereName} style={at(here)} cameFromEast={(points.at(-2)?.[0] ?? -1) > here[0]} />
      )}
    </>
  );
}

/**
 * The name of the place she is at, beside its dot, on the side away from the way she came (so it
 * hides no part of the route), or on the other side where a long name would run off the frame.
 */
function HereName({ name, style, cameFromEast }: { name: string; style: CSSProperties; cameFromEast: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [west, setWest] = useState(cameFromEast);
  useLayoutEffect(() => {
    const label = ref.current;
    const frame = label?.parentElement?.getBoundingClientRect();
    // Nothing to measure where nothing is laid out (a hidden page).
    if (!label || !frame || label.offsetWidth === 0) {
      setWest(cameFromEast);
      return;
    }
    // From the dot, not from where the name stands now, so each side is judged afresh.
    const dot = frame.left + (parseFloat(String(style.left)) / 100) * frame.width;
    const width = 12 + label.offsetWidth;
    const fitsEast = dot + width <= frame.right;
    const fitsWest = dot - width >= frame.left;
    setWest(cameFromEast ? fitsWest || !fitsEast : !fitsEast && fitsWest);
  }, [name, style.left, cameFromEast]);
  return (
    <span ref={ref} className={west ? 'route-map-here-name is-west' : 'route-map-here-name'} style={style}>
      {name}
    </span>
  );
}
