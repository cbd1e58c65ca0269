/**
 * Which picture a scene shows. The pictures are SVG files in public/art/, drawn by
 * scripts/illustrations.ts; this file only chooses among them, and is pure (no DOM, no React).
 */
import type { SceneDef } from '../engine/story.ts';

/** Every picture in public/art/, by file name without `.svg`. */
export const ILLUSTRATIONS = [
  'market',
  'hyesan-house',
  'river-night',
  'guard-post',
  'far-bank',
  'safe-house',
  'bus-checkpoint',
  'train',
  'city-dawn',
  'embassy',
  'handover-bridge',
  'gobi',
  'mongolia-border',
  'jungle',
  'mekong',
  'detention',
  'immigration-hall',
  'seoul',
] as const;

export type IllustrationId = (typeof ILLUSTRATIONS)[number];

/** The pictures' own size (every file's viewBox): for the <img>'s width and height. */
export const ART_WIDTH = 1200;
export const ART_HEIGHT = 600;

/**
 * Each place's usual picture. A place is drawn as it looks on most of its scenes: Changbai is the
 * back room of the safe house, not the riverbank, because that is where the story keeps her.
 */
export const PLACE_ART: Readonly<Record<string, IllustrationId>> = {
  'hyesan-market': 'market',
  hyesan: 'hyesan-house',
  'hyesan-riverside': 'river-night',
  'yalu-river': 'river-night',
  changbai: 'safe-house',
  heilongjiang: 'far-bank',
  yanji: 'city-dawn',
  shenyang: 'city-dawn',
  beijing: 'embassy',
  'laos-border': 'jungle',
  laos: 'jungle',
  'inner-mongolia': 'train',
  gobi: 'gobi',
  'mongolia-border': 'mongolia-border',
  'chiang-rai': 'immigration-hall',
  bangkok: 'detention',
  seoul: 'seoul',
  hanawon: 'seoul',
};

/**
 * Scenes whose moment differs from their place's usual picture: the torch on the Yalu's bank, the
 * Chinese bank seen at dawn, the van on the road north, the road to the Mekong at dusk, the bridge
 * where people are handed back.
 */
export const SCENE_ART: Readonly<Record<string, IllustrationId>> = {
  searchlight: 'guard-post',
  'far-bank': 'far-bank',
  'the-van': 'bus-checkpoint',
  'church-shelter': 'safe-house',
  raid: 'safe-house',
  'handed-back': 'handover-bridge',
  'laos-road': 'mekong',
};

/** A scene with no place, or a place not drawn yet, shows its chapter's picture. */
export const CHAPTER_ART: Readonly<Record<string, IllustrationId>> = {
  home: 'hyesan-house',
  'the-river': 'river-night',
  china: 'city-dawn',
  'the-road': 'city-dawn',
  arrival: 'seoul',
};

/** A chapter not in the table (a new one) opens on the first picture of the story. */
const DEFAULT_ART: IllustrationId = 'market';

/** True for the id of a picture that exists. */
export function isIllustration(id: string | undefined): id is IllustrationId {
  return id !== undefined && (ILLUSTRATIONS as readonly string[]).includes(id);
}

/**
 * The picture for a scene: the one its `art:` names when that one is drawn, else the scene's own
 * choice here, else its place's, else its chapter's.
 */
export function illustrationFor(scene: Pick<SceneDef, 'id' | 'chapter' | 'place' | 'art'>): IllustrationId {
  if (isIllustration(scene.art)) return scene.art;
  // Object.hasOwn, so that an id such as "constructor" is not found on Object.prototype.
  if (Object.hasOwn(SCENE_ART, scene.id)) return SCENE_ART[scene.id]!;
  if (scene.place !== undefined && Object.hasOwn(PLACE_ART, scene.place)) return PLACE_ART[scene.place]!;
  if (Object.hasOwn(CHAPTER_ART, scene.chapter)) return CHAPTER_ART[scene.chapter]!;
  return DEFAULT_ART;
}
