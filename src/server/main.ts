/**
 * `npm run serve`: the built app and the signature API on PORT (default 8080). See the README,
 * "The signature service", for the environment it reads.
 */
import { configFromEnv } from './config.ts';
import { startService } from './service.ts';

const root = process.cwd();
try {
  const config = configFromEnv();
  const service = await startService({ root, config, serveApp: true });
  const address = await service.app.listen({ port: config.port, host: config.host });
  const where = service.store.db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`[signatures] serving dist/ and the API on ${address}; signatures in ${where}.`);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`[signatures] ${signal}: finishing the requests under way, then stopping.`);
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  console.error(`[signatures] could not start: ${(error as Error).message}`);
  process.exit(1);
}
