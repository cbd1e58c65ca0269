/**
 * A class room under a full class, for `npm run bench -- --rooms`: 200 students (through the same
 * HTTP API the app uses) each choosing once a second, and a projector on the room's event stream.
 * Each student reports its own choice id, so every report is matched to the first state the
 * projector receives that counts it: the projector's update latency, p50 and p95, from the moment
 * the student sends to the moment the projector has it. PGlite in this process, and PostgreSQL
 * (TEST_DATABASE_URL or DATABASE_URL) with the students on one server process and the projector
 * on another, as behind a load balancer. The DESIGN's bar: within 1 s.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { RoomCreated } from '../src/room/api.ts';
import { openRoomStream } from '../src/room/stream.ts';
import { buildService } from '../src/server/app.ts';
import { DEFAULT_ROOM_LIMITS } from '../src/server/rooms.ts';
import { openStore, readCampaign } from '../src/server/service.ts';
import type { SignatureStore } from '../src/server/store.ts';
import { withScratchDatabase } from './server.ts';
import { median } from './stats.ts';

export interface RoomBackendReport {
  backend: 'PGlite' | 'PostgreSQL';
  /** How the room was served: one process, or students and projector on two. */
  processes: 1 | 2;
  students: number;
  seconds: number;
  reports: number;
  /** States the projector received per second. */
  updatesPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Reports the projector never showed (should be 0). */
  unseen: number;
}

export interface RoomsReport {
  backends: RoomBackendReport[];
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

async function service(config: { databaseUrl?: string; dataDir: string }): Promise<{
  url: string;
  app: FastifyInstance;
  store: SignatureStore;
}> {
  const campaign = readCampaign(join(import.meta.dirname, '..'));
  const store = await openStore(config);
  const app = await buildService({
    store,
    campaign: {
      ...campaign,
      delivery: { mode: 'service', url: '/api/signatures', confirm: 'none', allowedOrigins: [] },
    },
    linkBase: 'http://127.0.0.1',
    roomLimits: { ...DEFAULT_ROOM_LIMITS, reportsPerDeviceMinute: 1e6 },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, app, store };
}

async function measureRoom(
  backend: RoomBackendReport['backend'],
  students: { url: string },
  teacher: { url: string },
  options: { students: number; seconds: number },
  log: (line: string) => void,
): Promise<RoomBackendReport> {
  const created = (await (
    await fetch(`${teacher.url}/api/rooms`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ language: 'en' }),
    })
  ).json()) as RoomCreated;
  const code = created.code;
  const devices = Array.from({ length: options.students }, () => randomBytes(16).toString('hex'));
  // sent[j][k]: when student j sent its (k+1)-th report; seen[j][k]: when the projector first counted it.
  const sent = devices.map((): number[] => []);
  const seen = devices.map((): number[] => []);
  let updates = 0;
  let ready: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (ready = resolve));
  const close = openRoomStream(
    code,
    created.secret,
    {
      state: (state) => {
        const now = performance.now();
        updates += 1;
        ready();
        const row = state.choices.bench ?? {};
        for (let j = 0; j < devices.length; j++) {
          const n = row[`c${String(j)}`] ?? 0;
          while (seen[j]!.length < n) seen[j]!.push(now);
        }
      },
      closed: () => undefined,
    },
    { base: teacher.url, retryMs: 200 },
  );
  await first;
  const post = (path: string, body: unknown) =>
    fetch(`${students.url}/api/rooms/${code}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => {
      await r.arrayBuffer();
      if (!r.ok) throw new Error(`${path}: HTTP ${String(r.status)}`);
    });
  await Promise.all(devices.map((device) => post('/join', { device })));
  log(
    `rooms (${backend}${teacher === students ? '' : ', two processes'}): ${String(options.students)} students choosing once a second for ${String(options.seconds)} s…`,
  );
  updates = 0;
  const started = performance.now();
  // Each student on its own second, spread over the second so that the class is not in lockstep.
  await Promise.all(
    devices.map(async (device, j) => {
      await new Promise((resolve) => setTimeout(resolve, (1000 * j) / devices.length));
      for (let k = 0; k < options.seconds; k++) {
        const due = started + (1000 * j) / devices.length + 1000 * k;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        sent[j]!.push(performance.now());
        await post('/events', {
          device,
          seq: k + 1,
          event: { type: 'choice', scene: 'bench', choice: `c${String(j)}` },
        });
      }
    }),
  );
  // The last reports' states, then the figures.
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline && seen.some((s, j) => s.length < sent[j]!.length))
    await new Promise((resolve) => setTimeout(resolve, 50));
  const seconds = (performance.now() - started) / 1000;
  close();
  const latencies: number[] = [];
  let unseen = 0;
  for (let j = 0; j < devices.length; j++)
    for (let k = 0; k < sent[j]!.length; k++) {
      const at = seen[j]![k];
      if (at === undefined) unseen += 1;
      else latencies.push(Math.max(0, at - sent[j]![k]!));
    }
  return {
    backend,
    processes: teacher === students ? 1 : 2,
    students: options.students,
    seconds: options.seconds,
    reports: latencies.length + unseen,
    updatesPerSecond: updates / seconds,
    p50Ms: median(latencies),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(...latencies),
    unseen,
  };
}

export async function measureRooms(
  log: (line: string) => void,
  options = { students: 200, seconds: 20 },
): Promise<RoomsReport> {
  const backends: RoomBackendReport[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'ttm-bench-rooms-'));
  try {
    const one = await service({ dataDir });
    try {
      backends.push(await measureRoom('PGlite', one, one, options, log));
    } finally {
      await one.app.close();
      await one.store.db.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const postgres = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (postgres)
    backends.push(
      await withScratchDatabase(postgres, async (databaseUrl) => {
        const config = { databaseUrl, dataDir: tmpdir() };
        // Two services on one database, in this process: the projector's news crosses by NOTIFY.
        const a = await service(config);
        const b = await service(config);
        try {
          return await measureRoom('PostgreSQL', a, b, options, log);
        } finally {
          await a.app.close();
          await b.app.close();
          await a.store.db.close();
          await b.store.db.close();
        }
      }),
    );
  else log('rooms: no TEST_DATABASE_URL or DATABASE_URL, so PostgreSQL is not measured.');
  return { backends };
}

/** The rooms section of the bench's printout. */
export function roomsRows(report: RoomsReport): string[][] {
  const rows = [
    ['database', 'processes', 'students', 'reports', 'updates/s', 'p50', 'p95', 'max', 'unseen', '≤ 1 s (p95)'],
  ];
  for (const b of report.backends)
    rows.push([
      b.backend,
      String(b.processes),
      String(b.students),
      String(b.reports),
      b.updatesPerSecond.toFixed(1),
      `${b.p50Ms.toFixed(0)} ms`,
      `${b.p95Ms.toFixed(0)} ms`,
      `${b.maxMs.toFixed(0)} ms`,
      String(b.unseen),
      b.p95Ms <= 1000 && b.unseen === 0 ? 'yes' : 'NO',
    ]);
  return rows;
}
