/**
 * Which sound goes where: the soundscape of each map place, the cues, and the caption that names
 * each sound. The files themselves are made by `scripts/make-audio.sh` into `public/audio/`.
 */
import type ui from '../i18n/locales/en/ui.json';

/** The looping beds, one at a time, cross-faded as the story moves from place to place. */
export const SOUNDSCAPES = ['river', 'wind', 'market', 'train', 'jungle-rain', 'city'] as const;
export type SoundscapeId = (typeof SOUNDSCAPES)[number];

/**
 * Where the loop sits in each soundscape's file: `scripts/make-audio.sh` puts a lead-in and a tail
 * of EDGE (0.1 s) around exactly L (24 s) of sound, because decoders are not sample-exact at a
 * file's edges; only the part between is looped. Keep the two in step.
 */
export const LOOP_WINDOW = { startMs: 100, lengthMs: 24_000 } as const;

/** Short sounds over the bed. */
export const CUES = ['choice', 'footsteps'] as const;
export type CueId = (typeof CUES)[number];

export type SoundId = SoundscapeId | CueId;

/**
 * A scene's `place` → its soundscape, or `null` for a place left silent on purpose. Chosen by
 * reading the scenes, not the map: a place is what is heard there in the story.
 */
export const PLACE_SOUNDSCAPES: Readonly<Record<string, SoundscapeId | null>> = {
  // Home: the stall in the jangmadang and the fish stalls behind it.
  'hyesan-market': 'market',
  // Home, the kitchen at night, the last supper: the quiet of a house with the power off, which
  // the market before and the river after make the more felt.
  hyesan: null,
  // Mr. Ri's shed, the lane down to the river, the riverbank: always within earshot of the Yalu.
  'hyesan-riverside': 'river',
  // Upstream on the ice, in the reeds, in the water.
  'yalu-river': 'river',
  // The far bank and then weeks behind closed curtains in a farmhouse: hiding, so silence.
  changbai: null,
  // "Brick houses, mud and maize fields to the edge of the sky."
  heilongjiang: 'wind',
  // The bus to Yanji, a flat above a shop, a restaurant kitchen: a town's traffic.
  yanji: 'city',
  // "The biggest city you have ever seen", from a ninth floor.
  shenyang: 'city',
  // All night through trees and tall wet grass, rain until dawn.
  'laos-border': 'jungle-rain',
  // A road in northern Laos, down to the Mekong at dusk.
  laos: 'jungle-rain',
  // The long road north into Inner Mongolia, to a checkpoint outside the last town.
  'inner-mongolia': 'train',
  // The walk across the desert at night, and the wire at dawn.
  gobi: 'wind',
  // Soldiers come across the open steppe in a truck; then a guarded building in Ulaanbaatar.
  'mongolia-border': 'wind',
  // The embassy street, a man selling sweet potatoes, office workers hurrying past.
  beijing: 'city',
  // A police station after the night crossing of the Mekong: the hush of being, for the first
  // time, safe.
  'chiang-rai': null,
  // The detention centre in a city of ten million.
  bangkok: 'city',
  // A room near Seoul, a flat, work, the subway.
  seoul: 'city',
  // Questioning, then twelve quiet weeks behind a fence in the countryside, then a first job.
  hanawon: null,
};

/** Places reached on foot: footsteps play as the story arrives in one from elsewhere. */
export const ARRIVED_ON_FOOT: ReadonlySet<string> = new Set([
  'hyesan-riverside',
  'yalu-river',
  'changbai',
  'laos-border',
  'gobi',
  'mongolia-border',
  'chiang-rai',
]);

/**
 * The caption naming each sound (an interface string in `src/i18n/locales/<lng>/ui.json`). The
 * choice cue has none on purpose: it is the sound of the player's own click, which they see; a
 * caption after every choice would only flicker.
 */
export const CAPTION_KEYS = {
  river: 'soundRiver',
  wind: 'soundWind',
  market: 'soundMarket',
  train: 'soundTrain',
  'jungle-rain': 'soundJungleRain',
  city: 'soundCity',
  footsteps: 'soundFootsteps',
} as const satisfies Partial<Record<SoundId, keyof typeof ui>>;

export type CaptionedSound = keyof typeof CAPTION_KEYS;

export function isSoundscape(id: string | undefined): id is SoundscapeId {
  return (SOUNDSCAPES as readonly (string | undefined)[]).includes(id);
}

export function isCaptioned(id: SoundId): id is CaptionedSound {
  return id in CAPTION_KEYS;
}

/**
 * The soundscape of a scene: its own `sound` when that names one, else its place's, else none.
 * An unknown place is silent rather than an error, so a new place in the story never breaks play.
 */
export function soundscapeFor(place: string | undefined, sound?: string): SoundscapeId | undefined {
  if (isSoundscape(sound)) return sound;
  if (place === undefined) return undefined;
  return (Object.hasOwn(PLACE_SOUNDSCAPES, place) ? PLACE_SOUNDSCAPES[place] : undefined) ?? undefined;
}
