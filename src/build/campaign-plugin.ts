/**
 * Vite plugin: the checked `story/campaign.yaml` as `virtual:campaign` (and, without the petition's
 * and the organisations' words, as `virtual:campaign-page` for the first screen); the signature service
 * (src/server/) answering /api/ on the dev and preview servers; and, at build, a warning when the
 * campaign would ship with nowhere real to deliver signatures.
 */
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { campaignPath, loadCampaign } from '../campaign/load.ts';
import { pageCampaign } from '../campaign/campaign.ts';
import { formatProblem } from '../engine/compile/problems.ts';
import { SIGNATURES_PATH } from '../sign/api.ts';
import type { DevService } from '../server/dev.ts';
import { StoryError } from './story-plugin.ts';

const PUBLIC_ID = 'virtual:campaign';
const RESOLVED_ID = '\0virtual:campaign';
/** The campaign without its words, for the page before an ending (src/campaign/campaign.ts: `pageCampaign`). */
const PAGE_ID = 'virtual:campaign-page';
const RESOLVED_PAGE_ID = '\0virtual:campaign-page';

export function campaignPlugin(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';

  /**
   * The service, started on the first /api/ request (so that a build, or a dev server nobody signs
   * on, never opens the database), closed with the server.
   */
  const serviceMiddleware = (
    httpServer: { once(event: 'close' | 'listening', listener: () => void): unknown } | null,
  ): Connect.NextHandleFunction => {
    let started: Promise<DevService> | undefined;
    const start = () =>
      (started ??= import('../server/dev.ts').then(({ startDevService }) =>
        startDevService(root, (line) => {
          console.log(`[signatures] ${line}`);
        }),
      ));
    // Started as soon as the server listens, not at the first /api/ request: opening PGlite can
    // take seconds on a loaded machine, and the first reader's count would wait for it. A failure
    // is told to whoever asks /api/ (below), with a 503.
    httpServer?.once('listening', () => {
      start().catch(() => undefined);
    });
    httpServer?.once('close', () => {
      void started?.then((service) => service.close()).catch(() => undefined);
    });
    return (req, res, next) => {
      if (!req.url?.startsWith('/api/')) {
        next();
        return;
      }
      start().then(
        (service) => {
          service.handle(req, res);
        },
        (error: unknown) => {
          console.error(`[signatures] the service could not start: ${(error as Error).message}`);
          res.statusCode = 503;
          res.setHeader('Content-Type', 'application/json');
          res.end(
            JSON.stringify({
              error: 'unavailable',
              message: 'The signature service could not start: see the terminal.',
            }),
          );
        },
      );
    };
  };

  return {
    name: 'three-thousand-miles:campaign',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId: (id) => (id === PUBLIC_ID ? RESOLVED_ID : id === PAGE_ID ? RESOLVED_PAGE_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_PAGE_ID) return undefined;
      const path = campaignPath(root);
      this.addWatchFile(path);
      const { campaign, problems } = loadCampaign(root, path);
      if (!campaign) {
        const first = problems[0]!;
        throw new StoryError(
          `The campaign file has ${String(problems.length)} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`,
          resolve(root, first.file),
          { file: resolve(root, first.file), line: first.line, column: first.column },
        );
      }
      if (id === RESOLVED_PAGE_ID) return `export default ${JSON.stringify(pageCampaign(campaign))};`;
      if (command === 'build' && (campaign.webhookToService || campaign.delivery.mode === 'none'))
        this.warn(
          campaign.webhookToService
            ? `${path}: signatures go as a webhook to ${SIGNATURES_PATH} on this site, which only npm start, npm run preview and npm run serve answer. Published elsewhere, the ending links to the petition page instead of showing the form. Use "delivery: mode: service" with npm run serve, or your own endpoint.`
            : `${path}: delivery is "none", so the ending offers no way to sign.`,
        );
      return `export default ${JSON.stringify(campaign)};`;
    },
    configureServer(server) {
      server.middlewares.use(serviceMiddleware(server.httpServer));
    },
    configurePreviewServer(server) {
      server.middlewares.use(serviceMiddleware(server.httpServer));
    },
  };
}
