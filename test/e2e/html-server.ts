/** A page server of the test's own, on its own port: another origin than the app's. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves whatever HTML the test sets for a path, on its own port: another origin than the app. */
export function htmlServer() {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const html = pages.get(path);
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  return {
    pages,
    origin: '',
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      this.origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
