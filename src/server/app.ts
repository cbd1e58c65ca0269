/**
 * The service's HTTP app: the signature API of src/sign/api.ts, the pages behind the links mailed
 * to signers, security headers on every answer, CORS for the campaign's allowed origins only, and
 * (in production) the built app. Every request a client can send gets an answer, never a crash.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Campaign } from '../campaign/campaign.ts';
import { MAX_BODY_BYTES, SIGNATURES_PATH, type ApiError, type SignatureReceipt } from '../sign/api.ts';
import { cacheControl } from './cache-control.ts';
import { ROOMS_PATH } from '../room/api.ts';
import type { Mailer } from './mail.ts';
import { CHOICES_PATH, RUNS_PATH } from '../others/api.ts';
import type { RunCounter } from './runs.ts';
import { tokenPage, type TokenAction } from './pages.ts';
import { parseSignatureRequest } from './request-schema.ts';
import { registerRooms } from './room-routes.ts';
import { RoomStore, type RoomLimits } from './rooms.ts';
import { DEFAULT_RATE_LIMITS, type RateLimits, type SignatureStore } from './store.ts';

export interface ServiceOptions {
  store: SignatureStore;
  campaign: Campaign;
  /** Sends confirmation mail; required when the campaign confirms by email. */
  mailer?: Mailer;
  /** The built app to serve beside the API (production); absent when Vite serves it. */
  distDir?: string;
  /**
   * Where the links in mail point: the public address of the app (PUBLIC_URL, else the campaign's
   * publicUrl). A function of the request only on a developer's machine (the dev server's port).
   */
  linkBase: string | ((request: FastifyRequest) => string);
  limits?: RateLimits;
  /** Counts replayed runs for "how others chose" (src/server/runs.ts); absent: those routes answer 404. */
  runs?: RunCounter;
  /** The class rooms' limits (src/server/rooms.ts). */
  roomLimits?: RoomLimits;
  /** Fastify's trustProxy: believe X-Forwarded-For/-Proto from this many hops, or these addresses. */
  trustProxy?: boolean | number | string | string[];
  /** How long the public count may be cached, in seconds. */
  countMaxAge?: number;
  logger?: boolean;
}

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const apiError = (reply: FastifyReply, status: number, error: string, message: string): FastifyReply =>
  reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error, message } satisfies ApiError);

/** The campaign's settings for the service, whichever delivery mode it uses. */
function serviceSettings(campaign: Campaign) {
  const d = campaign.delivery;
  return d.mode === 'service'
    ? { confirm: d.confirm === 'email', allowedOrigins: new Set(d.allowedOrigins) }
    : { confirm: false, allowedOrigins: new Set<string>() };
}

export async function buildService(options: ServiceOptions): Promise<FastifyInstance> {
  const { store, campaign } = options;
  const settings = serviceSettings(campaign);
  const limits = options.limits ?? DEFAULT_RATE_LIMITS;
  const petitions = new Map([[campaign.petition.id, campaign.petition.goal ?? null]]);
  if (settings.confirm && !options.mailer)
    throw new Error('The campaign confirms signatures by email (delivery.confirm: email): set SMTP_URL.');
  await store.ensurePetitions([...petitions.keys()]);
  await store.salt();

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy:
      typeof options.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(options.trustProxy)
        : (options.trustProxy ?? false),
    // A path is a path: no case folding, and no trailing-slash tricks around the API.
    routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 },
  });

  const publicOrigin = new URL(campaign.publicUrl).origin;
  const ownOrigin = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;
  /** May a page on `origin` send here? Its own pages, the campaign's site and the listed embeds. */
  const allowed = (request: FastifyRequest, origin: string): boolean =>
    origin === ownOrigin(request) || origin === publicOrigin || settings.allowedOrigins.has(origin);
  const originOf = (request: FastifyRequest): string | undefined => {
    const value = request.headers.origin;
    return typeof value === 'string' ? value : undefined;
  };

  // Security headers on every answer, whatever answers it (a route, static files, a 404, an error).
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=31536000');
    if (request.url.startsWith('/api/')) {
      reply.header('Content-Security-Policy', API_CSP);
      reply.header('X-Frame-Options', 'DENY');
      const origin = originOf(request);
      if (origin !== undefined) {
        reply.header('Vary', 'Origin');
        if (settings.allowedOrigins.has(origin)) reply.header('Access-Control-Allow-Origin', origin);
      }
    }
  });

  // Refuse a cross-origin write before its body is read: a page on a site the campaign did not list
  // cannot sign in its visitors' names, not even with a no-cors text/plain POST.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith('/api/')) return;
    const origin = originOf(request);
    if (origin !== undefined && !allowed(request, origin))
      return apiError(reply, 403, 'origin-not-allowed', `Pages on ${origin} may not send signatures here.`);
    return undefined;
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413)
      return apiError(reply, 413, 'too-large', `A signature is at most ${String(MAX_BODY_BYTES / 1024)} KB.`);
    if (status === 415)
      return apiError(reply, 415, 'json-only', 'Send the signature as Content-Type: application/json.');
    if (status >= 400 && status < 500) {
      const message =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
        error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
        error instanceof SyntaxError
          ? 'The body is not valid JSON.'
          : 'The request could not be read.';
      return apiError(reply, 400, 'bad-request', message);
    }
    request.log.error(error);
    console.error(`[signatures] ${request.method} ${request.url.split('?')[0]!}: ${error.message}`);
    return apiError(
      reply,
      503,
      'unavailable',
      request.url.startsWith(ROOMS_PATH)
        ? 'The class room could not answer just now. Try again in a moment.'
        : 'The signature service could not answer just now. Your signature is kept; it will be sent again.',
    );
  });

  // Bodies: JSON for the API (its own parser, so that `null`, numbers and strings reach the schema
  // check as values), and the token forms of the mailed links.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: MAX_BODY_BYTES },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string) as unknown);
      } catch {
        done(
          Object.assign(new Error('The body is not valid JSON.'), {
            statusCode: 400,
            code: 'FST_ERR_CTP_INVALID_JSON_BODY',
          }),
        );
      }
    },
  );
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );
  // Any other type is read (up to the limit) and refused by the routes, with a clear answer.
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_request, _body, done) => {
    done(null, undefined);
  });

  const corsPreflight = async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = originOf(request);
    if (origin === undefined || !settings.allowedOrigins.has(origin)) return reply.code(204).send();
    return reply
      .code(204)
      .header('Access-Control-Allow-Methods', 'POST, GET')
      .header('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key')
      .header('Access-Control-Max-Age', '600')
      .send();
  };
  app.options(SIGNATURES_PATH, corsPreflight);
  app.options('/api/petitions/:id', corsPreflight);

  app.post(SIGNATURES_PATH, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const type = request.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type))
      return apiError(reply, 415, 'json-only', 'Send the signature as Content-Type: application/json.');
    const parsed = parseSignatureRequest(request.body);
    if (!parsed.ok) return apiError(reply, 400, 'invalid-signature', parsed.message);
    const body = parsed.request;
    const header = request.headers['idempotency-key'];
    if (header !== undefined && header !== body.idempotencyKey)
      return apiError(reply, 400, 'key-mismatch', 'The Idempotency-Key header and the body’s idempotencyKey differ.');
    if (!petitions.has(body.petition))
      return apiError(reply, 404, 'unknown-petition', 'There is no petition with that id here.');

    const outcome = await store.sign(body, await store.addressHash(request.ip), settings.confirm, limits);
    if (outcome.mail && options.mailer) {
      const base = typeof options.linkBase === 'string' ? options.linkBase : options.linkBase(request);
      try {
        await options.mailer.sendConfirmation({ ...outcome.mail, base, campaign });
        await store.mailSent(outcome.mail.id);
      } catch (error) {
        console.error(`[signatures] the confirmation mail could not be sent: ${(error as Error).message}`);
        // Kept, and the outbox sends it again: the repeat mails it then.
        return reply
          .code(503)
          .header('Retry-After', '60')
          .type('application/json; charset=utf-8')
          .send({
            error: 'mail-unavailable',
            message:
              'The confirmation email could not be sent just now. Your signature is kept; it will be sent again.',
          } satisfies ApiError);
      }
    }
    // The same answer, whatever happened: new, a repeat, a second signature, or quarantined.
    const receipt: SignatureReceipt = { status: settings.confirm ? 'confirm-email' : 'counted' };
    const count = await store.count(body.petition, petitions.get(body.petition) ?? null);
    if (count) receipt.count = count;
    return reply.code(settings.confirm ? 202 : 200).send(receipt);
  });

  app.get<{ Params: { id: string } }>('/api/petitions/:id', async (request, reply) => {
    const { id } = request.params;
    const count = petitions.has(id) ? await store.count(id, petitions.get(id) ?? null) : undefined;
    if (!count) {
      reply.header('Cache-Control', 'no-store');
      return apiError(reply, 404, 'unknown-petition', 'There is no petition with that id here.');
    }
    const maxAge = options.countMaxAge ?? 5;
    return reply.header('Cache-Control', `public, max-age=${String(maxAge)}`).send(count);
  });

  // How others chose: a finished run, replayed before it counts; the shares of a run's decisions.
  const { runs } = options;
  if (runs) {
    app.options(RUNS_PATH, corsPreflight);
    app.post(RUNS_PATH, async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? ''))
        return apiError(reply, 415, 'json-only', 'Send the run as Content-Type: application/json.');
      const verdict = await runs.submit(request.body);
      if (!verdict.ok) return apiError(reply, verdict.status, verdict.error, verdict.message);
      return reply.code(200).send(verdict.receipt);
    });
    app.get<{ Querystring: { scenes?: unknown } }>(CHOICES_PATH, async (request, reply) => {
      const scenes = request.query.scenes;
      const shares = typeof scenes === 'string' ? await runs.shares(scenes) : undefined;
      if (!shares) {
        reply.header('Cache-Control', 'no-store');
        return apiError(
          reply,
          400,
          'invalid-scenes',
          'Ask with ?scenes= and up to 100 scene ids, separated by commas.',
        );
      }
      return reply.header('Cache-Control', 'public, max-age=60').send(shares);
    });
  }

  // The links mailed to signers: a GET shows a page with one button, and only its POST acts, so
  // that a mail scanner opening every link confirms and deletes nothing.
  for (const action of ['confirm', 'reject'] as const satisfies TokenAction[]) {
    const path = `${SIGNATURES_PATH}/${action}`;
    app.get<{ Querystring: { token?: string } }>(path, async (request, reply) => {
      const token = typeof request.query.token === 'string' ? request.query.token : '';
      const found = token ? await store.byToken(action, token) : undefined;
      const html = tokenPage(action, found ? 'ask' : 'unknown', { token, lang: found?.language, campaign });
      return reply
        .code(found ? 200 : 404)
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(html);
    });
    app.post<{ Body: { token?: unknown } | undefined }>(path, async (request, reply) => {
      const token = typeof request.body?.token === 'string' ? request.body.token : '';
      const before = token ? await store.byToken(action, token) : undefined;
      const done = before ? await (action === 'confirm' ? store.confirm(token) : store.reject(token)) : undefined;
      const html = tokenPage(action, done ? 'done' : 'unknown', { token: '', lang: before?.language, campaign });
      return reply
        .code(done ? 200 : 404)
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(html);
    });
  }

  // Class rooms: on the same database, their projectors' streams fed by its NOTIFY.
  await registerRooms(app, {
    rooms: new RoomStore(store.db),
    addressHash: (address) => store.addressHash(address),
    ...(options.roomLimits ? { limits: options.roomLimits } : {}),
  });

  // Anything else under /api/ is not here.
  app.all('/api/*', async (_request, reply) => apiError(reply, 404, 'not-found', 'There is nothing at this address.'));

  if (options.distDir) {
    const root = resolve(options.distDir);
    if (!existsSync(resolve(root, 'index.html')))
      throw new Error(`There is no built app in ${root}: run npm run build first.`);
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: ['index.html'],
      redirect: true,
      cacheControl: false,
      preCompressed: false,
      setHeaders(res, path) {
        const relative = path
          .slice(root.length + 1)
          .split('\\')
          .join('/');
        res.header('Cache-Control', cacheControl(relative));
        // Every page may be framed by campaigners' sites (see deploy/_headers).
        if (relative.endsWith('.html')) res.header('Content-Security-Policy', 'frame-ancestors *');
        // Sandboxed frames fetch module scripts with CORS (deploy/_headers).
        if (relative.startsWith('assets/') || relative === 'embed.js' || relative.startsWith('oembed/'))
          res.header('Access-Control-Allow-Origin', '*');
        if (relative.startsWith('oembed/')) res.header('Content-Type', 'application/json+oembed; charset=utf-8');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) =>
    request.url.startsWith('/api/')
      ? apiError(reply, 404, 'not-found', 'There is nothing at this address.')
      : reply.code(404).type('text/plain; charset=utf-8').send('Not found.'),
  );
  return app;
}
