/**
 * The class room's join page, for Lighthouse. A student joins a room through the app itself, at
 * `?class=<code>` (src/app/params.ts; the QR code on the teacher's projector links there,
 * src/room/projector.ts): the title screen, with the room joined at start (src/room/useClassRoom.ts).
 * So the page audited is the app, served from dist/ as for every other page (bench/serve.ts), with
 * `/api/` answered by the real service (src/server/app.ts; PGlite in a scratch folder), and a room
 * opened there as a teacher's class page opens one: the audit sees the join succeed, as in class.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOMS_PATH, type RoomCreated } from '../src/room/api.ts';
import { buildService } from '../src/server/app.ts';
import { openStore, readCampaign } from '../src/server/service.ts';
import { serveDist } from './serve.ts';

export interface ClassRoomSite {
  /** The app's address, with a trailing slash. */
  url: string;
  /** The open room's code: the join page is `${url}?class=${code}`. */
  code: string;
  close: () => Promise<void>;
}

/** Serves `dist` with the service behind `/api/`, and opens a room in English. */
export async function openClassRoom(dist: string, root: string): Promise<ClassRoomSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ttm-bench-join-'));
  const store = await openStore({ dataDir });
  // The campaign as shipped confirms signatures by mail; nothing is signed here, so no mailer.
  const campaign = readCampaign(root);
  const service = await buildService({
    store,
    campaign: {
      ...campaign,
      delivery: { mode: 'service', url: '/api/signatures', confirm: 'none', allowedOrigins: [] },
    },
    linkBase: 'http://127.0.0.1',
  });
  const api = new URL(await service.listen({ port: 0, host: '127.0.0.1' }));
  const site = await serveDist(dist, '/', (incoming, outgoing) => {
    if (!incoming.url?.startsWith('/api/')) return false;
    // Passed on as it came, the answer as it goes: the static server is the service's front, as a
    // host's reverse proxy would be.
    const forwarded = httpRequest(
      { host: api.hostname, port: api.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
    return true;
  });
  const close = async (): Promise<void> => {
    await site.close();
    await service.close();
    await store.db.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const response = await fetch(`${site.url.replace(/\/$/, '')}${ROOMS_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ language: 'en' }),
    });
    if (response.status !== 201)
      throw new Error(`The bench could not open a class room: HTTP ${String(response.status)}`);
    const { code } = (await response.json()) as RoomCreated;
    return { url: site.url, code, close };
  } catch (error) {
    await close();
    throw error;
  }
}
