/**
 * Everything the service needs, started in order: the campaign file, the database and its
 * migrations, the mailer, anonymising (at start and daily), and the HTTP app.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Campaign } from '../campaign/campaign.ts';
import { campaignPath, loadCampaign } from '../campaign/load.ts';
import { join } from 'node:path';
import { compileStory, loadStoryFiles } from '../engine/compile/index.ts';
import { formatProblem } from '../engine/compile/problems.ts';
import type { CompiledStory } from '../engine/story.ts';
import { buildService } from './app.ts';
import type { ServiceConfig } from './config.ts';
import { lockDataDir } from './data-lock.ts';
import { openDatabase, type Database } from './db.ts';
import { createMailer, type Mailer } from './mail.ts';
import { migrate } from './migrations.ts';
import { RunCounter } from './runs.ts';
import { SignatureStore } from './store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RunningService {
  app: FastifyInstance;
  store: SignatureStore;
  campaign: Campaign;
  close(): Promise<void>;
}

/** The checked campaign file, or an error listing its problems with file:line:column. */
export function readCampaign(root: string): Campaign {
  const { campaign, problems } = loadCampaign(root, campaignPath(root));
  if (!campaign) throw new Error(`The campaign file has problems:\n${problems.map(formatProblem).join('\n')}`);
  return campaign;
}

/**
 * The story as the build compiles it from `story/` (the same compiler, so the same hash the built
 * app sends with its runs), for replaying runs. Its words are not needed: only its shape.
 */
export function readStory(root: string): CompiledStory {
  const { story, problems } = compileStory(loadStoryFiles(join(root, 'story'), root), 'story', { walk: false });
  if (!story) throw new Error(`The story has problems:\n${problems.map(formatProblem).join('\n')}`);
  return story;
}

/** The database the config names, migrated. */
export async function openStore(config: Pick<ServiceConfig, 'databaseUrl' | 'dataDir'>): Promise<SignatureStore> {
  const db: Database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new SignatureStore(db);
}

/** When a petition's names and emails are due to go: `anonymiseAfterDays` after its closing day ends. */
export function anonymiseDue(campaign: Campaign): Date | undefined {
  const { delivery, petition } = campaign;
  if (delivery.mode !== 'service' || delivery.anonymiseAfterDays === undefined || !petition.closes) return undefined;
  return new Date(Date.parse(`${petition.closes}T00:00:00Z`) + (delivery.anonymiseAfterDays + 1) * DAY_MS);
}

/** Anonymises the campaign's petition if it is due; returns how many signatures were. */
export async function anonymiseIfDue(store: SignatureStore, campaign: Campaign, now = new Date()): Promise<number> {
  const due = anonymiseDue(campaign);
  if (!due || now < due) return 0;
  return store.anonymise(campaign.petition.id);
}

export interface StartOptions {
  root: string;
  config: ServiceConfig;
  /** Serve the built app too (production); not when Vite serves it. */
  serveApp: boolean;
  /** A mailer made elsewhere (the dev server's catcher); else SMTP_URL's. */
  mailer?: Mailer;
  linkBase?: (request: FastifyRequest) => string;
  logger?: boolean;
}

export async function startService(options: StartOptions): Promise<RunningService> {
  const { config } = options;
  const campaign = readCampaign(options.root);
  const story = readStory(options.root);
  const confirm = campaign.delivery.mode === 'service' && campaign.delivery.confirm === 'email';
  const unlock = config.databaseUrl ? () => undefined : lockDataDir(config.dataDir, 'the signature service');
  let store: SignatureStore;
  try {
    store = await openStore(config);
  } catch (error) {
    unlock();
    throw error;
  }
  let mailer = options.mailer;
  let timer: NodeJS.Timeout | undefined;
  try {
    if (!mailer && confirm) {
      if (!config.smtpUrl)
        throw new Error(
          'The campaign confirms signatures by email (delivery.confirm: email): set SMTP_URL to a mail server.',
        );
      const from =
        config.mailFrom ??
        `"${campaign.organisation.name.replace(/["\\\r\n]/g, '')}" <no-reply@${new URL(config.publicUrl ?? campaign.publicUrl).hostname}>`;
      mailer = await createMailer(config.smtpUrl, from);
    }
    const anonymise = async () => {
      try {
        const done = await anonymiseIfDue(store, campaign);
        if (done)
          console.log(
            `[signatures] anonymised ${String(done)} signatures of "${campaign.petition.id}" (closed ${campaign.petition.closes!}).`,
          );
      } catch (error) {
        console.error(`[signatures] anonymising failed: ${(error as Error).message}`);
      }
    };
    await anonymise();
    timer = setInterval(() => void anonymise(), DAY_MS);
    timer.unref();
    const app = await buildService({
      store,
      campaign,
      ...(mailer ? { mailer } : {}),
      ...(options.serveApp ? { distDir: config.distDir } : {}),
      linkBase: options.linkBase ?? config.publicUrl ?? campaign.publicUrl,
      limits: config.limits,
      runs: new RunCounter(store.db, story),
      trustProxy: config.trustProxy,
      logger: options.logger ?? false,
    });
    return {
      app,
      store,
      campaign,
      async close() {
        clearInterval(timer);
        await app.close();
        if (!options.mailer) mailer?.close();
        await store.db.close();
        unlock();
      },
    };
  } catch (error) {
    clearInterval(timer);
    await store.db.close();
    unlock();
    throw error;
  }
}
