/**
 * Vite plugin: the checked `story/campaign.yaml` as `virtual:campaign`; the local signature
 * receiver on the dev and preview servers; and, at build, a warning when the campaign would ship
 * with nowhere real to deliver signatures.
 */
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { LOCAL_RECEIVER_PATH } from '../campaign/campaign.ts';
import { campaignPath, loadCampaign } from '../campaign/load.ts';
import { formatProblem } from '../engine/compile/problems.ts';
import { createReceiver } from './signature-receiver.ts';
import { StoryError } from './story-plugin.ts';
import type { ApiError, PetitionCount } from '../sign/api.ts';

const PUBLIC_ID = 'virtual:campaign';
const RESOLVED_ID = '\0virtual:campaign';

/** Where the local receiver keeps what it receives (git-ignored); SIGNATURES_FILE moves it (tests). */
export const SIGNATURES_FILE = '.signatures/signatures.jsonl';

export function campaignPlugin(): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';

  const receiverMiddleware = (): Connect.NextHandleFunction => {
    const receiver = createReceiver(resolve(root, process.env.SIGNATURES_FILE ?? SIGNATURES_FILE), (line) => {
      console.log(`[campaign] ${line}`);
    });
    return (req, res, next) => {
      const path = req.url?.split('?')[0];
      // The count the ending shows with delivery mode service (src/sign/api.ts), from what the
      // receiver recorded, so that the dev and preview servers stand in for the service there too.
      const petition = /^\/api\/petitions\/([^/]+)$/.exec(path ?? '')?.[1];
      if (req.method === 'GET' && petition !== undefined) {
        const campaign = loadCampaign(root, campaignPath(root)).campaign;
        const known = campaign && decodeURIComponent(petition) === campaign.petition.id;
        const count: PetitionCount | ApiError = known
          ? {
              id: campaign.petition.id,
              count: receiver.keys().size,
              goal: campaign.petition.goal ?? null,
              updatedAt: new Date().toISOString(),
            }
          : { error: 'unknown-petition', message: 'There is no such petition here.' };
        res.writeHead(known ? 200 : 404, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(count));
        return;
      }
      if (path !== LOCAL_RECEIVER_PATH) {
        next();
        return;
      }
      receiver.handle(req, res);
    };
  };

  return {
    name: 'three-thousand-miles:campaign',
    configResolved(config) {
      root = config.root;
      command = config.command;
    },
    resolveId: (id) => (id === PUBLIC_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
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
      if (command === 'build' && (campaign.localReceiver || campaign.delivery.mode === 'none'))
        this.warn(
          campaign.localReceiver
            ? `${path}: signatures still go to the local receiver (${LOCAL_RECEIVER_PATH}), which only npm start and npm run preview serve. Published, the ending links to the petition page instead of showing the form. Set "delivery" to your endpoint before you publish.`
            : `${path}: delivery is "none", so the ending offers no way to sign.`,
        );
      return `export default ${JSON.stringify(campaign)};`;
    },
    configureServer(server) {
      server.middlewares.use(receiverMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(receiverMiddleware());
    },
  };
}
