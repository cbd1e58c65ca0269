/**
 * The service inside Vite's dev and preview servers (`npm start`, `npm run preview`): the same app
 * on the same database (PGlite under DATA_DIR, or DATABASE_URL), answering /api/ beside Vite. With
 * no SMTP_URL, a mail catcher on this machine takes the confirmation mail and prints its links,
 * so a campaigner sees the whole flow on one machine.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { configFromEnv } from './config.ts';
import { createMailer, type Mailer } from './mail.ts';
import { startMailCatcher, type MailCatcher } from './mail-catcher.ts';
import { startService, type RunningService } from './service.ts';

export interface DevService {
  service: RunningService;
  /** The catcher, when this process runs one (no SMTP_URL). */
  catcher?: MailCatcher;
  handle(req: IncomingMessage, res: ServerResponse): void;
  close(): Promise<void>;
}

export async function startDevService(root: string, log: (line: string) => void): Promise<DevService> {
  const config = configFromEnv(process.env, root);
  let catcher: MailCatcher | undefined;
  let mailer: Mailer | undefined;
  if (!config.smtpUrl) {
    catcher = await startMailCatcher((mail) => {
      log(`mail to ${mail.to.join(', ')}: "${mail.subject}"`);
      const [confirm, reject] = mail.links;
      if (confirm) log(`  confirm:          ${confirm}`);
      if (reject) log(`  this wasn't me:   ${reject}`);
    });
    mailer = await createMailer(catcher.url, '"Three Thousand Miles (local)" <no-reply@localhost>');
  }
  const service = await startService({
    root,
    config,
    serveApp: false,
    ...(mailer ? { mailer } : {}),
    // On this machine the links go back to whichever dev or preview port served the page.
    linkBase: (request) => `${request.protocol}://${request.host}`,
  });
  await service.app.ready();
  const where = service.store.db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  log(
    `signature service on /api/ (signatures in ${where}${catcher ? '; mail caught on this machine, links printed here' : ''})`,
  );
  return {
    service,
    ...(catcher ? { catcher } : {}),
    handle: (req, res) => {
      service.app.routing(req, res);
    },
    async close() {
      await service.close();
      mailer?.close();
      await catcher?.close();
    },
  };
}
