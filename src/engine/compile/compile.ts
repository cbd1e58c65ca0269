/**
 * The story compiler: YAML source files in, one validated `CompiledStory` out, or every problem at
 * once with its file, line and column. Pure: it reads no files (see `load.ts`), so tests can feed it
 * any text.
 */
import { createHash } from 'node:crypto';
import { LineCounter, Parser, parseDocument, type Node } from 'yaml';
import type { Effect, Expr } from '../expression.ts';
import { greatCircleKm } from '../../map/geo.ts';
import { stripText } from '../text.ts';
import {
  COMPILED_FORMAT,
  type ChapterDef,
  type ChoiceDef,
  type CompiledStory,
  type EndingDef,
  type FactDef,
  type GlossaryDef,
  type Outcome,
  type PlaceDef,
  type SceneDef,
  type SourceDef,
  type VariableDef,
  type VariableType,
} from '../story.ts';
import { analyse } from './analyse.ts';
import { closest, FileContext, type Located } from './decode.ts';
import { parseEffects, parseExpression, type ExprError } from './expression-parser.ts';
import { sortProblems, type Pos, type Problem, type ProblemCode } from './problems.ts';
import {
  chapterSchema,
  endingsSchema,
  factsSchema,
  glossaryFileSchema,
  placesFileSchema,
  sourcesSchema,
  storySchema,
} from './schema.ts';

export interface SourceFile {
  /** Path as shown to the writer, e.g. `story/chapters/01-home.yaml`. */
  path: string;
  text: string;
}

export interface CompileResult {
  story?: CompiledStory;
  problems: Problem[];
  /** Where each scene and ending is defined, for tools that report on a sound story. */
  positions?: Map<string, Pos>;
  /** Where each choice is defined, keyed `scene/choice`. */
  choicePositions?: Map<string, Pos>;
}

/** Files the compiler knows by name; chapters are every `chapters/*.yaml`. */
type FixedFile = 'story.yaml' | 'endings.yaml' | 'facts.yaml' | 'sources.yaml' | 'glossary.yaml' | 'places.yaml';

/** How far a `near` spot may lie from the place it belongs to: the same town, not the next one. */
const NEAR_KM = 25;

const GLOSSARY_MARK = /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;

export interface CompileOptions {
  /**
   * Walk the story's states to find stuck scenes and choices that never open (see analyse.ts).
   * On by default; the dev server turns it off so an edit shows at once (the build and
   * `story:check` always walk).
   */
  walk?: boolean;
}

/** Compiles a story from its source files. Never throws on bad input: problems are returned. */
export function compileStory(
  files: readonly SourceFile[],
  storyDir = 'story',
  { walk = true }: CompileOptions = {},
): CompileResult {
  const problems: Problem[] = [];
  const report = (pos: Pos, code: ProblemCode, message: string): void => {
    problems.push({ ...pos, code, message });
  };
  let syntaxBroken = false;

  const parsed = new Map<string, { ctx: FileContext; root: Node | null; path: string; broken: boolean }>();
  for (const file of files) {
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const ctx = new FileContext(file.path, file.text, lines, problems);
    let broken = false;
    for (const error of doc.errors) {
      const duplicate = error.code === 'DUPLICATE_KEY';
      const message = duplicate
        ? 'This key appears twice in the same mapping: each id must be unique.'
        : `YAML syntax: ${firstSentence(error.message)}`;
      // An unclosed quote is reported at the end of the file; point at where it opens instead.
      const offset = error.code === 'MISSING_CHAR' ? (unclosedQuote(file.text) ?? error.pos[0]) : error.pos[0];
      ctx.report(ctx.posAt(offset), duplicate ? 'duplicate-id' : 'yaml-syntax', message);
      if (!duplicate) broken = true;
    }
    syntaxBroken ||= broken;
    // A file that does not parse is not read further: its half-built tree would only add noise.
    parsed.set(file.path, { ctx, root: broken ? null : doc.contents, path: file.path, broken });
  }

  const byName = (name: FixedFile) => parsed.get(`${storyDir}/${name}`);
  const top: Pos = { file: `${storyDir}/story.yaml`, line: 1, column: 1 };
  const decodeFixed = <T>(
    name: FixedFile,
    decode: (n: Node | null, c: FileContext, p: Pos, l: string) => T | undefined,
    need: boolean,
  ) => {
    const file = byName(name);
    const pos: Pos = { file: `${storyDir}/${name}`, line: 1, column: 1 };
    if (!file) {
      if (need) report(pos, 'missing-field', `The story needs the file ${storyDir}/${name}.`);
      return undefined;
    }
    if (file.root == null) {
      if (need && !file.broken) report(pos, 'missing-field', `${storyDir}/${name} is empty.`);
      return undefined;
    }
    return decode(file.root, file.ctx, pos, name);
  };

  const storyFile = decodeFixed('story.yaml', storySchema, true);
  const endingsFile = decodeFixed('endings.yaml', endingsSchema, false) ?? [];
  const factsFile = decodeFixed('facts.yaml', factsSchema, false) ?? [];
  const sourcesFile = decodeFixed('sources.yaml', sourcesSchema, false) ?? [];
  const glossaryFile = decodeFixed('glossary.yaml', glossaryFileSchema, false) ?? [];
  const placesFile = decodeFixed('places.yaml', placesFileSchema, false) ?? [];

  const chapterFiles = [...parsed.values()]
    .filter((f) => f.path.startsWith(`${storyDir}/chapters/`) && f.path.endsWith('.yaml'))
    .sort((a, b) => a.path.localeCompare(b.path));
  const chapters = chapterFiles.flatMap((f) => {
    const pos: Pos = { file: f.path, line: 1, column: 1 };
    if (f.root == null) {
      if (!f.broken) report(pos, 'missing-field', `${f.path} is empty.`);
      return [];
    }
    const decoded = chapterSchema(f.root, f.ctx, pos, `chapter file`);
    return decoded ? [{ file: f, decoded }] : [];
  });

  // Every id is checked for clashes across scenes, endings and chapters in one namespace.
  const ids = new Map<string, { kind: string; pos: Pos }>();
  const claim = (key: Located<string> | undefined, kind: string): boolean => {
    if (!key) return false;
    const previous = ids.get(key.value);
    if (previous) {
      report(
        key.pos,
        'duplicate-id',
        `The id "${key.value}" is used twice: this ${kind} and the ${previous.kind} at ${previous.pos.file}:${previous.pos.line}:${previous.pos.column}.`,
      );
      return false;
    }
    ids.set(key.value, { kind, pos: key.pos });
    return true;
  };

  // Variables first: every expression is checked against them.
  const variables = record<VariableDef>();
  const variableTypes = new Map<string, VariableType>();
  for (const { id, entry } of storyFile?.variables ?? []) {
    const type = entry.type?.value;
    const initial = entry.initial;
    if (!type || !initial) continue;
    if (typeof initial.value !== (type === 'number' ? 'number' : 'boolean')) {
      report(
        initial.pos,
        'wrong-type',
        `Variable "${id.value}" is a ${type}, so its initial value must be ${type === 'number' ? 'a number' : 'true or false'}.`,
      );
      continue;
    }
    const def: VariableDef = { type, initial: initial.value };
    if (entry.min || entry.max) {
      if (type !== 'number') {
        report(
          (entry.min ?? entry.max)!.pos,
          'wrong-type',
          `Only a number variable can have "min" or "max"; "${id.value}" is a ${type}.`,
        );
      } else {
        if (entry.min) def.min = entry.min.value;
        if (entry.max) def.max = entry.max.value;
        const n = initial.value as number;
        if (
          (def.min !== undefined && n < def.min) ||
          (def.max !== undefined && n > def.max) ||
          (def.min !== undefined && def.max !== undefined && def.min > def.max)
        )
          report(
            initial.pos,
            'wrong-type',
            `Variable "${id.value}" starts at ${n}, outside its range ${def.min ?? '…'} to ${def.max ?? '…'}.`,
          );
      }
    }
    if (entry.about) def.about = entry.about.value;
    variables[id.value] = def;
    variableTypes.set(id.value, type);
  }

  const exprProblems = (located: Located<string>, errors: ExprError[]): void => {
    for (const error of errors) report(located.at(error.offset), error.code, error.message);
  };
  const condition = (source: Located<string> | undefined): Expr | undefined => {
    if (!source) return undefined;
    const { expr, errors } = parseExpression(source.value, variableTypes, 'boolean');
    exprProblems(source, errors);
    return expr;
  };
  const weight = (source: Located<string>): Expr | undefined => {
    const { expr, errors } = parseExpression(source.value, variableTypes, 'number');
    exprProblems(source, errors);
    return expr;
  };
  const effects = (source: Located<string> | undefined): Effect[] | undefined => {
    if (!source) return undefined;
    const parsedEffects = parseEffects(source.value, variableTypes);
    exprProblems(source, parsedEffects.errors);
    return parsedEffects.effects;
  };

  // Glossary, sources and facts, checked for references both ways.
  const glossary = record<GlossaryDef>();
  for (const { id, entry } of glossaryFile) {
    if (entry.term && entry.definition)
      glossary[id.value] = { id: id.value, term: entry.term.value, definition: entry.definition.value };
  }
  const checkMarks = (located: Located<string> | undefined): void => {
    if (!located) return;
    for (const match of located.value.matchAll(GLOSSARY_MARK)) {
      const term = (match[1] ?? '').trim();
      if (!glossary[term])
        report(located.at(match.index), 'unknown-term', `"[[${term}]]" marks a term that is not in glossary.yaml.`);
    }
  };

  const sources = record<SourceDef>();
  const sourcePos = new Map<string, Pos>();
  for (const { id, entry } of sourcesFile) {
    const { title, publisher, year, url } = entry;
    if (url && !isHttpUrl(url.value))
      report(url.pos, 'bad-url', `The URL of source "${id.value}" should start with https:// (or http://).`);
    if (!title || !publisher || !year || !url) continue;
    sources[id.value] = {
      id: id.value,
      title: title.value,
      publisher: publisher.value,
      year: year.value,
      url: url.value,
    };
    sourcePos.set(id.value, id.pos);
  }
  const cited = new Set<string>();
  const facts = record<FactDef>();
  for (const { id, entry } of factsFile) {
    checkMarks(entry.text);
    const refs = entry.sources ?? [];
    if (refs.length === 0)
      report(
        id.pos,
        'fact-without-source',
        `Fact "${id.value}" cites no source: add "sources" with at least one id from sources.yaml.`,
      );
    for (const ref of refs) {
      cited.add(ref.value);
      if (!Object.hasOwn(sources, ref.value) && !sourcesFile.some((s) => s.id.value === ref.value))
        report(ref.pos, 'unknown-source', `Fact "${id.value}" cites "${ref.value}", which is not in sources.yaml.`);
    }
    if (entry.text) facts[id.value] = { id: id.value, text: entry.text.value, sources: refs.map((r) => r.value) };
  }
  for (const { id } of sourcesFile)
    if (!cited.has(id.value))
      report(id.pos, 'unused-source', `Source "${id.value}" is cited by no fact: cite it or remove it.`);
  const checkFact = (ref: Located<string> | undefined, owner: string): void => {
    if (ref && !factsFile.some((f) => f.id.value === ref.value))
      report(ref.pos, 'unknown-fact', `${owner} shows fact "${ref.value}", which is not in facts.yaml.`);
  };

  // Places, for the route map: real coordinates, and a `near` spot within its town's reach.
  const places = record<PlaceDef>();
  const placeIds = new Set(placesFile.map((p) => p.id.value));
  const placeUsed = new Set<string>();
  // A misspelt reference counts the place it most likely meant as used, so one typo is one problem.
  const placeHint = (ref: string): string => {
    const near = closest(ref, placeIds);
    if (near) placeUsed.add(near);
    return near ? ` Did you mean "${near}"?` : '';
  };
  for (const { id, entry } of placesFile) {
    const { name, lat, lon } = entry;
    if (lat && Math.abs(lat.value) > 90)
      report(
        lat.pos,
        'bad-coordinates',
        `Place "${id.value}" has latitude ${lat.value}: a latitude runs from -90 (south) to 90 (north).`,
      );
    if (lon && Math.abs(lon.value) > 180)
      report(
        lon.pos,
        'bad-coordinates',
        `Place "${id.value}" has longitude ${lon.value}: a longitude runs from -180 (west) to 180 (east).`,
      );
    if (!name || !lat || !lon || Math.abs(lat.value) > 90 || Math.abs(lon.value) > 180) continue;
    places[id.value] = { id: id.value, name: name.value, lat: lat.value, lon: lon.value };
  }
  for (const { id, entry } of placesFile) {
    const near = entry.near;
    if (!near) continue;
    placeUsed.add(near.value);
    const target = placesFile.find((p) => p.id.value === near.value);
    if (!target) {
      report(
        near.pos,
        'unknown-place',
        `Place "${id.value}" is near "${near.value}", which is not in places.yaml.${placeHint(near.value)}`,
      );
      continue;
    }
    // One step only, so a route never has to follow a chain (or a loop) to find a spot's town.
    if (target.entry.near || near.value === id.value) {
      report(
        near.pos,
        'near-chain',
        near.value === id.value
          ? `Place "${id.value}" is near itself: "near" names the town a spot belongs to.`
          : `Place "${id.value}" is near "${near.value}", which is itself near "${target.entry.near!.value}": name "${target.entry.near!.value}" directly.`,
      );
      continue;
    }
    const spot = places[id.value];
    const town = places[near.value];
    if (!spot || !town) continue;
    const km = greatCircleKm(spot, town);
    if (km > NEAR_KM)
      report(
        near.pos,
        'bad-coordinates',
        `Place "${id.value}" is near "${near.value}" but ${Math.round(km)} km from it: a "near" spot lies within its town (${NEAR_KM} km at most). Check the coordinates, or drop "near".`,
      );
    else spot.near = near.value;
  }

  // Chapters and scenes.
  const order = storyFile?.chapters ?? [];
  const chapterIds = new Set(chapters.map((c) => c.decoded.id?.value));
  for (const ref of order)
    if (!chapterIds.has(ref.value))
      report(
        ref.pos,
        'unknown-chapter',
        `Chapter "${ref.value}" is listed but no file in ${storyDir}/chapters/ has "id: ${ref.value}".`,
      );
  const sortedChapters = [...chapters].sort((a, b) => rank(a.decoded.id?.value) - rank(b.decoded.id?.value));
  function rank(chapterId: string | undefined): number {
    const index = order.findIndex((o) => o.value === chapterId);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  }

  const scenes = record<SceneDef>();
  const chapterDefs: ChapterDef[] = [];
  const targets: Array<{ ref: Located<string>; from: string }> = [];
  const scenePos = new Map<string, Pos>();
  const choicePos = new Map<string, Pos>();
  for (const { decoded } of sortedChapters) {
    const chapterId = decoded.id;
    if (!chapterId) continue;
    if (!order.some((o) => o.value === chapterId.value))
      report(
        chapterId.pos,
        'missing-chapter',
        `Chapter "${chapterId.value}" is not listed under "chapters" in story.yaml, so no one can play it.`,
      );
    if (!claim(chapterId, 'chapter')) continue;
    const sceneIds: string[] = [];
    for (const { id, entry } of decoded.scenes ?? []) {
      if (!claim(id, 'scene')) continue;
      sceneIds.push(id.value);
      scenePos.set(id.value, id.pos);
      checkMarks(entry.text);
      checkFact(entry.fact, `Scene "${id.value}"`);
      if (entry.place) {
        placeUsed.add(entry.place.value);
        if (!placeIds.has(entry.place.value))
          report(
            entry.place.pos,
            'unknown-place',
            `Scene "${id.value}" is at place "${entry.place.value}", which is not in places.yaml.${placeHint(entry.place.value)}`,
          );
      }
      const choices: ChoiceDef[] = [];
      const choiceIds = new Set<string>();
      for (const choice of entry.choices ?? []) {
        checkMarks(choice.text);
        checkMarks(choice.outcome);
        if (choice.id) {
          choicePos.set(`${id.value}/${choice.id.value}`, choice.pos);
          if (choiceIds.has(choice.id.value))
            report(
              choice.id.pos,
              'duplicate-id',
              `Scene "${id.value}" has two choices with the id "${choice.id.value}".`,
            );
          choiceIds.add(choice.id.value);
        }
        if (Boolean(choice.to) === Boolean(choice.chance))
          report(
            choice.pos,
            choice.to ? 'wrong-type' : 'missing-field',
            `A choice needs exactly one of "to" and "chance"${choice.id ? ` (choice "${choice.id.value}")` : ''}.`,
          );
        if (choice.chance && choice.chance.length === 0)
          report(choice.pos, 'missing-field', `The "chance" of choice "${choice.id?.value ?? '?'}" lists no outcomes.`);
        const compiled: ChoiceDef = { id: choice.id?.value ?? '', text: choice.text?.value ?? '' };
        if (choice.outcome) compiled.outcome = choice.outcome.value;
        const cond = condition(choice.if);
        if (cond) compiled.if = cond;
        const eff = effects(choice.do);
        if (eff) compiled.do = eff;
        if (choice.to) {
          compiled.to = choice.to.value;
          targets.push({ ref: choice.to, from: id.value });
        }
        if (choice.chance) {
          compiled.chance = [];
          for (const outcome of choice.chance) {
            if (outcome.to) targets.push({ ref: outcome.to, from: id.value });
            const w = outcome.weight ? weight(outcome.weight) : undefined;
            const outcomeEffects = effects(outcome.do);
            if (!w || !outcome.to) continue;
            const out: Outcome = { weight: w, to: outcome.to.value };
            if (outcomeEffects) out.do = outcomeEffects;
            compiled.chance.push(out);
          }
        }
        choices.push(compiled);
      }
      if ((entry.choices ?? []).length === 0)
        report(
          id.pos,
          'dead-end',
          `Scene "${id.value}" has no choices: it is not an ending, so the player would be stuck. Add a choice that leads on.`,
        );
      const scene: SceneDef = {
        id: id.value,
        chapter: chapterId.value,
        title: entry.title?.value ?? '',
        text: entry.text?.value ?? '',
        choices,
      };
      for (const key of ['place', 'art', 'sound', 'fact'] as const) {
        const value = entry[key]?.value;
        if (value) scene[key] = value;
      }
      scenes[id.value] = scene;
    }
    const start = decoded.start;
    if (start && !sceneIds.includes(start.value))
      report(
        start.pos,
        'unknown-target',
        `Chapter "${chapterId.value}" starts at "${start.value}", which is not one of its scenes.`,
      );
    chapterDefs.push({
      id: chapterId.value,
      title: decoded.title?.value ?? '',
      ...(decoded.subtitle ? { subtitle: decoded.subtitle.value } : {}),
      start: start?.value ?? sceneIds[0] ?? '',
      questions: (decoded.questions ?? []).map((q) => q.value),
      scenes: sceneIds,
    });
  }

  const endings = record<EndingDef>();
  const endingPos = new Map<string, Pos>();
  // Endings live in endings.yaml or beside the scenes that lead to them, in their chapter's file.
  const allEndings = [
    ...endingsFile.map((e) => ({ ...e, chapter: '' })),
    ...sortedChapters.flatMap(({ decoded }) =>
      (decoded.endings ?? []).map((e) => ({ ...e, chapter: decoded.id?.value ?? '' })),
    ),
  ];
  for (const { id, entry, chapter } of allEndings) {
    if (!claim(id, 'ending')) continue;
    for (const field of [entry.text, entry.epilogue, entry.share]) checkMarks(field);
    for (const ref of entry.facts ?? []) checkFact(ref, `Ending "${id.value}"`);
    endingPos.set(id.value, id.pos);
    endings[id.value] = {
      id: id.value,
      chapter,
      title: entry.title?.value ?? '',
      ...(entry.arrival?.value ? { arrival: true } : {}),
      text: entry.text?.value ?? '',
      epilogue: entry.epilogue?.value ?? '',
      facts: (entry.facts ?? []).map((f) => f.value),
      share: entry.share?.value ?? '',
    };
  }

  for (const { id } of placesFile)
    if (!placeUsed.has(id.value))
      report(
        id.pos,
        'unused-place',
        `No scene happens at place "${id.value}": give a scene "place: ${id.value}" or remove it.`,
      );

  for (const { ref, from } of targets)
    if (!scenes[ref.value] && !endings[ref.value])
      report(
        ref.pos,
        'unknown-target',
        `Scene "${from}" leads to "${ref.value}", which is neither a scene nor an ending.`,
      );
  const start = storyFile?.start;
  if (start && !scenes[start.value])
    report(start.pos, 'unknown-target', `The story starts at "${start.value}", which is not a scene.`);

  if (syntaxBroken) {
    // With a file unread, every reference into it looks broken: report only what each file says
    // about itself until the syntax is mended.
    const storyRead = byName('story.yaml')?.broken === false;
    return { problems: sortProblems(problems.filter((p) => isLocal(p, storyRead))) };
  }
  if (problems.length > 0 || !storyFile || !start) {
    if (storyFile && start && scenes[start.value]) reportUnreached(reachable(start.value, targets));
    return { problems: sortProblems(problems) };
  }

  reportUnreached(reachable(start.value, targets));
  function reportUnreached(seen: Set<string>): void {
    for (const [sceneId, pos] of scenePos)
      if (!seen.has(sceneId))
        report(pos, 'unreachable-scene', `No choice leads to scene "${sceneId}", so no one can reach it.`);
    for (const [endingId, pos] of endingPos)
      if (!seen.has(endingId))
        report(pos, 'unreached-ending', `No choice leads to ending "${endingId}", so no one can reach it.`);
  }

  // Each ending belongs to the first chapter (in playing order) whose scenes lead to it.
  for (const chapter of chapterDefs)
    for (const sceneId of chapter.scenes)
      for (const target of targetsOf(scenes[sceneId]!)) {
        const ending = endings[target];
        if (ending && ending.chapter === '') ending.chapter = chapter.id;
      }

  const body: Omit<CompiledStory, 'hash'> = {
    format: COMPILED_FORMAT,
    title: storyFile.title?.value ?? '',
    premise: storyFile.premise?.value ?? '',
    contentNote: storyFile.contentNote?.value ?? '',
    intro: storyFile.intro?.value ?? '',
    objectives: (storyFile.objectives ?? []).map((o) => o.value),
    start: start.value,
    variables,
    chapters: chapterDefs,
    scenes,
    endings,
    facts,
    sources,
    glossary,
    places,
  };
  // The hash covers what a run replays: the shape, not the words, nor where the map puts a place. A
  // save survives a language switch, a reworded line or a place moved on the map.
  const replayed: Partial<Omit<CompiledStory, 'hash'>> = stripText(body);
  delete replayed.places;
  const story: CompiledStory = { ...body, hash: digest(replayed) };

  if (problems.length === 0 && walk) {
    const { findings } = analyse(story);
    for (const finding of findings) {
      const pos =
        (finding.choice ? choicePos.get(`${finding.scene}/${finding.choice}`) : undefined) ??
        scenePos.get(finding.scene) ??
        endingPos.get(finding.scene) ??
        top;
      report(pos, finding.code, finding.message);
    }
  }
  return problems.length
    ? { problems: sortProblems(problems) }
    : { story, problems: [], positions: new Map([...scenePos, ...endingPos]), choicePositions: choicePos };
}

/** A record with no prototype, so an id such as "constructor" never finds one of Object's. */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Every scene and ending a choice can lead to, ignoring conditions. */
export function targetsOf(scene: SceneDef): string[] {
  return scene.choices.flatMap((c) => (c.to ? [c.to] : (c.chance ?? []).map((o) => o.to)));
}

const LOCAL_CODES = new Set<ProblemCode>([
  'yaml-syntax',
  'unknown-key',
  'missing-field',
  'wrong-type',
  'bad-id',
  'expression-syntax',
  'bad-url',
]);

/** A problem that stands whatever the other files say (variables come from story.yaml). */
function isLocal(problem: Problem, storyRead: boolean): boolean {
  if (LOCAL_CODES.has(problem.code)) return true;
  if (problem.code === 'duplicate-id') return problem.message.startsWith('This key appears twice');
  return storyRead && (problem.code === 'type-error' || problem.code === 'unknown-variable');
}

/** Everything reachable from `start` by the references as written, whatever their conditions. */
function reachable(start: string, references: ReadonlyArray<{ ref: Located<string>; from: string }>): Set<string> {
  const next = new Map<string, string[]>();
  for (const { ref, from } of references) next.set(from, [...(next.get(from) ?? []), ref.value]);
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    for (const target of next.get(queue.shift()!) ?? [])
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
  }
  return seen;
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

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
