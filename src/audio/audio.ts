/**
 * The story's sound: a looping soundscape per place, cross-faded as the story moves, and short
 * cues. Off until the player turns it on, and nothing of it (not even howler) is fetched before
 * then. Sound is never needed to play: whatever fails (no howler, a missing file, a browser that
 * will not play) goes on silently, and the captions still name what would be heard.
 *
 * Framework-free: the views read it through `subscribe` and `getState` (see `useAudioState`).
 */
import type { HowlOptions } from 'howler';
import type { StorageLike } from '../engine/save.ts';
import {
  CUES,
  isCaptioned,
  LOOP_WINDOW,
  type CaptionedSound,
  type CueId,
  type SoundId,
  type SoundscapeId,
} from './soundscapes.ts';

/** Where the player's choice is remembered: "on" or "off". */
export const SOUND_KEY = 'three-thousand-miles:sound';

/** How long one soundscape takes to give way to the next. */
export const CROSSFADE_MS = 1200;
/** Beds sit under the reading, not over it; cues a little above them (the files are levelled). */
export const BED_LEVEL = 0.5;
export const CUE_LEVEL = 0.8;
/** How long a cue's caption stays up. */
export const CUE_CAPTION_MS = 2500;
/** A cue that could only start this much later than asked (howler still loading) is dropped. */
const STALE_CUE_MS = 1000;
const LOOP_SPRITE = 'loop';
/** Opus in WebM first (smaller), MP3 where the browser cannot decode it. */
const FORMATS = ['webm', 'mp3'] as const;

export interface AudioState {
  /** The player turned sound on (remembered across visits). */
  readonly enabled: boolean;
  readonly muted: boolean;
  /** The soundscape of the scene on screen, whether or not it can be heard. */
  readonly soundscape: SoundscapeId | undefined;
  /**
   * What the caption names: the soundscape, and a cue while it plays. Empty while sound is off;
   * kept while muted or when a file fails, so a player who reads rather than hears loses nothing.
   */
  readonly captions: readonly CaptionedSound[];
}

/** The part of a howler `Howl` used here: what a test's fake provides. */
export interface HowlLike {
  /** Plays the whole file, or the named sprite (a soundscape's loop window). */
  play(sprite?: string): number;
  fade(from: number, to: number, duration: number, id?: number): unknown;
  /** With a sound's id: that sound's volume now, mid-fade included. */
  volume(id: number): unknown;
  once(event: 'unlock', callback: () => void): unknown;
  unload(): unknown;
}

/** The part of the `Howler` global used here. */
export interface HowlerLike {
  mute(muted: boolean): unknown;
  codecs(ext: string): boolean;
  /** The Web Audio context, once the first `Howl` made it. */
  ctx?: Pick<AudioContext, 'state' | 'resume' | 'suspend'> | null;
}

export interface HowlerModule {
  Howl: new (options: HowlOptions) => HowlLike;
  Howler: HowlerLike;
}

type Listenable = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export interface AudioOptions {
  /** Where the choice is remembered; a storage that throws means off, and not remembered. */
  storage: StorageLike;
  /** Loads howler; by default a dynamic import, so howler is a chunk of its own. */
  load?: () => Promise<unknown>;
  /** The app's base URL (Vite's BASE_URL); files are fetched from `<base>audio/`. */
  base?: string;
  /** Where the first gesture is listened for (default: `window`). */
  gestures?: Listenable;
  /** Whose `visibilitychange` pauses sound in a hidden tab (default: `document`). */
  visibility?: Listenable & { readonly hidden: boolean };
  now?: () => number;
  /** Told once, at most, that sound is unavailable (default: `console.warn`). */
  warn?: (message: string, cause: unknown) => void;
}

/** The service. Its members are plain functions, safe to pass around unbound. */
export interface Audio {
  getState: () => AudioState;
  /** Calls `listener` after every change of state; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** Turns sound on (the player's choice, remembered) and plays a soft cue to say so. */
  enable: () => void;
  /** Turns sound off (remembered) and lets go of every sound. */
  disable: () => void;
  mute: () => void;
  unmute: () => void;
  /** The scene's soundscape: cross-fades from the one playing, or fades out for none. */
  setScene: (soundscape: SoundscapeId | undefined) => void;
  /** Plays a cue over the soundscape, and shows its caption if it has one. */
  cue: (id: CueId) => void;
}

/** How one sound is played: a `Howl` that falls back from WebM to MP3 when the first fails. */
interface Voice {
  play(level: number, fadeMs: number): void;
  fadeOut(fadeMs: number): void;
  unload(): void;
}

/** Howler as a dynamic import: a CommonJS module, so its exports may sit on `default`. */
const importHowler = () => import('howler');

export function createAudio({
  storage,
  load = importHowler,
  base = '/',
  gestures = typeof window === 'undefined' ? undefined : window,
  visibility = typeof document === 'undefined' ? undefined : document,
  now = () => Date.now(),
  warn = (message, cause) => console.warn(message, cause),
}: AudioOptions): Audio {
  const folder = `${base.endsWith('/') ? base : `${base}/`}audio/`;
  const listeners = new Set<() => void>();
  let enabled = readChoice(storage);
  let muted = false;
  let soundscape: SoundscapeId | undefined;
  let cueCaption: CaptionedSound | undefined;
  let cueCaptionTimer: ReturnType<typeof setTimeout> | undefined;
  let state = snapshot();

  let library: Promise<HowlerModule | undefined> | undefined;
  let lib: HowlerModule | undefined;
  let loadFailed = false;
  let warned = false;
  let bed: { id: SoundscapeId; voice: Voice } | undefined;
  const cues = new Map<CueId, Voice>();
  const failed = new Set<SoundId>();
  let syncQueued = false;
  let listening = false;

  function snapshot(): AudioState {
    const captions: CaptionedSound[] = [];
    if (enabled && soundscape) captions.push(soundscape);
    if (enabled && cueCaption) captions.push(cueCaption);
    return { enabled, muted, soundscape, captions };
  }

  /** `enabled` read afresh after an await (the compiler would assume it unchanged). */
  function stillEnabled() {
    return enabled;
  }

  function changed() {
    state = snapshot();
    for (const listener of [...listeners]) listener();
  }

  function warnOnce(message: string, cause: unknown) {
    if (warned) return;
    warned = true;
    warn(message, cause);
  }

  /** Howler, loaded once; undefined when it cannot be (offline before it was cached, say). */
  function howler(): Promise<HowlerModule | undefined> {
    library ??= load()
      .then(howlerOf)
      .then(
        (loaded) => {
          lib = loaded;
          loaded.Howler.mute(muted);
          return loaded;
        },
        (error: unknown) => {
          loadFailed = true;
          warnOnce('Sound is unavailable (howler did not load); the story goes on without it.', error);
          return undefined;
        },
      );
    return library;
  }

  function fail(id: SoundId, cause: unknown) {
    failed.add(id);
    warnOnce(`Sound "${id}" could not be played; the story goes on without it.`, cause);
  }

  function voice(howlerModule: HowlerModule, id: SoundId, loop: boolean, volume: number): Voice {
    return createVoice({
      howler: howlerModule,
      urls: FORMATS.filter((format) => howlerModule.Howler.codecs(format)).map((format) => ({
        src: `${folder}${id}.${format}`,
        format,
      })),
      loop,
      volume,
      onFail: (cause) => fail(id, cause),
    });
  }

  /** Brings what plays in line with the state: the wanted soundscape, or none. Coalesced, so a
   * quick "none, then the same place again" does not restart the loop. */
  function queueSync() {
    if (syncQueued) return;
    syncQueued = true;
    queueMicrotask(() => {
      syncQueued = false;
      void sync();
    });
  }

  async function sync() {
    if (!enabled) return;
    const loaded = await howler();
    // Sound may have been turned off while howler loaded.
    if (!loaded || !stillEnabled()) return;
    const wanted = soundscape && !failed.has(soundscape) ? soundscape : undefined;
    if (bed?.id === wanted) return;
    bed?.voice.fadeOut(CROSSFADE_MS);
    bed = undefined;
    if (!wanted) return;
    try {
      const next = voice(loaded, wanted, true, 0);
      next.play(BED_LEVEL, CROSSFADE_MS);
      bed = { id: wanted, voice: next };
    } catch (error) {
      fail(wanted, error);
    }
  }

  function playCue(id: CueId, loaded: HowlerModule) {
    let cue = cues.get(id);
    if (!cue) {
      cue = voice(loaded, id, false, CUE_LEVEL);
      cues.set(id, cue);
    }
    cue.play(CUE_LEVEL, 0);
  }

  function silenceAll() {
    bed?.voice.fadeOut(CROSSFADE_MS / 4);
    bed = undefined;
    for (const cue of cues.values()) cue.unload();
    cues.clear();
  }

  // Browsers start audio suspended until the page is touched: on the first pointer or key press
  // after sound is on, resume it (howler's own autoUnlock listens for touch, click and keydown too).
  // Listening stops once it runs: iOS, say, may refuse a pointerdown and accept the next touch.
  function onGesture() {
    const ctx = lib?.Howler.ctx;
    if (!ctx) return;
    if (ctx.state === 'running') {
      stopListening();
      return;
    }
    ctx.resume().then(
      () => {
        if (ctx.state === 'running') stopListening();
      },
      () => undefined,
    );
  }

  // A hidden tab goes quiet (a class switching to another tab should not hear the river on).
  function onVisibility() {
    const ctx = lib?.Howler.ctx;
    if (!ctx || !enabled) return;
    if (visibility?.hidden) ctx.suspend().catch(() => undefined);
    else ctx.resume().catch(() => undefined);
  }

  // Options as an object: Node's EventTarget ignores a bare `true` when removing a listener.
  const capture = { capture: true };

  function startListening() {
    if (listening) return;
    listening = true;
    gestures?.addEventListener('pointerdown', onGesture, capture);
    gestures?.addEventListener('keydown', onGesture, capture);
  }

  function stopListening() {
    listening = false;
    gestures?.removeEventListener('pointerdown', onGesture, capture);
    gestures?.removeEventListener('keydown', onGesture, capture);
  }

  visibility?.addEventListener('visibilitychange', onVisibility);
  if (enabled) startListening();

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enable() {
      if (enabled) return;
      enabled = true;
      writeChoice(storage, true);
      // After a failed load, asking again is worth another try (the network may be back).
      if (loadFailed) {
        loadFailed = false;
        library = undefined;
      }
      startListening();
      changed();
      queueSync();
      void howler().then((loaded) => {
        if (!loaded || !enabled) return;
        for (const id of CUES) if (!cues.has(id)) cues.set(id, voice(loaded, id, false, CUE_LEVEL));
        if (!muted) playCue('choice', loaded);
      });
    },
    disable() {
      if (!enabled) return;
      enabled = false;
      writeChoice(storage, false);
      stopListening();
      silenceAll();
      changed();
    },
    mute() {
      if (muted) return;
      muted = true;
      lib?.Howler.mute(true);
      changed();
    },
    unmute() {
      if (!muted) return;
      muted = false;
      lib?.Howler.mute(false);
      changed();
    },
    setScene(next) {
      if (next === soundscape) return;
      soundscape = next;
      changed();
      queueSync();
    },
    cue(id) {
      if (!enabled) return;
      if (isCaptioned(id)) {
        cueCaption = id;
        clearTimeout(cueCaptionTimer);
        cueCaptionTimer = setTimeout(() => {
          cueCaption = undefined;
          changed();
        }, CUE_CAPTION_MS);
        changed();
      }
      if (muted || failed.has(id)) return;
      const asked = now();
      void howler().then((loaded) => {
        if (!loaded || !enabled || muted || now() - asked > STALE_CUE_MS) return;
        try {
          playCue(id, loaded);
        } catch (error) {
          fail(id, error);
        }
      });
    },
  };
}

interface VoiceOptions {
  howler: HowlerModule;
  /** The files to try, in order. */
  urls: { src: string; format: string }[];
  loop: boolean;
  /** The volume it starts at: 0 for a bed that fades in, the cue's level for a cue. */
  volume: number;
  /** Every file failed (or none can be decoded here). */
  onFail: (cause: unknown) => void;
}

function createVoice({ howler, urls, loop, volume, onFail }: VoiceOptions): Voice {
  let index = 0;
  let howl: HowlLike | undefined;
  let sound: number | undefined;
  /** While it should be playing: how it was asked to start, to start again on the next file. */
  let playing: { level: number; fadeMs: number } | undefined;
  let gone = false;

  const start = () => {
    if (!howl || !playing) return;
    sound = loop ? howl.play(LOOP_SPRITE) : howl.play();
    if (playing.fadeMs > 0) howl.fade(0, playing.level, playing.fadeMs, sound);
  };

  const open = () => {
    const url = urls[index];
    if (!url) {
      howl = undefined;
      onFail(new Error(`No file could be decoded of ${urls.map((u) => u.src).join(', ') || 'this sound'}`));
      return;
    }
    let next: HowlLike;
    try {
      next = makeHowl(url);
    } catch (error) {
      // No AudioContext to be had, say: as good as a file that failed.
      howl = undefined;
      onFail(error);
      return;
    }
    howl = next;
  };

  const makeHowl = (url: { src: string; format: string }): HowlLike => {
    const next: HowlLike = new howler.Howl({
      src: [url.src],
      format: [url.format],
      // Web Audio, not an <audio> element: loops without a gap, and mixes beds and cues.
      html5: false,
      loop,
      volume,
      preload: true,
      // A loop plays only its window, between the margins the file has for decoders' sake.
      ...(loop ? { sprite: { [LOOP_SPRITE]: [LOOP_WINDOW.startMs, LOOP_WINDOW.lengthMs, true] } } : {}),
      onloaderror: (_id, error) => {
        if (next !== howl || gone) return;
        next.unload();
        index += 1;
        if (index >= urls.length) {
          howl = undefined;
          onFail(error);
          return;
        }
        open();
        start();
      },
      // Only HTML5 audio reports this (autoplay refused): a loop starts again once howler unlocks
      // playback; a cue would come too late to mean anything.
      onplayerror: () =>
        next.once('unlock', () => {
          if (loop && next === howl) start();
        }),
    });
    return next;
  };

  open();
  return {
    play(level, fadeMs) {
      if (gone) return;
      playing = { level, fadeMs };
      start();
    },
    fadeOut(fadeMs) {
      playing = undefined;
      gone = true;
      const fading = howl;
      if (!fading) return;
      if (sound !== undefined) {
        const now = fading.volume(sound);
        fading.fade(typeof now === 'number' ? now : 0, 0, fadeMs, sound);
      }
      // Unloading frees the decoded buffer (several MB a loop); the file stays in the HTTP cache.
      setTimeout(() => fading.unload(), fadeMs + 100);
    },
    unload() {
      playing = undefined;
      gone = true;
      howl?.unload();
      howl = undefined;
    },
  };
}

/** The module's Howl and Howler, whether the bundler put them on the namespace or on `default`. */
function howlerOf(module: unknown): HowlerModule {
  const candidates = [module, (module as { default?: unknown } | null)?.default];
  for (const candidate of candidates) {
    const found = candidate as Partial<HowlerModule> | null | undefined;
    if (typeof found?.Howl === 'function' && found.Howler) return found as HowlerModule;
  }
  throw new Error('The howler module has no Howl and Howler.');
}

function readChoice(storage: StorageLike): boolean {
  try {
    return storage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

function writeChoice(storage: StorageLike, on: boolean): void {
  try {
    storage.setItem(SOUND_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (a sandboxed frame): the choice lasts while the page is open.
  }
}
