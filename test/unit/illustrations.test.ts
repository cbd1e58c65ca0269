// @vitest-environment jsdom
// jsdom for its DOMParser: each picture must parse as XML, as a browser parses an SVG file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ART_HEIGHT,
  ART_WIDTH,
  CHAPTER_ART,
  ILLUSTRATIONS,
  illustrationFor,
  PLACE_ART,
  SCENE_ART,
} from '../../src/art/illustrations.ts';
import { drawAll } from '../../scripts/illustrations.ts';
import { stageOf } from '../../src/ui/stage.ts';
import { realStory, ROOT } from '../support/story.ts';

const ART = join(ROOT, 'public/art');
const story = realStory();
const scenes = Object.values(story.scenes);
const onDisk = readdirSync(ART).filter((f) => f.endsWith('.svg'));
const file = (id: string) => readFileSync(join(ART, `${id}.svg`), 'utf8');

describe('the pictures of the real story', () => {
  it('gives every scene a picture that is on disk', () => {
    const missing = scenes.filter((s) => !onDisk.includes(`${illustrationFor(s)}.svg`)).map((s) => s.id);
    expect(missing).toEqual([]);
  });

  it('draws every place the story names, so none falls back to its chapter by accident', () => {
    const places = new Set(scenes.flatMap((s) => (s.place ? [s.place] : [])));
    expect([...places].filter((p) => !Object.hasOwn(PLACE_ART, p))).toEqual([]);
  });

  it('has a picture for every chapter, for scenes without a place', () => {
    expect(story.chapters.map((c) => c.id).filter((c) => !Object.hasOwn(CHAPTER_ART, c))).toEqual([]);
  });

  it('names only scenes that exist among its exceptions', () => {
    expect(Object.keys(SCENE_ART).filter((id) => !story.scenes[id])).toEqual([]);
  });

  it('shows each scene a picture drawn in its own stage’s colours, so its foot meets the page', () => {
    const drawn = drawAll();
    const clashes = scenes
      .filter((s) => drawn.get(illustrationFor(s))?.stage !== stageOf(s.place, s.chapter))
      .map(
        (s) =>
          `${s.id}: ${illustrationFor(s)} (${drawn.get(illustrationFor(s))?.stage}) in ${stageOf(s.place, s.chapter)}`,
      );
    expect(clashes).toEqual([]);
  });

  it('shows at least 12 different pictures along the way, and every picture somewhere', () => {
    const used = new Set(scenes.map((s) => illustrationFor(s)));
    expect(used.size).toBeGreaterThanOrEqual(12);
    expect(ILLUSTRATIONS.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('illustrationFor', () => {
  const scene = { id: 'somewhere', chapter: 'china' };

  it('takes the picture the scene names in `art:` when that picture is drawn', () => {
    expect(illustrationFor({ ...scene, place: 'gobi', art: 'mekong' })).toBe('mekong');
  });

  it('ignores an `art:` that names no picture yet, and uses the place', () => {
    expect(illustrationFor({ ...scene, place: 'gobi', art: 'desert-stars' })).toBe('gobi');
  });

  it('prefers a scene of its own to its place', () => {
    expect(illustrationFor({ ...scene, id: 'laos-road', place: 'laos' })).toBe('mekong');
  });

  it('falls back to the chapter, then to the first picture', () => {
    expect(illustrationFor({ ...scene, place: 'atlantis' })).toBe('city-dawn');
    expect(illustrationFor({ id: 'x', chapter: 'epilogue' })).toBe('market');
  });

  it('does not mistake the names of built-in properties for scenes or places', () => {
    expect(illustrationFor({ id: 'constructor', chapter: 'home', place: 'toString' })).toBe('hyesan-house');
  });
});

describe('the picture files', () => {
  it('are exactly the pictures the app knows', () => {
    expect(onDisk.map((f) => f.replace(/\.svg$/, '')).sort()).toEqual([...ILLUSTRATIONS].sort());
  });

  it('are what scripts/illustrations.ts draws today (run `npx tsx scripts/illustrations.ts`)', () => {
    const drawn = drawAll();
    expect([...drawn.keys()].sort()).toEqual([...ILLUSTRATIONS].sort());
    for (const [id, { svg }] of drawn) expect(file(id), id).toBe(svg);
  });

  it('draws the same files every time', () => {
    const once = drawAll();
    const again = drawAll();
    for (const [id, { svg }] of once) expect(again.get(id)?.svg, id).toBe(svg);
  });

  describe.each(ILLUSTRATIONS)('%s.svg', (id) => {
    const text = file(id);

    it('parses as SVG', () => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(doc.documentElement.localName).toBe('svg');
      expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    });

    it('is 8 KB or less', () => {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(8 * 1024);
    });

    it('is wide, sized as the <img> says, and crops to its middle', () => {
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
      expect(svg.getAttribute('viewBox')).toBe(`0 0 ${ART_WIDTH} ${ART_HEIGHT}`);
      expect(svg.getAttribute('width')).toBe(String(ART_WIDTH));
      expect(svg.getAttribute('height')).toBe(String(ART_HEIGHT));
      expect(svg.getAttribute('preserveAspectRatio')).toBe('xMidYMid slice');
    });

    it('reaches for nothing outside itself: no scripts, no other files, no fonts', () => {
      expect(text).not.toMatch(/<script|<image|<foreignObject|<style|@import|<text/i);
      // The only references are to its own gradients and shapes.
      const refs = [...text.matchAll(/(?:href="|url\()([^")]*)/g)].map((m) => m[1]!);
      expect(refs.filter((ref) => !ref.startsWith('#'))).toEqual([]);
    });
  });
});
