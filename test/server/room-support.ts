/**
 * The class room API as tests (and the bench) drive it: over HTTP, exactly as the app and the
 * projector page do, with a projector that keeps the last state its stream sent.
 */
import { randomBytes } from 'node:crypto';
import type { RoomCreated, RoomEvent, RoomState } from '../../src/room/api.ts';
import { openRoomStream } from '../../src/room/stream.ts';

export async function createRoom(url: string, language = 'en'): Promise<RoomCreated> {
  const response = await fetch(`${url}/api/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ language }),
  });
  if (response.status !== 201) throw new Error(`POST /api/rooms: ${String(response.status)} ${await response.text()}`);
  return (await response.json()) as RoomCreated;
}

export async function send(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** A student driven through the API: a device id of its own and its reports numbered in order. */
export class ApiStudent {
  readonly device = randomBytes(16).toString('base64url');
  #seq = 0;
  constructor(
    readonly url: string,
    readonly code: string,
  ) {}

  async join(): Promise<number> {
    return (await send(this.url, `/api/rooms/${this.code}/join`, { device: this.device })).status;
  }

  async report(event: RoomEvent): Promise<number> {
    this.#seq += 1;
    return this.resend(this.#seq, event);
  }

  /** Sends report number `seq` (again). */
  async resend(seq: number, event: RoomEvent): Promise<number> {
    return (await send(this.url, `/api/rooms/${this.code}/events`, { device: this.device, seq, event })).status;
  }
}

/** A projector: the stream of a room, its latest state kept, and a way to wait for a condition. */
export class TestProjector {
  latest: RoomState | undefined;
  closed = false;
  readonly #waiters = new Set<() => void>();
  readonly close: () => void;

  constructor(url: string, code: string, secret: string, onState?: (state: RoomState) => void) {
    this.close = openRoomStream(
      code,
      secret,
      {
        state: (state) => {
          this.latest = state;
          onState?.(state);
          for (const wake of this.#waiters) wake();
        },
        closed: () => {
          this.closed = true;
          for (const wake of this.#waiters) wake();
        },
      },
      { base: url, retryMs: 200 },
    );
  }

  /** Resolves once `test` holds of the latest state (or of the projector), else fails after `ms`. */
  async until(test: (state: RoomState | undefined, projector: TestProjector) => boolean, ms = 20_000): Promise<void> {
    if (test(this.latest, this)) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(wake);
        reject(
          new Error(`The projector did not see it within ${String(ms)} ms; it shows ${JSON.stringify(this.latest)}`),
        );
      }, ms);
      const wake = () => {
        if (!test(this.latest, this)) return;
        clearTimeout(timer);
        this.#waiters.delete(wake);
        resolve();
      };
      this.#waiters.add(wake);
    });
  }
}
