/**
 * The signature service as the tests run it: on PGlite in a fresh folder, or on a fresh database
 * of a real PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL; `.ci/run` starts one), listening
 * on a free loopback port. Nothing is mocked: the database, the HTTP server and the mail server
 * are the real ones.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Campaign } from '../../src/campaign/campaign.ts';
import { buildService } from '../../src/server/app.ts';
import type { Mailer } from '../../src/server/mail.ts';
import { RunCounter } from '../../src/server/runs.ts';
import type { CompiledStory } from '../../src/engine/story.ts';
import { openStore, readCampaign } from '../../src/server/service.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits, type SignatureStore } from '../../src/server/store.ts';
import type { SignatureRequest } from '../../src/sign/api.ts';
import type { ServiceDelivery } from '../../src/sign/types.ts';
import { realStory, ROOT } from '../support/story.ts';

/** The PostgreSQL server the tests may use: the PostgreSQL half is skipped only without one. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

export interface TestDatabase {
  /** What openStore takes. */
  config: { databaseUrl?: string; dataDir: string };
  drop: () => Promise<void>;
}

export interface Backend {
  name: 'PGlite' | 'PostgreSQL';
  available: boolean;
  create: () => Promise<TestDatabase>;
}

/** A fresh, empty database on the PostgreSQL server: its URL, and how to drop it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ttm_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const BACKENDS: Backend[] = [
  {
    name: 'PGlite',
    available: true,
    create() {
      const dataDir = mkdtempSync(join(tmpdir(), 'ttm-pglite-'));
      return Promise.resolve({
        config: { dataDir },
        drop: () => {
          rmSync(dataDir, { recursive: true, force: true });
          return Promise.resolve();
        },
      });
    },
  },
  {
    name: 'PostgreSQL',
    available: Boolean(POSTGRES_URL),
    async create() {
      const database = await freshPostgresDatabase();
      return { config: { databaseUrl: database.url, dataDir: tmpdir() }, drop: () => database.drop() };
    },
  },
];

/** The shipped campaign, with the service's settings changed as a test needs. */
export function testCampaign(service: Partial<Omit<ServiceDelivery, 'mode' | 'url'>> = {}): Campaign {
  const campaign = readCampaign(ROOT);
  return {
    ...campaign,
    publicUrl: 'https://campaign.example.org',
    delivery: { mode: 'service', url: '/api/signatures', confirm: 'none', allowedOrigins: [], ...service },
  };
}

export interface TestService {
  /** http://127.0.0.1:PORT */
  url: string;
  store: SignatureStore;
  campaign: Campaign;
  close(): Promise<void>;
}

export async function startTestService(
  backend: Backend,
  options: {
    campaign?: Campaign;
    mailer?: Mailer;
    limits?: RateLimits;
    trustProxy?: boolean;
    /** Counts runs of this story ("how others chose"); default: the real story, as the service does. */
    story?: CompiledStory;
    distDir?: string;
  } = {},
): Promise<TestService> {
  const database = await backend.create();
  const store = await openStore(database.config);
  const campaign = options.campaign ?? testCampaign();
  const app = await buildService({
    store,
    campaign,
    ...(options.mailer ? { mailer: options.mailer } : {}),
    linkBase: (request) => `${request.protocol}://${request.host}`,
    limits: options.limits ?? {
      ...DEFAULT_RATE_LIMITS,
      addressBurst: 10_000,
      addressHourly: 10_000,
      petitionPerMinute: 100_000,
    },
    trustProxy: options.trustProxy ?? false,
    runs: new RunCounter(store.db, options.story ?? realStory()),
    ...(options.distDir ? { distDir: options.distDir } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    store,
    campaign,
    async close() {
      await app.close();
      await store.db.close();
      await database.drop();
    },
  };
}

let serial = 0;
/** A valid request body, as the outbox sends it; `email` varies so each one counts. */
export function signatureBody(
  overrides: { email?: string; name?: string; key?: string; petition?: string } = {},
): SignatureRequest {
  serial += 1;
  return {
    idempotencyKey: overrides.key ?? `test-${randomBytes(8).toString('hex')}`,
    petition: overrides.petition ?? 'stop-forced-returns',
    signature: {
      name: overrides.name ?? 'Kim Min-ji',
      email: overrides.email ?? `signer-${String(serial)}-${randomBytes(3).toString('hex')}@example.org`,
      country: 'KR',
      consent: true,
      mailingList: false,
    },
    context: {
      language: 'en',
      ending: 'arrival',
      source: 'three-thousand-miles',
      website: 'https://campaign.example.org',
    },
  };
}

/** POSTs a body (any JSON value, or raw text) to the service as the outbox would. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const text = typeof body === 'string' && headers['x-raw'] ? body : JSON.stringify(body);
  const sent = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'x-raw'));
  const key = (body as SignatureRequest | null)?.idempotencyKey;
  const response = await fetch(`${url}/api/signatures`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(typeof key === 'string' ? { 'Idempotency-Key': key } : {}),
      ...sent,
    },
    body: text,
  });
  const raw = await response.text();
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    json = { raw };
  }
  return { status: response.status, json, headers: response.headers };
}

/** Rows in the signatures table, by state. */
export async function stored(store: SignatureStore): Promise<Record<string, number>> {
  const rows = await store.db.query<{ state: string; n: string }>(
    'SELECT state, count(*) AS n FROM signatures GROUP BY state',
  );
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}
