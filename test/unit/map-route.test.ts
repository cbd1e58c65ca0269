/**
 * The route of a run (src/map/route.ts): replayed from a real seed and log of the story, the places
 * passed in order and the great-circle distance between them.
 */
import { describe, expect, it } from 'vitest';
import { applyText } from '../../src/engine/text.ts';
import { greatCircleKm } from '../../src/engine/geo.ts';
import { roundKm, routeOf, routeThrough } from '../../src/map/route.ts';
import { wordsFor } from '../support/app.tsx';
import { seedFor, witnesses } from '../support/paths.ts';
import { realStory } from '../support/story.ts';

const story = realStory();
const runs = witnesses(story);

/** The real run the explorer finds to `ending`, as a seed and a log. */
function runTo(ending: string): { seed: number; log: string[] } {
  const path = runs.get(ending);
  if (!path) throw new Error(`no run reaches ${ending}`);
  return { seed: seedFor(path), log: path.map((step) => step.choiceId) };
}

function routeTo(ending: string) {
  const { seed, log } = runTo(ending);
  return routeOf(story, seed, log);
}

/** The length of a list of places, leg by leg, from their coordinates in places.yaml. */
function lengthOf(places: readonly string[]): number {
  let km = 0;
  for (let i = 1; i < places.length; i++) km += greatCircleKm(story.places[places[i - 1]!]!, story.places[places[i]!]!);
  return km;
}

describe('the route of a run', () => {
  it('goes north through the Gobi to the Mongolian border on a run that ends via Mongolia', () => {
    const { seed, log } = runTo('arrived-via-mongolia');
    const route = routeOf(story, seed, log);
    expect(route.places).toEqual([
      'hyesan',
      'yalu-river',
      'changbai',
      'yanji',
      'shenyang',
      'inner-mongolia',
      'gobi',
      'mongolia-border',
      'hanawon',
      'seoul',
    ]);
    expect(route.km).toBeCloseTo(lengthOf(route.places), 6);
    // Hyesan to Yanji and Shenyang, west to the Gobi, then the flight to Seoul: about 3,300 km.
    expect(route.km).toBeGreaterThan(3200);
    expect(route.km).toBeLessThan(3450);
  });

  it('goes south through Laos and across the Mekong on a run that ends via Thailand', () => {
    const { seed, log } = runTo('arrived-via-thailand');
    const route = routeOf(story, seed, log);
    const south = ['shenyang', 'laos-border', 'laos', 'chiang-rai', 'bangkok', 'hanawon', 'seoul'];
    expect(route.places.slice(route.places.indexOf('shenyang'), route.places.indexOf('seoul') + 1)).toEqual(south);
    expect(route.places).not.toContain('gobi');
    expect(route.places.slice(0, 3)).toEqual(['hyesan', 'yalu-river', 'changbai']);
    expect(route.km).toBeCloseTo(lengthOf(route.places), 6);
    // The long way: Shenyang to the hills of Laos alone is some 3,000 km; then Bangkok to Seoul by air.
    expect(route.km).toBeGreaterThan(routeTo('arrived-via-mongolia').km);
  });

  it('counts a market or a riverbank in Hyesan as Hyesan, and never names a place twice in a row', () => {
    for (const [ending] of runs) {
      const { seed, log } = runTo(ending);
      const { places } = routeOf(story, seed, log);
      expect(places, ending).not.toContain('hyesan-market');
      expect(places, ending).not.toContain('hyesan-riverside');
      expect(places[0], ending).toBe('hyesan');
      places.slice(1).forEach((place, i) => expect(place, ending).not.toBe(places[i]));
    }
  });

  it('grows as the run goes on: the route of every earlier step is the start of the later one', () => {
    const { seed, log } = runTo('arrived-via-thailand');
    const whole = routeOf(story, seed, log);
    for (let n = 0; n <= log.length; n++) {
      const partial = routeOf(story, seed, log.slice(0, n));
      expect(whole.places.slice(0, partial.places.length)).toEqual(partial.places);
      expect(partial.km).toBeLessThanOrEqual(whole.km + 1e-9);
    }
  });

  it('is Hyesan alone, 0 km, before she leaves', () => {
    expect(routeOf(story, 1, [])).toEqual({ places: ['hyesan'], km: 0 });
  });

  it('stops where a log no longer fits the story, as the journey does', () => {
    const { seed, log } = runTo('arrived-via-mongolia');
    const broken = [...log.slice(0, 20), 'no-such-choice', ...log.slice(21)];
    expect(routeOf(story, seed, broken)).toEqual(routeOf(story, seed, log.slice(0, 20)));
  });

  it('skips scenes and endings without a place', () => {
    expect(routeThrough(story, [undefined, 'seoul', undefined, 'seoul', 'no-such-place', 'hanawon'])).toEqual({
      places: ['seoul', 'hanawon'],
      km: greatCircleKm(story.places.seoul!, story.places.hanawon!),
    });
  });

  it('names its places in the language of the words', () => {
    const korean = applyText(story, wordsFor(story, 'ko').story);
    const { places } = routeTo('arrived-via-mongolia');
    expect(places.map((id) => korean.places[id]!.name).slice(0, 5)).toEqual([
      '혜산',
      '압록강',
      '창바이',
      '옌지',
      '선양',
    ]);
  });
});

describe('great-circle distances', () => {
  it.each([
    // One degree along the equator, and Seoul to Beijing (about 950 km by air).
    [{ lat: 0, lon: 0 }, { lat: 0, lon: 1 }, 111.19, 0.01],
    [{ lat: 37.57, lon: 126.98 }, { lat: 39.9, lon: 116.41 }, 955, 10],
    // Across the Yalu: Hyesan to Changbai is a couple of kilometres.
    [{ lat: 41.4, lon: 128.18 }, { lat: 41.42, lon: 128.2 }, 2.7, 0.2],
  ])('%o to %o is %d km', (a, b, km, within) => {
    expect(Math.abs(greatCircleKm(a, b) - km)).toBeLessThanOrEqual(within);
    expect(greatCircleKm(b, a)).toBeCloseTo(greatCircleKm(a, b), 9);
  });
});

describe('a distance as the caption says it', () => {
  it.each([
    [0.4, 0],
    [3.2, 3],
    [47, 47],
    [99.6, 100],
    [1234, 1200],
    [4155, 4200],
    [8607, 8600],
    [12_345, 12_000],
  ])('%d km is about %d', (km, about) => {
    expect(roundKm(km)).toBe(about);
  });
});
