/**
 * The signature service under load on this machine, for `npm run bench -- --server`: signatures per
 * second and p95 latency through HTTP on loopback (PGlite, and PostgreSQL when TEST_DATABASE_URL
 * or DATABASE_URL names a server), and the count endpoint's latency with 10 thousand and 1 million
 * signatures stored (seeded with SQL generate_series, not HTTP).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildService } from '../src/server/app.ts';
import { openStore, readCampaign } from '../src/server/service.ts';
import type { SignatureStore } from '../src/server/store.ts';
import type { SignatureRequest } from '../src/sign/api.ts';
import { median } from './stats.ts';

export interface ServerBackendReport {
  backend: 'PGlite' | 'PostgreSQL';
  signatures: number;
  concurrency: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  /** The count endpoint's latency by signatures stored. */
  count: Array<{ stored: number; p50Ms: number; p95Ms: number; seedSeconds: number }>;
}

export interface ServerReport {
  backends: ServerBackendReport[];
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

function body(i: number): SignatureRequest {
  return {
    idempotencyKey: `bench-${randomBytes(8).toString('hex')}`,
    petition: 'stop-forced-returns',
    signature: {
      name: `Bench ${String(i)}`,
      email: `bench-${String(i)}-${randomBytes(3).toString('hex')}@example.org`,
      country: 'KR',
      consent: true,
      mailingList: false,
    },
    context: { language: 'en', source: 'three-thousand-miles', website: 'http://127.0.0.1' },
  };
}

/** Stored signatures up to `total`, straight in SQL, and the count row to match. */
async function seed(store: SignatureStore, total: number): Promise<number> {
  const started = performance.now();
  const [row] = await store.db.query<{ n: string }>('SELECT count(*) AS n FROM signatures');
  const have = Number(row!.n);
  if (total > have)
    await store.db.query(
      `INSERT INTO signatures (idempotency_key, petition, state, name, email, canonical_email, country, mailing_list,
         language, source, website, address_hash, confirmed_at)
       SELECT 'seed-' || g, 'stop-forced-returns', 'counted', 'Seed ' || g, 'seed' || g || '@example.org',
         'seed' || g || '@example.org', 'KR', false, 'en', 'bench', 'http://127.0.0.1', md5(g::text), now()
       FROM generate_series($1::int, $2::int) AS g`,
      [have + 1, total],
    );
  await store.db.query(
    "UPDATE petitions SET count = (SELECT count(*) FROM signatures WHERE petition = 'stop-forced-returns' AND state = 'counted'), updated_at = now() WHERE id = 'stop-forced-returns'",
  );
  return (performance.now() - started) / 1000;
}

async function measureBackend(
  backend: 'PGlite' | 'PostgreSQL',
  config: { databaseUrl?: string; dataDir: string },
  options: { signatures: number; concurrency: number; counts: number[] },
  log: (line: string) => void,
): Promise<ServerBackendReport> {
  const campaign = readCampaign(join(import.meta.dirname, '..'));
  const store = await openStore(config);
  const app = await buildService({
    store,
    campaign: {
      ...campaign,
      delivery: { mode: 'service', url: '/api/signatures', confirm: 'none', allowedOrigins: [] },
    },
    linkBase: 'http://127.0.0.1',
    limits: { addressBurst: 1e9, addressHourly: 1e9, petitionPerMinute: 1e9 },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    log(
      `server (${backend}): ${String(options.signatures)} signatures over HTTP, ${String(options.concurrency)} at a time…`,
    );
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (next < options.signatures) {
          const request = body(next++);
          const t = performance.now();
          const response = await fetch(`${url}/api/signatures`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.idempotencyKey },
            body: JSON.stringify(request),
          });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`status ${String(response.status)}`);
          latencies.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const count: ServerBackendReport['count'] = [];
    for (const stored of options.counts) {
      log(`server (${backend}): seeding ${stored.toLocaleString('en')} signatures with generate_series…`);
      const seedSeconds = await seed(store, stored);
      // A kept-alive connection may have been closed while seeding took minutes: one request to
      // open a fresh one, not timed.
      await fetch(`${url}/api/petitions/stop-forced-returns`).then(
        (r) => r.arrayBuffer(),
        () => undefined,
      );
      const times: number[] = [];
      for (let i = 0; i < 300; i++) {
        const t = performance.now();
        const response = await fetch(`${url}/api/petitions/stop-forced-returns`);
        const json = (await response.json()) as { count: number };
        times.push(performance.now() - t);
        if (json.count !== stored) throw new Error(`the count says ${String(json.count)}, not ${String(stored)}`);
      }
      count.push({ stored, p50Ms: median(times), p95Ms: percentile(times, 95), seedSeconds });
    }
    return {
      backend,
      signatures: options.signatures,
      concurrency: options.concurrency,
      perSecond: options.signatures / seconds,
      p50Ms: median(latencies),
      p95Ms: percentile(latencies, 95),
      count,
    };
  } finally {
    await app.close();
    await store.db.close();
  }
}

export async function measureServer(log: (line: string) => void, signatures = 2000): Promise<ServerReport> {
  const options = { signatures, concurrency: 16, counts: [10_000, 1_000_000] };
  const backends: ServerBackendReport[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'ttm-bench-'));
  try {
    backends.push(await measureBackend('PGlite', { dataDir }, options, log));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const postgres = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (postgres)
    backends.push(
      await withScratchDatabase(postgres, (databaseUrl) =>
        measureBackend('PostgreSQL', { databaseUrl, dataDir }, options, log),
      ),
    );
  else log('server: no TEST_DATABASE_URL or DATABASE_URL, so PostgreSQL is not measured.');
  return { backends };
}

/** Runs `measure` on a new, empty database of the PostgreSQL server at `postgres`, dropped afterwards. */
export async function withScratchDatabase<T>(
  postgres: string,
  measure: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const name = `ttm_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgres });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgres);
    url.pathname = `/${name}`;
    return await measure(url.href);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** The server section of the bench's printout. */
export function serverRows(report: ServerReport): string[][] {
  const rows = [['database', 'signatures/s', 'p50', 'p95', 'count @ 10k p50/p95', 'count @ 1M p50/p95']];
  for (const b of report.backends) {
    const at = (n: number) => b.count.find((c) => c.stored === n);
    const c = (n: number) => {
      const x = at(n);
      return x ? `${x.p50Ms.toFixed(1)} / ${x.p95Ms.toFixed(1)} ms` : '-';
    };
    rows.push([
      b.backend,
      b.perSecond.toFixed(0),
      `${b.p50Ms.toFixed(1)} ms`,
      `${b.p95Ms.toFixed(1)} ms`,
      c(10_000),
      c(1_000_000),
    ]);
  }
  return rows;
}
