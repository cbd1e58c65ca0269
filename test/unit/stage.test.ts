import { describe, expect, it } from 'vitest';
import { CHAPTER_STAGES, PLACE_STAGES, STAGES, stageOf } from '../../src/ui/stage.ts';
import { realStory } from '../support/story.ts';

const story = realStory();
const scenes = Object.values(story.scenes);

describe('stageOf', () => {
  it.each([
    ['hyesan-market', 'home', 'home'],
    ['hyesan', 'home', 'home'],
    ['hyesan-riverside', 'home', 'river'],
    ['yalu-river', 'the-river', 'river'],
    ['changbai', 'the-river', 'china'],
    ['shenyang', 'the-road', 'china'],
    ['gobi', 'the-road', 'north'],
    ['mongolia-border', 'arrival', 'north'],
    ['laos', 'the-road', 'south'],
    ['bangkok', 'arrival', 'south'],
    ['hanawon', 'arrival', 'seoul'],
  ] as const)('puts %s (chapter %s) in the %s stage', (place, chapter, stage) => {
    expect(stageOf(place, chapter)).toBe(stage);
  });

  it.each([
    ['home', 'home'],
    ['the-river', 'river'],
    ['china', 'china'],
    ['arrival', 'seoul'],
  ] as const)('gives a scene with no place in chapter %s the %s stage', (chapter, stage) => {
    expect(stageOf(undefined, chapter)).toBe(stage);
  });

  it('falls back to the chapter for a place it does not know, and to home for an unknown chapter', () => {
    expect(stageOf('atlantis', 'china')).toBe('china');
    expect(stageOf('atlantis', 'epilogue')).toBe('home');
  });

  it('does not mistake the names of built-in properties for places or chapters', () => {
    expect(stageOf('constructor', 'china')).toBe('china');
    expect(stageOf(undefined, '__proto__')).toBe('home');
  });
});

describe('the stages of the real story', () => {
  it('knows every place the story names, so none falls back by accident', () => {
    const places = new Set(scenes.flatMap((s) => (s.place ? [s.place] : [])));
    expect([...places].filter((p) => !Object.hasOwn(PLACE_STAGES, p))).toEqual([]);
  });

  it('knows every chapter', () => {
    expect(story.chapters.map((c) => c.id).filter((c) => !Object.hasOwn(CHAPTER_STAGES, c))).toEqual([]);
  });

  it('uses every stage but the ending for some scene (the ending stage is for endings)', () => {
    const used = new Set(scenes.map((s) => stageOf(s.place, s.chapter)));
    expect([...used].sort()).toEqual(STAGES.filter((s) => s !== 'ending').sort());
  });

  it('never sends a run back home once it has crossed the river', () => {
    const crossed = scenes.filter((s) => s.chapter !== 'home');
    expect(crossed.filter((s) => stageOf(s.place, s.chapter) === 'home').map((s) => s.id)).toEqual([]);
  });
});
