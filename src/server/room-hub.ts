/**
 * The projectors this process streams to, and the news that reaches them: every change to a room,
 * made by this process or another on the same database, arrives as a NOTIFY on ROOMS_CHANNEL;
 * the hub then reads the room once and sends its state to each projector watching it. Reads are
 * coalesced: while one is under way, any number of further changes cause one more read, so 200
 * students choosing at once cost a handful of reads, never 200.
 */
import type { RoomState } from '../room/api.ts';
import { ROOMS_CHANNEL, type RoomStore } from './rooms.ts';

/** What a projector hears: the room's state, or that the room is gone. */
export type RoomNews = { kind: 'state'; state: RoomState } | { kind: 'closed' };
export type Listener = (news: RoomNews) => void;

interface Watched {
  listeners: Set<Listener>;
  reading: boolean;
  again: boolean;
}

/** True when the room changed while it was read, and someone still watches it. */
const changedSince = (room: Watched): boolean => room.again && room.listeners.size > 0;

export class RoomHub {
  readonly #store: RoomStore;
  readonly #rooms = new Map<string, Watched>();
  #stop: (() => Promise<void>) | undefined;

  constructor(store: RoomStore) {
    this.#store = store;
  }

  /** Starts listening on the database. */
  async start(): Promise<void> {
    this.#stop = await this.#store.db.listen(
      ROOMS_CHANNEL,
      (code) => this.changed(code),
      // Notifications were missed while the connection was down: every watched room is read again.
      () => {
        for (const code of this.#rooms.keys()) this.changed(code);
      },
    );
  }

  /** Watches a room: `listener` hears its state now and after every change. Returns the way to stop. */
  watch(code: string, listener: Listener): () => void {
    let room = this.#rooms.get(code);
    if (!room) {
      room = { listeners: new Set(), reading: false, again: false };
      this.#rooms.set(code, room);
    }
    room.listeners.add(listener);
    this.changed(code);
    return () => {
      const now = this.#rooms.get(code);
      if (!now) return;
      now.listeners.delete(listener);
      if (now.listeners.size === 0 && !now.reading) this.#rooms.delete(code);
    };
  }

  /** How many projectors this process streams to. */
  get watchers(): number {
    let n = 0;
    for (const room of this.#rooms.values()) n += room.listeners.size;
    return n;
  }

  /** A room changed: read it (once, however many changes arrive while reading) and tell its watchers. */
  changed(code: string): void {
    const room = this.#rooms.get(code);
    if (!room) return;
    if (room.reading) {
      room.again = true;
      return;
    }
    room.reading = true;
    void this.#read(code, room);
  }

  async #read(code: string, room: Watched): Promise<void> {
    do {
      room.again = false;
      let news: RoomNews | undefined;
      try {
        const state = await this.#store.state(code);
        news = state ? { kind: 'state', state } : { kind: 'closed' };
      } catch (error) {
        // The next change reads it again; the projector keeps what it shows.
        console.error(`[rooms] reading room ${code} failed: ${(error as Error).message}`);
      }
      if (news) for (const listener of room.listeners) listener(news);
    } while (changedSince(room));
    room.reading = false;
    if (room.listeners.size === 0) this.#rooms.delete(code);
  }

  /** Stops listening; the streams themselves are ended by their routes. */
  async close(): Promise<void> {
    await this.#stop?.();
    this.#stop = undefined;
  }
}
