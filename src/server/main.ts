/**
 * `npm run serve`: the built app and the signature API on PORT (default 8080). See the README,
 * "The signature service", for the environment it reads.
 */
import { configFromEnv } from './config.ts';
import type { Mailer } from './mail.ts';
import { readCampaign, startService } from './service.ts';

const root = process.cwd();
try {
  const config = configFromEnv();
  const campaign = readCampaign(root);
  let mailer: Mailer | undefined;
  if (campaign.delivery.mode === 'service' && campaign.delivery.confirm === 'email' && !config.smtpUrl) {
    // Trying it out on one machine: the mail is caught here and its links printed, loudly, since
    // no signer would ever receive it. A deployment sets SMTP_URL.
    const { startMailCatcher } = await import('./mail-catcher.ts').catch(() => {
      throw new Error(
        'The campaign confirms signatures by email (delivery.confirm: email): set SMTP_URL to a mail server.',
      );
    });
    const { createMailer } = await import('./mail.ts');
    const catcher = await startMailCatcher((mail) => {
      console.log(`[signatures] mail to ${mail.to.join(', ')} (not sent: no SMTP_URL):\n  ${mail.links.join('\n  ')}`);
    });
    mailer = await createMailer(catcher.url, '"Three Thousand Miles (local)" <no-reply@localhost>');
    console.warn(
      '[signatures] WARNING: no SMTP_URL. Confirmation mail is printed here, not sent: set SMTP_URL before you publish.',
    );
  }
  const service = await startService({
    root,
    config,
    serveApp: true,
    // Caught mail on this machine links back to whatever address served the page.
    ...(mailer ? { mailer, linkBase: (request) => config.publicUrl ?? `${request.protocol}://${request.host}` } : {}),
  });
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
