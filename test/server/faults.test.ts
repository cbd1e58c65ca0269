/**
 * Exactly once through crashes: 2,000 signatures sent by the app's own outbox and delivery code
 * (src/sign/outbox.ts, delivery.ts) over loopback to the service process, which is killed with
 * SIGKILL and restarted twice meanwhile: exactly 2,000 stored, none doubled, none lost. And two
 * service processes on one PostgreSQL receiving the same keys: no doubles.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/server/migrations.ts';
import { deliver } from '../../src/sign/delivery.ts';
import { Outbox } from '../../src/sign/outbox.ts';
import type { SignContext } from '../../src/sign/types.ts';
import type { StorageLike } from '../../src/engine/save.ts';
import { freshPostgresDatabase, POSTGRES_URL, post, signatureBody } from './harness.ts';
import { freePort, serviceFolder, startServiceProcess, type ServiceProcess } from './process.ts';

const TOTAL = 2_000;
/** Visitors, each with their own outbox (a browser's localStorage). */
const VISITORS = 20;
/** The outbox's clock runs this much faster, so its real backoff (2 s, 4 s…) fits in a test. */
const SPEED = 10;

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const context: SignContext = {
  petition: 'stop-forced-returns',
  language: 'en',
  ending: 'arrival',
  website: 'http://127.0.0.1',
  source: 'three-thousand-miles',
};

async function countOf(url: string): Promise<number> {
  return ((await (await fetch(`${url}/api/petitions/stop-forced-returns`)).json()) as { count: number }).count;
}

const targets = [
  { name: 'PGlite', available: true },
  { name: 'PostgreSQL', available: Boolean(POSTGRES_URL) },
] as const;

describe.each(targets)('the service killed twice while 2,000 signatures arrive, on $name', (target) => {
  let dir: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ttm-faults-'));
    const { campaignFile, distDir } = serviceFolder(dir);
    env = { CAMPAIGN_FILE: campaignFile, DIST_DIR: distDir, DATA_DIR: join(dir, 'data') };
    if (target.name === 'PostgreSQL' && target.available) {
      const database = await freshPostgresDatabase();
      env.DATABASE_URL = database.url;
      dropDatabase = () => database.drop();
    }
  });
  afterAll(async () => {
    await dropDatabase?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!target.available)(
    'stores exactly 2,000: none doubled, none lost',
    async () => {
      const port = await freePort();
      let server: ServiceProcess = await startServiceProcess(env, port);
      const url = server.url;
      const start = Date.now();
      const outboxes = Array.from({ length: VISITORS }, () => {
        const outbox: Outbox = new Outbox({
          storage: memoryStorage(),
          persistent: true,
          now: () => start + (Date.now() - start) * SPEED,
          setTimer: (fn, ms) => {
            const timer = setTimeout(fn, ms / SPEED);
            return () => clearTimeout(timer);
          },
          send: (entry) =>
            deliver(
              fetch,
              { mode: 'service', url: `${url}/api/signatures`, confirm: 'none', allowedOrigins: [] },
              entry.signature,
              entry.key,
              entry.context,
              5_000,
            ),
        });
        return outbox;
      });
      const keys = new Set<string>();
      for (let i = 0; i < TOTAL; i++) {
        const entry = outboxes[i % VISITORS]!.add(
          {
            name: `Signer ${String(i)}`,
            email: `signer-${String(i)}@example.org`,
            country: 'KR',
            consent: true,
            mailingList: false,
          },
          context,
        );
        keys.add(entry.key);
      }
      const waiting = () => outboxes.reduce((sum, outbox) => sum + outbox.entries().length, 0);

      // Kill it twice while signatures are arriving, each time after more have been delivered.
      for (const atLeast of [TOTAL * 0.25, TOTAL * 0.6]) {
        while (TOTAL - waiting() < atLeast) await new Promise((resolve) => setTimeout(resolve, 20));
        await server.kill();
        await new Promise((resolve) => setTimeout(resolve, 300));
        server = await startServiceProcess(env, port);
      }
      const deadline = Date.now() + 200_000;
      while (waiting() > 0) {
        if (Date.now() > deadline) throw new Error(`${String(waiting())} signatures still waiting after 200 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const outbox of outboxes) outbox.dispose();
      expect(outboxes.flatMap((o) => o.entries())).toEqual([]);
      expect(await countOf(url)).toBe(TOTAL);
      await server.stop();

      // The rows themselves, read with the process gone: every key once, no other.
      const rows = await readKeys(env);
      expect(rows.length).toBe(TOTAL);
      expect(new Set(rows)).toEqual(keys);
    },
    300_000,
  );
});

/** Every stored idempotency key, read straight from the database. */
async function readKeys(env: Record<string, string>): Promise<string[]> {
  if (env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ idempotency_key: string }>('SELECT idempotency_key FROM signatures');
    await client.end();
    return rows.map((r) => r.idempotency_key);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(join(env.DATA_DIR!, 'pglite'));
  const { rows } = await db.query<{ idempotency_key: string }>('SELECT idempotency_key FROM signatures');
  await db.close();
  return rows.map((r) => r.idempotency_key);
}

describe.skipIf(!POSTGRES_URL)('two service processes on one PostgreSQL', () => {
  it('store each key once when both receive it at the same moment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ttm-two-'));
    const database = await freshPostgresDatabase();
    const { campaignFile, distDir } = serviceFolder(dir);
    const env = { CAMPAIGN_FILE: campaignFile, DIST_DIR: distDir, DATABASE_URL: database.url };
    // Both start at once: the migrations run once, under the advisory lock.
    const [a, b] = await Promise.all([
      startServiceProcess(env, await freePort()),
      startServiceProcess(env, await freePort()),
    ]);
    try {
      const bodies = Array.from({ length: 400 }, () => signatureBody());
      // Each key to both processes at once, 20 keys at a time.
      for (let i = 0; i < bodies.length; i += 20) {
        const answers = await Promise.all(
          bodies.slice(i, i + 20).flatMap((body) => [post(a.url, body), post(b.url, body)]),
        );
        for (const answer of answers) expect(answer.status).toBe(200);
      }
      // The same people again under new keys, to both: acknowledged, not counted.
      const again = await Promise.all(
        bodies
          .slice(0, 50)
          .flatMap((body) => [
            post(a.url, { ...body, idempotencyKey: `${body.idempotencyKey}-again` }),
            post(b.url, { ...body, idempotencyKey: `${body.idempotencyKey}-again2` }),
          ]),
      );
      for (const answer of again) expect(answer.status).toBe(200);
      expect(await countOf(a.url)).toBe(400);
      expect(await countOf(b.url)).toBe(400);
      const keys = await readKeys(env);
      expect(keys.length).toBe(400);
      expect(new Set(keys)).toEqual(new Set(bodies.map((body) => body.idempotencyKey)));
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      await client.end();
      expect(rows[0]!.n).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
