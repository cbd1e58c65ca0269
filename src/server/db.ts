/**
 * One interface over the two databases the service runs on: PGlite (PostgreSQL compiled to
 * WebAssembly, in this process, files under DATA_DIR) and a PostgreSQL server through `pg`
 * (DATABASE_URL). The same SQL runs on both; only opening and closing differ.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type pgModule from 'pg';
import type { Pool, PoolClient } from 'pg';

/** What a query runs against: the database, or one transaction in it. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs `work` holding a session-level advisory lock (one connection throughout). */
  withLock<T>(key: number, work: (sql: Sql & { exec(script: string): Promise<void> }) => Promise<T>): Promise<T>;
  /**
   * Hears `NOTIFY channel` from every process on this database (PGlite: this process). Returns
   * the way to stop. With PostgreSQL one connection of its own listens, and listens again after a
   * lost connection (`onReconnect` then hears it: notifications in between were missed).
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://…: a PostgreSQL server. Absent: PGlite under `dataDir`. */
  url?: string;
  dataDir?: string;
  /** Connections per process to a PostgreSQL server. */
  poolSize?: number;
}

/** Opens the database the environment names: DATABASE_URL, else PGlite under DATA_DIR. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(resolve(options.dataDir ?? 'data', 'pglite'));
}

async function openPglite(dir: string): Promise<Database> {
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dir);
  const run = async <Row>(target: { query: typeof db.query }, text: string, params?: unknown[]) =>
    (await target.query<Row>(text, params)).rows;
  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params),
    transaction: (work) => db.transaction((tx) => work({ query: (text, params) => run(tx, text, params) })),
    // One process owns a PGlite folder, and PGlite runs one query at a time: the lock is still
    // taken, so that the migration code is the same on both.
    async withLock(key, work) {
      await db.query('SELECT pg_advisory_lock($1)', [key]);
      try {
        return await work({
          query: (text, params) => run(db, text, params),
          exec: async (script) => {
            await db.exec(script);
          },
        });
      } finally {
        await db.query('SELECT pg_advisory_unlock($1)', [key]);
      }
    },
    async listen(channel, onPayload) {
      const stop = await db.listen(channel, onPayload);
      return async () => {
        if (!db.closed) await stop();
      };
    },
    close: () => db.close(),
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server drops (a restart, a failover) must not take the process down.
  pool.on('error', (error) => {
    console.error(`[signatures] database connection lost: ${error.message}`);
  });
  const run = async <Row>(client: Pool | PoolClient, text: string, params?: unknown[]) =>
    (await client.query(text, params)).rows as Row[];
  return {
    kind: 'postgres',
    query: (text, params) => run(pool, text, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: (text, params) => run(client, text, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async withLock(key, work) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await work({
            query: (text, params) => run(client, text, params),
            exec: async (script) => {
              await client.query(script);
            },
          });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    listen: (channel, onPayload, onReconnect) => listenPostgres(pg, url, channel, onPayload, onReconnect),
    close: () => pool.end(),
  };
}

/** A dedicated client for LISTEN (a pooled one would be handed to others), reconnecting when lost. */
async function listenPostgres(
  pg: typeof pgModule,
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: InstanceType<typeof pg.Client> | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload ?? '');
    });
    next.on('error', (error) => {
      console.error(`[rooms] the LISTEN connection was lost: ${error.message}`);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    // Only a connection that listened is watched: a failed attempt is retried by its caller.
    next.on('end', () => {
      if (stopped) return;
      client = undefined;
      const again = () => {
        retry = undefined;
        connect().then(onReconnect, () => {
          if (!stopped) retry = setTimeout(again, 1000);
        });
      };
      retry = setTimeout(again, 200);
    });
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
