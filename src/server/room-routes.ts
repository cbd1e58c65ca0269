/**
 * The class room's endpoints (src/room/api.ts) on the service's Fastify app, and the projector's
 * Server-Sent Events stream. Same origin only: no CORS headers are given for them. The projector's
 * key travels in the Authorization header (never in a URL, where logs would keep it).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isRoomCode, ROOMS_PATH, type RoomApiError, type RoomCreated, type RoomJoined } from '../room/api.ts';
import { RoomHub, type RoomNews } from './room-hub.ts';
import { parseRoomCreate, parseRoomJoin, parseRoomReport, parseRoomReveal } from './room-schema.ts';
import { DEFAULT_ROOM_LIMITS, type RoomLimits, type RoomStore } from './rooms.ts';

const HOUR_MS = 60 * 60 * 1000;
/** A comment line down every stream this often keeps proxies from closing it as idle. */
const HEARTBEAT_MS = 15_000;

export interface RoomOptions {
  rooms: RoomStore;
  limits?: RoomLimits;
  /** Hashes a client address (the signature store's salted hash), for the limit on new rooms. */
  addressHash: (address: string) => Promise<string>;
  /** How often idle rooms are looked for (default: hourly); they are also swept at start. */
  sweepEveryMs?: number;
}

const roomError = (reply: FastifyReply, status: number, error: string, message: string): FastifyReply =>
  reply
    .code(status)
    .header('Cache-Control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ error, message } satisfies RoomApiError);

const NO_ROOM = 'There is no room with this code: it may have been closed. Check the code on the board.';

/** Counts events per key in a sliding window, in this process. */
class Window {
  readonly #hits = new Map<string, number[]>();
  constructor(readonly ms: number) {}
  /** Records one for `key`; false when it has had `max` already within the window. */
  take(key: string, max: number, now = Date.now()): boolean {
    const recent = (this.#hits.get(key) ?? []).filter((t) => now - t < this.ms);
    if (recent.length >= max) {
      this.#hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.#hits.set(key, recent);
    if (this.#hits.size > 50_000)
      for (const [k, v] of this.#hits) if (v.every((t) => now - t >= this.ms)) this.#hits.delete(k);
    return true;
  }
}

export async function registerRooms(app: FastifyInstance, options: RoomOptions): Promise<void> {
  const { rooms } = options;
  const limits = options.limits ?? DEFAULT_ROOM_LIMITS;
  const hub = new RoomHub(rooms);
  await hub.start();
  const newRooms = new Window(HOUR_MS);
  const reports = new Window(60_000);
  const streams = new Set<() => void>();

  const sweep = async () => {
    try {
      const gone = await rooms.sweep();
      if (gone) console.log(`[rooms] deleted ${String(gone)} rooms idle for a day.`);
    } catch (error) {
      console.error(`[rooms] the sweep of idle rooms failed: ${(error as Error).message}`);
    }
  };
  await sweep();
  const sweeper = setInterval(() => void sweep(), options.sweepEveryMs ?? HOUR_MS);
  sweeper.unref();

  app.addHook('preClose', async () => {
    clearInterval(sweeper);
    for (const end of streams) end();
    await hub.close();
  });

  const json = (request: FastifyRequest): boolean =>
    /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
  const codeOf = (request: FastifyRequest): string | undefined => {
    const code = (request.params as { code?: string }).code ?? '';
    return isRoomCode(code) ? code : undefined;
  };
  const bearer = (request: FastifyRequest): string => {
    const header = request.headers.authorization ?? '';
    return /^Bearer [A-Za-z0-9_-]{16,100}$/.test(header) ? header.slice(7) : '';
  };
  /** The room's code when the request carries its projector's key; else answers and returns undefined. */
  const projector = async (request: FastifyRequest, reply: FastifyReply): Promise<string | undefined> => {
    const code = codeOf(request);
    if (!code) {
      await roomError(reply, 404, 'no-room', NO_ROOM);
      return undefined;
    }
    const secret = bearer(request);
    if (!secret) {
      await roomError(
        reply,
        401,
        'key-needed',
        'This is the projector’s view: open it from the browser that started the room.',
      );
      return undefined;
    }
    if (!(await rooms.authorised(code, secret))) {
      await roomError(reply, (await rooms.exists(code)) ? 403 : 404, 'no-room', NO_ROOM);
      return undefined;
    }
    return code;
  };

  app.post(ROOMS_PATH, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!json(request)) return roomError(reply, 415, 'json-only', 'Send Content-Type: application/json.');
    const parsed = parseRoomCreate(request.body);
    if (!parsed.ok) return roomError(reply, 400, 'invalid-room', parsed.message);
    if (!newRooms.take(await options.addressHash(request.ip), limits.roomsPerAddressHour))
      return roomError(
        reply,
        429,
        'too-many-rooms',
        'Too many rooms were opened from here in the last hour. Use one you have, or try again later.',
      );
    const { code, secret } = await rooms.create(parsed.value.language);
    return reply.code(201).send({ code, secret, language: parsed.value.language } satisfies RoomCreated);
  });

  app.post<{ Params: { code: string } }>(`${ROOMS_PATH}/:code/join`, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!json(request)) return roomError(reply, 415, 'json-only', 'Send Content-Type: application/json.');
    const code = codeOf(request);
    if (!code) return roomError(reply, 404, 'no-room', NO_ROOM);
    const parsed = parseRoomJoin(request.body);
    if (!parsed.ok) return roomError(reply, 400, 'invalid-join', parsed.message);
    const joined = await rooms.join(code, parsed.value.device, limits);
    if (joined === 'no-room') return roomError(reply, 404, 'no-room', NO_ROOM);
    if (joined === 'full') return roomError(reply, 409, 'room-full', 'This room is full.');
    return reply.send({ code } satisfies RoomJoined);
  });

  app.post<{ Params: { code: string } }>(`${ROOMS_PATH}/:code/events`, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!json(request)) return roomError(reply, 415, 'json-only', 'Send Content-Type: application/json.');
    const code = codeOf(request);
    if (!code) return roomError(reply, 404, 'no-room', NO_ROOM);
    const parsed = parseRoomReport(request.body);
    if (!parsed.ok) return roomError(reply, 400, 'invalid-report', parsed.message);
    const { device, seq, event } = parsed.value;
    if (!reports.take(`${code}\n${device}`, limits.reportsPerDeviceMinute))
      return roomError(reply, 429, 'too-many-reports', 'Too many reports from this device: wait a minute.');
    const outcome = await rooms.report(code, device, seq, event, limits);
    if (outcome === 'no-room') return roomError(reply, 404, 'no-room', NO_ROOM);
    if (outcome === 'full') return roomError(reply, 409, 'room-full', 'This room is full.');
    return reply.send({ ok: true });
  });

  app.get<{ Params: { code: string } }>(`${ROOMS_PATH}/:code`, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const code = await projector(request, reply);
    if (!code) return reply;
    await rooms.keepAlive(code);
    const state = await rooms.state(code);
    return state ? reply.send(state) : roomError(reply, 404, 'no-room', NO_ROOM);
  });

  app.post<{ Params: { code: string } }>(`${ROOMS_PATH}/:code/reveal`, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (!json(request)) return roomError(reply, 415, 'json-only', 'Send Content-Type: application/json.');
    const code = await projector(request, reply);
    if (!code) return reply;
    const parsed = parseRoomReveal(request.body);
    if (!parsed.ok) return roomError(reply, 400, 'invalid-reveal', parsed.message);
    await rooms.reveal(code, parsed.value.scene, parsed.value.revealed);
    const state = await rooms.state(code);
    return state ? reply.send(state) : roomError(reply, 404, 'no-room', NO_ROOM);
  });

  app.delete<{ Params: { code: string } }>(`${ROOMS_PATH}/:code`, async (request, reply) => {
    const code = await projector(request, reply);
    if (!code) return reply;
    await rooms.close(code);
    return reply.code(204).header('Cache-Control', 'no-store').send();
  });

  app.get<{ Params: { code: string } }>(`${ROOMS_PATH}/:code/stream`, async (request, reply) => {
    const code = await projector(request, reply);
    if (!code) return reply;
    // The headers set so far (security headers) go out with the stream's own.
    const headers = Object.fromEntries(
      Object.entries(reply.getHeaders()).flatMap(([name, value]) =>
        value === undefined ? [] : [[name, typeof value === 'number' ? String(value) : value]],
      ),
    ) as Record<string, string | string[]>;
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // Proxies (nginx) pass each event on at once.
      'X-Accel-Buffering': 'no',
    });
    let open = true;
    const send = (news: RoomNews) => {
      if (!open) return;
      if (news.kind === 'state') res.write(`event: state\ndata: ${JSON.stringify(news.state)}\n\n`);
      else {
        res.write('event: closed\ndata: {}\n\n');
        end();
      }
    };
    const heartbeat = setInterval(() => {
      res.write(': still here\n\n');
      void rooms.keepAlive(code).catch(() => undefined);
    }, HEARTBEAT_MS);
    const end = () => {
      if (!open) return;
      open = false;
      clearInterval(heartbeat);
      unwatch();
      streams.delete(end);
      res.end();
    };
    streams.add(end);
    res.write('retry: 2000\n\n');
    const unwatch = hub.watch(code, send);
    request.raw.on('close', end);
    return reply;
  });
}
