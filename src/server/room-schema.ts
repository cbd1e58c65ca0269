/**
 * What the room endpoints accept (src/room/api.ts): every field checked, nothing unknown. A body
 * that fails gets a 400 naming the first field wrong.
 */
import { z } from 'zod';
import { SHIPPED_LANGUAGES } from '../i18n/languages.ts';
import {
  DEVICE_ID_SHAPE,
  STORY_ID_SHAPE,
  type RoomCreate,
  type RoomJoin,
  type RoomReport,
  type RoomReveal,
} from '../room/api.ts';

const storyId = (what: string) =>
  z.string({ error: `${what} should be text.` }).regex(STORY_ID_SHAPE, { error: `${what} is not an id of the story.` });
const device = z
  .string({ error: 'device should be text.' })
  .regex(DEVICE_ID_SHAPE, { error: 'device should be 16 to 64 letters, digits, - or _.' });

const createSchema = z
  .object({
    language: z.enum(SHIPPED_LANGUAGES as [string, ...string[]], {
      error: `language should be one of ${SHIPPED_LANGUAGES.join(', ')}.`,
    }),
  })
  .strict();

const joinSchema = z.object({ device }).strict();

const eventSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('choice'), scene: storyId('scene'), choice: storyId('choice') }).strict(),
    z.object({ type: z.literal('undo'), scene: storyId('scene'), choice: storyId('choice') }).strict(),
    z.object({ type: z.literal('ending'), ending: storyId('ending') }).strict(),
  ],
  { error: 'event.type should be choice, undo or ending.' },
);

const reportSchema = z
  .object({
    device,
    seq: z
      .number({ error: 'seq should be a number.' })
      .int({ error: 'seq should be a whole number.' })
      .min(1, { error: 'seq starts at 1.' })
      .max(2_000_000_000, { error: 'seq is too large.' }),
    event: eventSchema,
  })
  .strict();

const revealSchema = z
  .object({ scene: storyId('scene'), revealed: z.boolean({ error: 'revealed should be true or false.' }) })
  .strict();

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parse<T>(schema: z.ZodType, body: unknown): Parsed<T> {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, value: result.data as T };
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.');
  // The names of unknown fields are the sender's words: not echoed back.
  if (issue.code === 'unrecognized_keys')
    return { ok: false, message: `${path || 'The body'} has a field it does not take.` };
  return { ok: false, message: issue.message };
}

export const parseRoomCreate = (body: unknown): Parsed<RoomCreate> => parse(createSchema, body);
export const parseRoomJoin = (body: unknown): Parsed<RoomJoin> => parse(joinSchema, body);
export const parseRoomReport = (body: unknown): Parsed<RoomReport> => parse(reportSchema, body);
export const parseRoomReveal = (body: unknown): Parsed<RoomReveal> => parse(revealSchema, body);
