/**
 * The local receiver `npm start` and `npm run preview` serve at /api/signatures: it does what a
 * campaign's webhook should, so a campaigner sees exactly what theirs will receive. Each signature
 * is appended as one JSON line to `.signatures/signatures.jsonl` (git-ignored); a repeated
 * idempotency key is acknowledged and not written again. It logs no personal data.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';

const MAX_BODY = 16 * 1024;

export interface Receiver {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** The keys recorded so far (from the file and this session). */
  keys(): Set<string>;
}

export function createReceiver(file: string, log: (line: string) => void = () => undefined): Receiver {
  const recorded = new Set<string>();
  if (existsSync(file))
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      try {
        const key = (JSON.parse(line) as { idempotencyKey?: unknown }).idempotencyKey;
        if (typeof key === 'string') recorded.add(key);
      } catch {
        // a torn line: skip it, keep the rest
      }
    }

  const reply = (res: ServerResponse, status: number, body: object): void => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(body));
  };

  return {
    keys: () => new Set(recorded),
    handle(req, res) {
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        reply(res, 405, { error: 'POST a signature here.' });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) tooLarge = true;
        else chunks.push(chunk);
      });
      req.on('end', () => {
        if (tooLarge) {
          reply(res, 413, { error: 'A signature is at most 16 KB.' });
          return;
        }
        let body: { idempotencyKey?: unknown; signature?: { email?: unknown } };
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
        } catch {
          reply(res, 400, { error: 'The body is not JSON.' });
          return;
        }
        const key = req.headers['idempotency-key'] ?? body.idempotencyKey;
        if (
          typeof key !== 'string' ||
          key.length === 0 ||
          key.length > 200 ||
          typeof body.signature?.email !== 'string'
        ) {
          reply(res, 400, { error: 'A signature needs an idempotency key and an email address.' });
          return;
        }
        if (recorded.has(key)) {
          reply(res, 200, { recorded: true, duplicate: true });
          return;
        }
        mkdirSync(dirname(file), { recursive: true });
        appendFileSync(
          file,
          `${JSON.stringify({ ...body, idempotencyKey: key, receivedAt: new Date().toISOString() })}\n`,
        );
        recorded.add(key);
        log(`signature recorded (key ${key.slice(0, 8)}…) in ${file}`);
        reply(res, 201, { recorded: true });
      });
    },
  };
}
