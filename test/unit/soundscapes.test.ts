/** Which sound goes where, checked against the real story, the files and the captions. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARRIVED_ON_FOOT,
  CAPTION_KEYS,
  CUES,
  PLACE_SOUNDSCAPES,
  SOUNDSCAPES,
  isCaptioned,
  LOOP_WINDOW,
  soundscapeFor,
} from '../../src/audio/soundscapes.ts';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages.ts';
import { realStory, ROOT } from '../support/story.ts';

const story = realStory();
const scenes = Object.values(story.scenes);
const placesInStory = new Set(scenes.flatMap((scene) => (scene.place ? [scene.place] : [])));

describe('the soundscape of each place', () => {
  it.each([...placesInStory].sort())('%s has a soundscape or is silent on purpose', (place) => {
    expect(Object.hasOwn(PLACE_SOUNDSCAPES, place), `add "${place}" to PLACE_SOUNDSCAPES`).toBe(true);
  });

  it('names only places the story has', () => {
    expect(Object.keys(PLACE_SOUNDSCAPES).filter((place) => !placesInStory.has(place))).toEqual([]);
    expect([...ARRIVED_ON_FOOT].filter((place) => !placesInStory.has(place))).toEqual([]);
  });

  it('uses every soundscape somewhere in the story', () => {
    const heard = new Set(scenes.map((scene) => soundscapeFor(scene.place, scene.sound)));
    expect(SOUNDSCAPES.filter((id) => !heard.has(id))).toEqual([]);
  });

  it('gives a scene’s own `sound` only when it names a soundscape', () => {
    const unknown = scenes.filter(
      (scene) => scene.sound !== undefined && !SOUNDSCAPES.some((id) => id === scene.sound),
    );
    expect(unknown.map((scene) => `${scene.id}: ${String(scene.sound)}`)).toEqual([]);
  });

  it.each([
    ['yalu-river', undefined, 'river'],
    ['heilongjiang', undefined, 'wind'],
    ['gobi', undefined, 'wind'],
    ['hyesan-market', undefined, 'market'],
    ['inner-mongolia', undefined, 'train'],
    ['laos-border', undefined, 'jungle-rain'],
    ['seoul', undefined, 'city'],
    ['hyesan', undefined, undefined],
    ['hyesan', 'wind', 'wind'],
    ['gobi', 'no-such-sound', 'wind'],
    ['atlantis', undefined, undefined],
    ['constructor', undefined, undefined],
    [undefined, undefined, undefined],
  ] as const)('%s with sound %s plays %s', (place, sound, expected) => {
    expect(soundscapeFor(place, sound)).toBe(expected);
  });
});

describe('the files', () => {
  const MAX_BYTES = 150 * 1024;

  it('have their loop where the player looks for it (make-audio.sh’s L and EDGE)', () => {
    const script = readFileSync(join(ROOT, 'scripts/make-audio.sh'), 'utf8');
    const setting = (name: string) => Number(new RegExp(`^${name}=([\\d.]+)`, 'm').exec(script)?.[1]);
    expect(setting('L') * 1000).toBe(LOOP_WINDOW.lengthMs);
    expect(setting('EDGE') * 1000).toBe(LOOP_WINDOW.startMs);
  });

  it.each([...SOUNDSCAPES, ...CUES].flatMap((id) => [`${id}.webm`, `${id}.mp3`]))(
    'public/audio/%s is there and at most 150 KB',
    (file) => {
      const { size } = statSync(join(ROOT, 'public/audio', file));
      expect(size).toBeGreaterThan(1000);
      expect(size).toBeLessThanOrEqual(MAX_BYTES);
    },
  );
});

describe('captions', () => {
  const ui = (lang: string) =>
    JSON.parse(readFileSync(join(ROOT, 'src/i18n/locales', lang, 'ui.json'), 'utf8')) as Record<string, string>;
  // Square brackets in the Latin scripts and Korean; Japanese and Chinese captions use the
  // full-width parentheses of their subtitling.
  const wrapped: Record<string, RegExp> = {
    ja: /^（[^（）]+）$/,
    'zh-Hans': /^（[^（）]+）$/,
  };

  it('name every soundscape and the footsteps, not the click of a choice', () => {
    expect(SOUNDSCAPES.filter((id) => !isCaptioned(id))).toEqual([]);
    expect(isCaptioned('footsteps')).toBe(true);
    expect(isCaptioned('choice')).toBe(false);
  });

  it.each(SHIPPED_LANGUAGES)('are bracketed as captions in %s', (lang) => {
    const words = ui(lang);
    for (const key of Object.values(CAPTION_KEYS)) expect(words[key], key).toMatch(wrapped[lang] ?? /^\[[^[\]]+\]$/);
  });
});
