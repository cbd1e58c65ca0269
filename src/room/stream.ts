/**
 * The projector's live line to its room: the Server-Sent Events of `GET /api/rooms/:code/stream`,
 * read through fetch (EventSource cannot send the projector's key in a header, and a key in the
 * URL would sit in logs). A dropped connection is opened again; a closed room ends it.
 */
import { roomPath, type RoomState } from './api.ts';

export interface RoomStreamHandlers {
  state: (state: RoomState) => void;
  /** The room is gone (closed by the teacher, or forgotten after a day idle). */
  closed: () => void;
  /** Whether the line is up; a projector says so when it is not. */
  connection?: (up: boolean) => void;
  /** The server refused the key (401/403). */
  refused?: () => void;
}

/** One parsed event of an event stream. */
export interface StreamEvent {
  event: string;
  data: string;
}

/** Splits an event stream's text into complete events; returns them and the unfinished rest. */
export function parseEvents(buffer: string): { events: StreamEvent[]; rest: string } {
  const events: StreamEvent[] = [];
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':') || line === '') continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

/** Opens the stream of room `code`; returns the way to close it. */
export function openRoomStream(
  code: string,
  secret: string,
  on: RoomStreamHandlers,
  options: { fetch?: typeof fetch; base?: string; retryMs?: number } = {},
): () => void {
  const fetchFn = options.fetch ?? fetch;
  const controller = new AbortController();
  let stopped = false;
  const url = `${options.base ?? ''}${roomPath(code)}/stream`;

  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        const response = await fetchFn(url, {
          headers: { Authorization: `Bearer ${secret}`, Accept: 'text/event-stream' },
          cache: 'no-store',
          credentials: 'omit',
          signal: controller.signal,
        });
        if (response.status === 404) {
          on.closed();
          return;
        }
        if (response.status === 401 || response.status === 403) {
          on.refused?.();
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${String(response.status)}`);
        on.connection?.(true);
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const { events, rest } = parseEvents(buffer + value);
          buffer = rest;
          for (const { event, data } of events) {
            if (event === 'state') on.state(JSON.parse(data) as RoomState);
            else if (event === 'closed') {
              stopped = true;
              // The server ends the stream next: read it to its end, so that nothing is cut short.
              while (!(await reader.read()).done);
              on.closed();
              return;
            }
          }
        }
      } catch {
        if (stopped) return;
      }
      on.connection?.(false);
      await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? 2000));
    }
  };
  void run();
  return () => {
    stopped = true;
    controller.abort();
  };
}
