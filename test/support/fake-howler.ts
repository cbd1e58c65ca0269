/**
 * A stand-in for the howler module: records every Howl made and what was asked of it, and lets a
 * test fail a load, refuse playback, or play with the AudioContext. jsdom has no Web Audio, and the
 * service's contract is what it asks of howler, so that is what these tests look at.
 */
import type { HowlOptions } from 'howler';
import { vi } from 'vitest';
import type { HowlerModule, HowlLike } from '../../src/audio/audio.ts';

export interface Fade {
  from: number;
  to: number;
  ms: number;
  id: number | undefined;
}

export interface FakeHowl extends HowlLike {
  options: HowlOptions;
  /** The first source, e.g. `/audio/river.webm`. */
  src: string;
  plays: number[];
  /** The sprite each play asked for (`loop` for a soundscape's loop window). */
  sprites: (string | undefined)[];
  fades: Fade[];
  unloaded: boolean;
  /** Fires howler's `loaderror`, as a 404 or a decoding failure would. */
  failLoad: (error?: unknown) => void;
  /** Fires howler's `playerror`, as an autoplay refusal would (HTML5 audio only). */
  refusePlay: () => void;
  /** Fires howler's `unlock`, as its first-gesture listener would. */
  unlock: () => void;
}

export interface FakeContext {
  state: AudioContextState;
  resume: ReturnType<typeof vi.fn<() => Promise<void>>>;
  suspend: ReturnType<typeof vi.fn<() => Promise<void>>>;
}

export interface FakeHowler {
  module: HowlerModule;
  howls: FakeHowl[];
  /** The howls for one file name, e.g. `river` (any format). */
  howlsOf: (name: string) => FakeHowl[];
  muted: () => boolean;
  ctx: FakeContext;
  /** Which extensions the "browser" can decode. */
  codecs: Set<string>;
}

export function fakeHowler(): FakeHowler {
  const howls: FakeHowl[] = [];
  let nextId = 1000;
  let muted = false;
  const codecs = new Set(['webm', 'mp3']);
  const ctx: FakeContext = {
    state: 'suspended',
    resume: vi.fn(() => {
      ctx.state = 'running';
      return Promise.resolve();
    }),
    suspend: vi.fn(() => {
      ctx.state = 'suspended';
      return Promise.resolve();
    }),
  };

  class Howl implements FakeHowl {
    options: HowlOptions;
    src: string;
    plays: number[] = [];
    sprites: (string | undefined)[] = [];
    fades: Fade[] = [];
    unloaded = false;
    private volumes = new Map<number, number>();
    private unlockCallbacks: (() => void)[] = [];

    constructor(options: HowlOptions) {
      this.options = options;
      this.src = Array.isArray(options.src) ? options.src[0]! : options.src;
      howls.push(this);
    }
    play(sprite?: string) {
      const id = nextId++;
      this.plays.push(id);
      this.sprites.push(sprite);
      this.volumes.set(id, this.options.volume ?? 1);
      return id;
    }
    fade(from: number, to: number, ms: number, id?: number) {
      this.fades.push({ from, to, ms, id });
      // As if the fade had got halfway: a later fade-out must start from where this one is.
      if (id !== undefined) this.volumes.set(id, (from + to) / 2);
      return this;
    }
    volume(id: number) {
      return this.volumes.get(id);
    }
    once(_event: 'unlock', callback: () => void) {
      this.unlockCallbacks.push(callback);
      return this;
    }
    unload() {
      this.unloaded = true;
      return null;
    }
    failLoad(error: unknown = 'Failed loading audio file with status: 404.') {
      this.options.onloaderror?.(0, error);
    }
    refusePlay() {
      this.options.onplayerror?.(this.plays.at(-1) ?? 0, 'Playback was unable to start.');
    }
    unlock() {
      for (const callback of this.unlockCallbacks.splice(0)) callback();
    }
  }

  return {
    module: {
      Howl,
      Howler: {
        mute: (on: boolean) => {
          muted = on;
        },
        codecs: (ext: string) => codecs.has(ext),
        ctx,
      },
    },
    howls,
    howlsOf: (name) => howls.filter((howl) => howl.src.endsWith(`/${name}.webm`) || howl.src.endsWith(`/${name}.mp3`)),
    muted: () => muted,
    ctx,
    codecs,
  };
}
