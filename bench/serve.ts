/**
 * A static server for `dist/` that behaves as the README's hosting notes ask of a real host: brotli
 * or gzip by the browser's Accept-Encoding, hashed files under `assets/` cached for a year as
 * immutable, HTML revalidated on every visit, and the app under its base path. The bench measures
 * the app through it, so that bytes and timings are those a visitor would see.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cacheControl } from '../src/server/cache-control.ts';

export { cacheControl };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Types worth compressing; images, fonts and audio are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/;

export interface StaticServer {
  /** The app's address, base path included, with a trailing slash. */
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/**
 * Serves `distDir` at `http://127.0.0.1:<port><base>`, on a free port. `api` may answer a request
 * first (a test's signature endpoint, say) by returning true.
 */
export async function serveDist(
  distDir: string,
  base = '/',
  api?: (request: IncomingMessage, response: ServerResponse) => boolean,
): Promise<StaticServer> {
  const root = normalize(distDir);
  const cache = new Map<string, { br: Buffer; gzip: Buffer }>();
  const server = createServer((request, response) => {
    if (api?.(request, response)) return;
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(base.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) || !isFile(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'content-type': type,
      'cache-control': cacheControl(path),
      'x-content-type-options': 'nosniff',
      vary: 'Accept-Encoding',
    };
    let body: Buffer = readFileSync(file);
    const accepts = request.headers['accept-encoding'] ?? '';
    if (COMPRESSIBLE.test(type)) {
      let compressed = cache.get(file);
      if (!compressed) {
        compressed = {
          br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          gzip: gzipSync(body, { level: 9 }),
        };
        cache.set(file, compressed);
      }
      if (/\bbr\b/.test(accepts)) {
        body = compressed.br;
        headers['content-encoding'] = 'br';
      } else if (/\bgzip\b/.test(accepts)) {
        body = compressed.gzip;
        headers['content-encoding'] = 'gzip';
      }
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
