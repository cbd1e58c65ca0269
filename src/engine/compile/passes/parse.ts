/**
 * Pass 1: each file parsed as YAML and decoded by its schema (schema.ts). A key written twice in
 * one mapping is a `duplicate-key`; any other YAML error makes the file unreadable, and it is not
 * read further: its half-built tree would only add noise.
 */
import { LineCounter, Parser, parseDocument, type Node } from 'yaml';
import type { SourceFile } from '../compile.ts';
import type { CompileContext, ParsedFile } from '../context.ts';
import { FileContext } from '../decode.ts';
import type { Pos } from '../problems.ts';
import {
  chapterSchema,
  endingsSchema,
  factsSchema,
  glossaryFileSchema,
  placesFileSchema,
  sourcesSchema,
  storySchema,
} from '../schema.ts';

/** Files the compiler knows by name; chapters are every `chapters/*.yaml`. */
export type FixedFile = 'story.yaml' | 'endings.yaml' | 'facts.yaml' | 'sources.yaml' | 'glossary.yaml' | 'places.yaml';

export function parse(ctx: CompileContext, files: readonly SourceFile[]): void {
  for (const file of files) {
    const parsed = parseFile(ctx, file);
    ctx.syntaxBroken ||= parsed.broken;
    ctx.files.set(file.path, parsed);
  }
  decode(ctx);
}

function parseFile(ctx: CompileContext, file: SourceFile): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const fileCtx = new FileContext(file.path, file.text, lines, ctx.problems);
  let broken = false;
  for (const error of doc.errors) {
    if (error.code === 'DUPLICATE_KEY') {
      fileCtx.report(
        fileCtx.posAt(error.pos[0]),
        'duplicate-key',
        'This key appears twice in the same mapping: each id must be unique.',
      );
      continue;
    }
    // An unclosed quote is reported at the end of the file; point at where it opens instead.
    const offset = error.code === 'MISSING_CHAR' ? (unclosedQuote(file.text) ?? error.pos[0]) : error.pos[0];
    fileCtx.report(fileCtx.posAt(offset), 'yaml-syntax', `YAML syntax: ${firstSentence(error.message)}`);
    broken = true;
  }
  return { path: file.path, ctx: fileCtx, root: broken ? null : doc.contents, broken };
}

function decode(ctx: CompileContext): void {
  const { storyDir } = ctx;
  const decodeFixed = <T>(
    name: FixedFile,
    schema: (n: Node | null, c: FileContext, p: Pos, l: string) => T | undefined,
    need: boolean,
  ): T | undefined => {
    const file = ctx.files.get(`${storyDir}/${name}`);
    const pos: Pos = { file: `${storyDir}/${name}`, line: 1, column: 1 };
    if (!file) {
      if (need) ctx.report(pos, 'missing-field', `The story needs the file ${storyDir}/${name}.`);
      return undefined;
    }
    if (file.root == null) {
      if (need && !file.broken) ctx.report(pos, 'missing-field', `${storyDir}/${name} is empty.`);
      return undefined;
    }
    return schema(file.root, file.ctx, pos, name);
  };

  const story = decodeFixed('story.yaml', storySchema, true);
  const chapters = [...ctx.files.values()]
    .filter((f) => f.path.startsWith(`${storyDir}/chapters/`) && f.path.endsWith('.yaml'))
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((file) => {
      const pos: Pos = { file: file.path, line: 1, column: 1 };
      if (file.root == null) {
        if (!file.broken) ctx.report(pos, 'missing-field', `${file.path} is empty.`);
        return [];
      }
      const decoded = chapterSchema(file.root, file.ctx, pos, `chapter file`);
      return decoded ? [{ file, decoded }] : [];
    });
  const order = story?.chapters ?? [];
  const rank = (chapterId: string | undefined): number => {
    const index = order.findIndex((o) => o.value === chapterId);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  ctx.source = {
    ...(story ? { story } : {}),
    endings: decodeFixed('endings.yaml', endingsSchema, false) ?? [],
    facts: decodeFixed('facts.yaml', factsSchema, false) ?? [],
    sources: decodeFixed('sources.yaml', sourcesSchema, false) ?? [],
    glossary: decodeFixed('glossary.yaml', glossaryFileSchema, false) ?? [],
    places: decodeFixed('places.yaml', placesFileSchema, false) ?? [],
    chapters: chapters.sort((a, b) => rank(a.decoded.id?.value) - rank(b.decoded.id?.value)),
  };
}

/** Where an unclosed quoted scalar opens, found in the parser's concrete syntax tree. */
function unclosedQuote(text: string): number | undefined {
  let found: number | undefined;
  const walk = (token: unknown): void => {
    if (found !== undefined || !token || typeof token !== 'object') return;
    if (Array.isArray(token)) {
      token.forEach(walk);
      return;
    }
    const t = token as { type?: string; source?: string; offset?: number } & Record<string, unknown>;
    if (t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') {
      const quote = t.type === 'double-quoted-scalar' ? '"' : "'";
      if (t.source !== undefined && (t.source.length < 2 || !t.source.endsWith(quote))) found = t.offset;
    }
    for (const key of ['items', 'start', 'key', 'sep', 'value', 'end']) walk(t[key]);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found;
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
