/**
 * Which stage of the journey a scene belongs to: the page's colours (src/ui/palette.css, set as
 * `data-stage` on <html>) follow it. Pure: no DOM.
 */

/** The stages of the journey, in the order a run meets them (north and south are the two roads). */
export const STAGES = ['home', 'river', 'china', 'north', 'south', 'seoul', 'ending'] as const;

export type Stage = (typeof STAGES)[number];

/**
 * Each place in the story (a scene's `place:`) and the stage it belongs to. Where the light is
 * decides, not the chapter: the riverside lanes of Hyesan are already the river at night, and the
 * Chinese bank is China though the river chapter ends there. Yunnan and Kunming stay China: the
 * south's green begins where China's police posts end. A new place needs a line here; the unit
 * test fails until it has one.
 */
export const PLACE_STAGES: Readonly<Record<string, Stage>> = {
  hyesan: 'home',
  'hyesan-market': 'home',
  'hyesan-riverside': 'river',
  'yalu-river': 'river',
  changbai: 'china',
  heilongjiang: 'china',
  yanji: 'china',
  shenyang: 'china',
  beijing: 'china',
  'inner-mongolia': 'north',
  gobi: 'north',
  'mongolia-border': 'north',
  'laos-border': 'south',
  laos: 'south',
  'chiang-rai': 'south',
  bangkok: 'south',
  seoul: 'seoul',
  hanawon: 'seoul',
};

/** A scene without a place (a van, a raid at night) takes its chapter's stage. */
export const CHAPTER_STAGES: Readonly<Record<string, Stage>> = {
  home: 'home',
  'the-river': 'river',
  china: 'china',
  'the-road': 'china',
  arrival: 'seoul',
};

/** A chapter the table does not know yet (a new one) starts where the story starts. */
const DEFAULT_STAGE: Stage = 'home';

/** The stage of a scene: its place's, else its chapter's. */
export function stageOf(place: string | undefined, chapterId: string): Stage {
  // Object.hasOwn, so that a place called "constructor" is not found on Object.prototype.
  if (place !== undefined && Object.hasOwn(PLACE_STAGES, place)) return PLACE_STAGES[place]!;
  if (Object.hasOwn(CHAPTER_STAGES, chapterId)) return CHAPTER_STAGES[chapterId]!;
  return DEFAULT_STAGE;
}
