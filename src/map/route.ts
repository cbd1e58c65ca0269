/**
 * The route a run has taken on the map: the places passed, in order, and how far that is. Read
 * from the run's seed and choice log by the journey's replay (src/engine/journey.ts), so a saved,
 * restored or undone run draws the same line. Pure: no React, no DOM.
 */
import { journeyOf, type JourneyStep } from '../engine/journey.ts';
import type { CompiledStory } from '../engine/story.ts';
import { greatCircleKm } from '../engine/geo.ts';

export interface Route {
  /** Place ids in the order passed; a spot `near` a town counts as the town; no place twice in a row. */
  places: string[];
  /** The length of the route in km, along the great circles between its places. */
  km: number;
}

/** The route of the run `log` made with `seed`, up to the scene it is at now. */
export function routeOf(story: CompiledStory, seed: number, log: readonly string[]): Route {
  return routeAlong(story, journeyOf(story, seed, log));
}

/** The route along a run's steps, already replayed (the player has them for the journey too). */
export function routeAlong(story: CompiledStory, steps: readonly JourneyStep[]): Route {
  const scenes = [story.start, ...steps.map((step) => step.to)];
  return routeThrough(
    story,
    scenes.map((id) => story.scenes[id]?.place),
  );
}

/** The route through these places (a scene with no place, or an ending, gives undefined). */
export function routeThrough(story: CompiledStory, passed: ReadonlyArray<string | undefined>): Route {
  const places: string[] = [];
  for (const id of passed) {
    const place = id === undefined ? undefined : story.places[id];
    if (!place) continue;
    const at = place.near ?? place.id;
    if (places.at(-1) !== at) places.push(at);
  }
  let km = 0;
  for (let i = 1; i < places.length; i++) km += greatCircleKm(story.places[places[i - 1]!]!, story.places[places[i]!]!);
  return { places, km };
}

/**
 * A distance as the caption says it: "about" so many km, to two significant figures (1,234 km is
 * about 1,200; 47 km about 47), since the route joins places by straight lines, not roads.
 */
export function roundKm(km: number): number {
  if (km < 100) return Math.round(km);
  const unit = 10 ** (Math.floor(Math.log10(km)) - 1);
  return Math.round(km / unit) * unit;
}
