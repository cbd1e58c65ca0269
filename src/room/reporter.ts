/**
 * A student's side of a class room: it hears the run's events (a choice made in a scene, going
 * back one choice, an ending reached) and sends the room only their ids, numbered, in order, to
 * this site's own server. A report that cannot go now waits (kept in storage, so a reload keeps it)
 * and goes again; the server applies each number once. The device's id is random, made here for
 * this room, and says nothing about the student.
 *
 * Plain TypeScript with its host passed in: wire `hear` to the story's events wherever they come
 * from (App.tsx today, the session machine's `actor.on` later).
 */
import type { StorageLike } from '../engine/save.ts';
import { isRoomCode, roomPath, type RoomEvent, type RoomReport } from './api.ts';

/** What the reporter hears: the story's own events (others, such as `scene`, are ignored). */
export type HeardEvent =
  | { type: 'choice'; scene: string; choice: string }
  | { type: 'undo' }
  | { type: 'ending'; ending: string }
  | { type: string };

export const ROOM_KEY = 'three-thousand-miles:room';

/** What the device keeps of its room between reloads. */
interface Kept {
  code: string;
  device: string;
  seq: number;
  /** The choices reported in this run, so that going back knows which to take off. */
  taken: { scene: string; choice: string }[];
  /** Reports not yet acknowledged, oldest first. */
  queue: RoomReport[];
}

export type JoinAnswer = 'joined' | 'no-room' | 'full' | 'unreachable';

export interface ReporterHost {
  storage: StorageLike;
  fetch: typeof fetch;
  /** The app's base path is not needed: the API is always at the site's root (same origin). */
  random?: () => string;
  /** The room went away (closed by the teacher, or forgotten): the reporter has stopped. */
  onGone?: () => void;
  /** Whether reports are waiting to go (no network). */
  onWaiting?: (waiting: boolean) => void;
  /** How long to wait before sending again, by attempt. */
  retryMs?: (attempt: number) => number;
}

/** A random id for this device in this room: 128 bits, URL-safe. */
export function newDeviceId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The room this device is in, if any (read, checked, never trusted). */
export function keptRoom(storage: StorageLike): string | undefined {
  return readKept(storage)?.code;
}

function readKept(storage: StorageLike): Kept | undefined {
  try {
    const raw = storage.getItem(ROOM_KEY);
    if (!raw) return undefined;
    const kept = JSON.parse(raw) as Partial<Kept>;
    if (
      typeof kept.code !== 'string' ||
      !isRoomCode(kept.code) ||
      typeof kept.device !== 'string' ||
      typeof kept.seq !== 'number' ||
      !Array.isArray(kept.taken) ||
      !Array.isArray(kept.queue)
    )
      return undefined;
    return kept as Kept;
  } catch {
    return undefined;
  }
}

/** Asks the server to let this device into room `code`. Never throws. */
export async function joinRoom(code: string, device: string, fetchFn: typeof fetch): Promise<JoinAnswer> {
  try {
    const response = await fetchFn(`${roomPath(code)}/join`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ device }),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.ok) return 'joined';
    if (response.status === 404) return 'no-room';
    if (response.status === 409) return 'full';
    return 'unreachable';
  } catch {
    return 'unreachable';
  }
}

export class RoomReporter {
  readonly #host: ReporterHost;
  #kept: Kept;
  #sending = false;
  #attempt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;

  /** A reporter for room `code`: the one kept on this device if it is that room, else a new one. */
  constructor(code: string, host: ReporterHost) {
    this.#host = host;
    const kept = readKept(host.storage);
    this.#kept =
      kept?.code === code ? kept : { code, device: (host.random ?? newDeviceId)(), seq: 0, taken: [], queue: [] };
    this.#save();
    if (this.#kept.queue.length) this.#flush();
  }

  get code(): string {
    return this.#kept.code;
  }

  get device(): string {
    return this.#kept.device;
  }

  /** Reports not yet acknowledged. */
  get waiting(): number {
    return this.#kept.queue.length;
  }

  /** Hears one of the story's events and reports what the room counts. */
  hear(event: HeardEvent): void {
    if (this.#stopped) return;
    if (event.type === 'choice' && 'scene' in event && 'choice' in event) {
      this.#kept.taken.push({ scene: event.scene, choice: event.choice });
      this.#send({ type: 'choice', scene: event.scene, choice: event.choice });
    } else if (event.type === 'undo') {
      const last = this.#kept.taken.pop();
      if (last) this.#send({ type: 'undo', ...last });
    } else if (event.type === 'ending' && 'ending' in event) {
      this.#kept.taken = [];
      this.#send({ type: 'ending', ending: event.ending });
    }
  }

  /** Stops sending (another reporter takes over); what is kept stays kept. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  /** Writes what this device keeps of the room again (after another reporter wrote over it). */
  keep(): void {
    this.#save();
  }

  /** Leaves the room: nothing more is sent, and the device forgets it. */
  leave(): void {
    this.stop();
    try {
      this.#host.storage.removeItem(ROOM_KEY);
    } catch {
      // storage blocked: nothing kept anyway
    }
  }

  #send(event: RoomEvent): void {
    this.#kept.seq += 1;
    this.#kept.queue.push({ device: this.#kept.device, seq: this.#kept.seq, event });
    this.#save();
    this.#flush();
  }

  #save(): void {
    if (this.#stopped) return;
    try {
      this.#host.storage.setItem(ROOM_KEY, JSON.stringify(this.#kept));
    } catch {
      // Storage full or blocked: the reports still go while the page is open.
    }
  }

  /** Sends the queue in order, one at a time; waits and tries again when the network fails. */
  #flush(): void {
    if (this.#sending || this.#stopped) return;
    const next = this.#kept.queue[0];
    if (!next) {
      this.#host.onWaiting?.(false);
      return;
    }
    this.#sending = true;
    void this.#post(next).then((outcome) => {
      this.#sending = false;
      if (this.#stopped) return;
      if (outcome === 'gone') {
        this.leave();
        this.#host.onGone?.();
        return;
      }
      if (outcome === 'done') {
        this.#attempt = 0;
        this.#kept.queue.shift();
        this.#save();
        this.#flush();
        return;
      }
      this.#host.onWaiting?.(true);
      this.#attempt += 1;
      const wait = (this.#host.retryMs ?? ((n) => Math.min(30_000, 1000 * 2 ** Math.min(n, 5))))(this.#attempt);
      this.#timer = setTimeout(() => this.#flush(), wait);
    });
  }

  async #post(report: RoomReport): Promise<'done' | 'gone' | 'again'> {
    try {
      const response = await this.#host.fetch(`${roomPath(this.#kept.code)}/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(report),
        credentials: 'omit',
        cache: 'no-store',
        keepalive: true,
      });
      if (response.ok) return 'done';
      if (response.status === 404) return 'gone';
      // A report the server cannot take (malformed, a full room) would never go: dropped, not retried forever.
      if (response.status === 400 || response.status === 409) return 'done';
      return 'again';
    } catch {
      return 'again';
    }
  }
}
