/** The sound service against a fake howler: lazy, remembered, cross-fading, and never in the way. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BED_LEVEL,
  createAudio,
  CROSSFADE_MS,
  CUE_CAPTION_MS,
  CUE_LEVEL,
  SOUND_KEY,
  type AudioOptions,
} from '../../src/audio/audio.ts';
import { memoryStorage, type StorageLike } from '../../src/engine/save.ts';
import { fakeHowler, type FakeHowler } from '../support/fake-howler.ts';

/** A document-like target for `visibilitychange`, whose `hidden` a test sets. */
class Page extends EventTarget {
  hidden = false;
}

interface Setup {
  audio: ReturnType<typeof createAudio>;
  howler: FakeHowler;
  load: ReturnType<typeof vi.fn<() => Promise<unknown>>>;
  storage: StorageLike;
  gestures: EventTarget;
  page: Page;
  warn: ReturnType<typeof vi.fn<(message: string, cause: unknown) => void>>;
}

function setup(options: Partial<AudioOptions> = {}): Setup {
  const howler = fakeHowler();
  const load = vi.fn(() => Promise.resolve<unknown>(howler.module));
  const storage = options.storage ?? memoryStorage();
  const gestures = new EventTarget();
  const page = new Page();
  const warn = vi.fn<(message: string, cause: unknown) => void>();
  const audio = createAudio({ storage, load, gestures, visibility: page, warn, ...options });
  return { audio, howler, load, storage, gestures, page, warn };
}

/** Lets queued promises and microtasks run (howler's import, the coalesced sync). */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('before the player turns sound on', () => {
  it('loads nothing and makes no sound, whatever the story does', async () => {
    const { audio, load, howler } = setup();
    audio.setScene('river');
    audio.cue('choice');
    audio.cue('footsteps');
    audio.mute();
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(howler.howls).toEqual([]);
    expect(audio.getState()).toMatchObject({ enabled: false, soundscape: 'river', captions: [] });
  });

  it('is off by default', () => {
    expect(setup().audio.getState().enabled).toBe(false);
  });
});

describe('turning sound on', () => {
  it('loads howler once, however much is asked of it', async () => {
    const { audio, load } = setup();
    audio.enable();
    audio.setScene('river');
    audio.cue('choice');
    audio.setScene('wind');
    await settle();
    audio.cue('footsteps');
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('plays the current scene’s soundscape, fading it in, from <base>audio/ as WebM', async () => {
    const { audio, howler } = setup({ base: '/stories/ttm/' });
    audio.setScene('market');
    audio.enable();
    await settle();
    const market = howler.howlsOf('market')[0]!;
    expect(market.options).toMatchObject({
      src: ['/stories/ttm/audio/market.webm'],
      format: ['webm'],
      html5: false,
      loop: true,
      volume: 0,
      // Only the loop window between the file's margins repeats (see make-audio.sh).
      sprite: { loop: [100, 24_000, true] },
    });
    expect(market.sprites).toEqual(['loop']);
    expect(market.fades).toEqual([{ from: 0, to: BED_LEVEL, ms: CROSSFADE_MS, id: market.plays[0] }]);
  });

  it('says so with a soft cue, and has the cues ready', async () => {
    const { audio, howler } = setup();
    audio.enable();
    await settle();
    const choice = howler.howlsOf('choice')[0]!;
    expect(choice.plays).toHaveLength(1);
    // A cue plays whole, once.
    expect(choice.sprites).toEqual([undefined]);
    expect(choice.options).toMatchObject({ loop: false, volume: CUE_LEVEL });
    expect(choice.options.sprite).toBeUndefined();
    expect(howler.howlsOf('footsteps')).toHaveLength(1);
  });

  it('asks for MP3 where the browser cannot decode WebM', async () => {
    const { audio, howler } = setup();
    howler.codecs.delete('webm');
    audio.setScene('river');
    audio.enable();
    await settle();
    expect(howler.howlsOf('river')[0]?.options.src).toEqual(['/audio/river.mp3']);
  });

  it('finds Howl and Howler on `default` when the bundler wraps the CommonJS module', async () => {
    const howler = fakeHowler();
    const audio = createAudio({
      storage: memoryStorage(),
      load: () => Promise.resolve({ default: howler.module }),
      warn: vi.fn(),
    });
    audio.setScene('city');
    audio.enable();
    await settle();
    expect(howler.howlsOf('city')[0]?.plays).toHaveLength(1);
  });
});

describe('the player’s choice', () => {
  it('is remembered, and a later visit starts with it', async () => {
    const storage = memoryStorage();
    const first = setup({ storage });
    first.audio.enable();
    expect(storage.getItem(SOUND_KEY)).toBe('on');
    const second = setup({ storage });
    expect(second.audio.getState().enabled).toBe(true);
    // A remembered "on" still loads nothing until there is something to play.
    await settle();
    expect(second.load).not.toHaveBeenCalled();
    second.audio.setScene('wind');
    await settle();
    expect(second.load).toHaveBeenCalledTimes(1);
    expect(second.howler.howlsOf('wind')[0]?.plays).toHaveLength(1);

    second.audio.disable();
    expect(storage.getItem(SOUND_KEY)).toBe('off');
    expect(setup({ storage }).audio.getState().enabled).toBe(false);
  });

  it('is off, and not remembered, where storage is blocked, and nothing throws', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => undefined,
    };
    const { audio } = setup({ storage: blocked });
    expect(audio.getState().enabled).toBe(false);
    expect(() => audio.enable()).not.toThrow();
    expect(audio.getState().enabled).toBe(true);
  });
});

describe('moving between places', () => {
  it('cross-fades: the old loop fades out from where it is while the new one fades in', async () => {
    const { audio, howler } = setup();
    audio.enable();
    audio.setScene('river');
    await settle();
    const river = howler.howlsOf('river')[0]!;
    audio.setScene('wind');
    await settle();
    const wind = howler.howlsOf('wind')[0]!;
    const riverId = river.plays[0];
    expect(river.fades.at(-1)).toEqual({ from: BED_LEVEL / 2, to: 0, ms: CROSSFADE_MS, id: riverId });
    expect(wind.fades).toEqual([{ from: 0, to: BED_LEVEL, ms: CROSSFADE_MS, id: wind.plays[0] }]);
    // The faded loop lets go of its buffer once it is silent.
    expect(river.unloaded).toBe(false);
    await vi.advanceTimersByTimeAsync(CROSSFADE_MS + 200);
    expect(river.unloaded).toBe(true);
    expect(wind.unloaded).toBe(false);
  });

  it('keeps the loop going from scene to scene in one place', async () => {
    const { audio, howler } = setup();
    audio.enable();
    audio.setScene('river');
    await settle();
    audio.setScene('river');
    // A view that clears the scene and sets it again in one go does not restart it either.
    audio.setScene(undefined);
    audio.setScene('river');
    await settle();
    expect(howler.howlsOf('river')).toHaveLength(1);
    expect(howler.howlsOf('river')[0]?.fades).toHaveLength(1);
  });

  it('fades to silence in a place that has none', async () => {
    const { audio, howler } = setup();
    audio.enable();
    audio.setScene('market');
    await settle();
    audio.setScene(undefined);
    await settle();
    expect(howler.howlsOf('market')[0]?.fades.at(-1)).toMatchObject({ to: 0 });
    expect(audio.getState().captions).toEqual([]);
  });
});

describe('the first gesture', () => {
  it('resumes an AudioContext the browser started suspended, once', async () => {
    const { audio, howler, gestures } = setup();
    audio.enable();
    audio.setScene('river');
    await settle();
    expect(howler.ctx.state).toBe('suspended');
    gestures.dispatchEvent(new Event('pointerdown'));
    expect(howler.ctx.resume).toHaveBeenCalledTimes(1);
    await settle();
    gestures.dispatchEvent(new Event('keydown'));
    expect(howler.ctx.resume).toHaveBeenCalledTimes(1);
  });

  it('keeps listening while the browser refuses to resume (iOS wants a touch, not a pointerdown)', async () => {
    const { audio, howler, gestures } = setup();
    howler.ctx.resume.mockImplementationOnce(() => Promise.resolve());
    audio.enable();
    audio.setScene('river');
    await settle();
    gestures.dispatchEvent(new Event('pointerdown'));
    await settle();
    expect(howler.ctx.state).toBe('suspended');
    gestures.dispatchEvent(new Event('keydown'));
    await settle();
    expect(howler.ctx.resume).toHaveBeenCalledTimes(2);
    expect(howler.ctx.state).toBe('running');
  });

  it('is listened for only while sound is on', async () => {
    const { audio, howler, gestures } = setup();
    audio.enable();
    audio.setScene('river');
    await settle();
    audio.disable();
    gestures.dispatchEvent(new Event('keydown'));
    expect(howler.ctx.resume).not.toHaveBeenCalled();
  });

  it('plays again what the browser refused to start, once howler unlocks it', async () => {
    const { audio, howler } = setup();
    audio.enable();
    audio.setScene('train');
    await settle();
    const train = howler.howlsOf('train')[0]!;
    expect(() => train.refusePlay()).not.toThrow();
    train.unlock();
    expect(train.plays).toHaveLength(2);
  });
});

describe('a hidden tab', () => {
  it('goes quiet and comes back', async () => {
    const { audio, howler, page } = setup();
    audio.enable();
    audio.setScene('city');
    await settle();
    page.hidden = true;
    page.dispatchEvent(new Event('visibilitychange'));
    expect(howler.ctx.suspend).toHaveBeenCalledTimes(1);
    page.hidden = false;
    page.dispatchEvent(new Event('visibilitychange'));
    expect(howler.ctx.resume).toHaveBeenCalledTimes(1);
  });
});

describe('mute', () => {
  it('silences howler, keeps the captions, and plays no cues', async () => {
    const { audio, howler } = setup();
    audio.enable();
    audio.setScene('river');
    await settle();
    const choicePlays = howler.howlsOf('choice')[0]!.plays.length;
    audio.mute();
    expect(howler.muted()).toBe(true);
    expect(audio.getState()).toMatchObject({ muted: true, captions: ['river'] });
    audio.cue('choice');
    await settle();
    expect(howler.howlsOf('choice')[0]!.plays).toHaveLength(choicePlays);
    audio.unmute();
    expect(howler.muted()).toBe(false);
  });

  it('applies to howler even when set before howler loaded', async () => {
    const { audio, howler } = setup();
    audio.enable();
    audio.mute();
    audio.setScene('river');
    await settle();
    expect(howler.muted()).toBe(true);
  });
});

describe('captions', () => {
  it('name the soundscape while sound is on, and a captioned cue while it plays', async () => {
    const { audio } = setup();
    audio.setScene('wind');
    expect(audio.getState().captions).toEqual([]);
    audio.enable();
    expect(audio.getState().captions).toEqual(['wind']);
    audio.cue('footsteps');
    expect(audio.getState().captions).toEqual(['wind', 'footsteps']);
    await vi.advanceTimersByTimeAsync(CUE_CAPTION_MS + 10);
    expect(audio.getState().captions).toEqual(['wind']);
    // The choice cue is the player's own click: no caption.
    audio.cue('choice');
    expect(audio.getState().captions).toEqual(['wind']);
  });

  it('tell subscribers of each change, and stop when unsubscribed', () => {
    const { audio } = setup();
    const listener = vi.fn();
    const unsubscribe = audio.subscribe(listener);
    audio.enable();
    audio.setScene('river');
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    audio.mute();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('give a stable snapshot between changes (for useSyncExternalStore)', () => {
    const { audio } = setup();
    const before = audio.getState();
    expect(audio.getState()).toBe(before);
    audio.enable();
    expect(audio.getState()).not.toBe(before);
  });
});

describe('when sound cannot be had', () => {
  it('tries the MP3 when the WebM fails, then goes on silently, captions and all', async () => {
    const { audio, howler, warn } = setup();
    audio.enable();
    audio.setScene('river');
    await settle();
    const webm = howler.howlsOf('river')[0]!;
    webm.failLoad('Decoding audio data failed.');
    const mp3 = howler.howlsOf('river')[1]!;
    expect(webm.unloaded).toBe(true);
    expect(mp3.options.src).toEqual(['/audio/river.mp3']);
    expect(mp3.plays).toHaveLength(1);
    expect(mp3.fades[0]).toMatchObject({ from: 0, to: BED_LEVEL });

    expect(() => mp3.failLoad()).not.toThrow();
    expect(audio.getState().captions).toEqual(['river']);
    expect(warn).toHaveBeenCalledTimes(1);
    // A missing file is not asked for again in this visit.
    audio.setScene('wind');
    await settle();
    audio.setScene('river');
    await settle();
    expect(howler.howlsOf('river')).toHaveLength(2);
    expect(audio.getState().captions).toEqual(['river']);
  });

  it('warns once at most, however many files fail', async () => {
    const { audio, howler, warn } = setup();
    audio.enable();
    for (const place of ['river', 'wind', 'city'] as const) {
      audio.setScene(place);
      await settle();
      for (const howl of howler.howlsOf(place)) howl.failLoad();
      for (const howl of howler.howlsOf(place)) howl.failLoad();
    }
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('goes on without howler when it cannot be loaded, and tries again when asked again', async () => {
    const howler = fakeHowler();
    const load = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(howler.module);
    const warn = vi.fn();
    const audio = createAudio({ storage: memoryStorage(), load, warn });
    audio.setScene('market');
    expect(() => audio.enable()).not.toThrow();
    audio.cue('footsteps');
    await settle();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(audio.getState()).toMatchObject({ enabled: true, captions: ['market', 'footsteps'] });

    audio.disable();
    audio.enable();
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(howler.howlsOf('market')[0]?.plays).toHaveLength(1);
  });

  it('goes on when howler has no codec to offer (no audio at all)', async () => {
    const { audio, howler, warn } = setup();
    howler.codecs.clear();
    audio.enable();
    audio.setScene('river');
    await settle();
    expect(howler.howls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(audio.getState().captions).toEqual(['river']);
  });

  it('goes on when making a Howl throws', async () => {
    const { audio, howler, warn } = setup();
    howler.module.Howl = vi.fn(function () {
      throw new Error('no AudioContext');
    });
    audio.setScene('river');
    expect(() => audio.enable()).not.toThrow();
    await settle();
    expect(() => audio.cue('footsteps')).not.toThrow();
    await settle();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(audio.getState().captions).toEqual(['river', 'footsteps']);
  });
});

describe('turning sound off', () => {
  it('fades out the loop, lets go of the cues, clears the captions and stops loading more', async () => {
    const { audio, howler } = setup();
    audio.enable();
    audio.setScene('jungle-rain');
    await settle();
    audio.disable();
    const rain = howler.howlsOf('jungle-rain')[0]!;
    expect(rain.fades.at(-1)).toMatchObject({ to: 0 });
    expect(howler.howlsOf('choice')[0]?.unloaded).toBe(true);
    expect(audio.getState().captions).toEqual([]);
    await vi.advanceTimersByTimeAsync(CROSSFADE_MS);
    expect(rain.unloaded).toBe(true);
    audio.setScene('city');
    audio.cue('choice');
    await settle();
    expect(howler.howlsOf('city')).toEqual([]);
  });

  it('while howler is still loading, plays nothing when it arrives', async () => {
    const howler = fakeHowler();
    let arrive: (module: unknown) => void = () => undefined;
    const audio = createAudio({
      storage: memoryStorage(),
      load: () => new Promise((resolve) => (arrive = resolve)),
      warn: vi.fn(),
    });
    audio.setScene('river');
    audio.enable();
    await settle();
    audio.disable();
    arrive(howler.module);
    await settle();
    expect(howler.howls).toEqual([]);
  });
});
