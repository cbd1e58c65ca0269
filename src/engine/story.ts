/**
 * The compiled story: what the compiler emits and the runtime reads. Pure data (JSON), no functions,
 * so it can be inlined into the bundle and compared against fixtures.
 */
import type { Effect, Expr } from './expression.ts';

/** Bumped whenever the compiled shape changes, so stale saves and fixtures are caught. */
export const COMPILED_FORMAT = 1;

export type VariableType = 'number' | 'boolean';

export interface VariableDef {
  type: VariableType;
  initial: number | boolean;
  min?: number;
  max?: number;
  about?: string;
}

export interface ChapterDef {
  id: string;
  title: string;
  subtitle?: string;
  start: string;
  questions: string[];
  scenes: string[];
}

export interface Outcome {
  weight: Expr;
  to: string;
  do?: Effect[];
}

export interface ChoiceDef {
  id: string;
  text: string;
  /**
   * A short paragraph of its own, shown first in the scene or ending the choice leads to, so two
   * choices that go to the same place still read differently (a story word, translated like the rest).
   */
  outcome?: string;
  if?: Expr;
  do?: Effect[];
  /** Exactly one of `to` and `chance` is set. */
  to?: string;
  chance?: Outcome[];
}

export interface SceneDef {
  id: string;
  chapter: string;
  title: string;
  place?: string;
  art?: string;
  sound?: string;
  fact?: string;
  text: string;
  choices: ChoiceDef[];
}

export interface EndingDef {
  id: string;
  /** The chapter whose file holds it, or else the first (in playing order) whose scenes lead to it. */
  chapter: string;
  title: string;
  /** True for an ending where she reaches safety (Seoul): the length budgets measure runs to these. */
  arrival?: boolean;
  text: string;
  epilogue: string;
  facts: string[];
  share: string;
}

export interface FactDef {
  id: string;
  text: string;
  sources: string[];
}

export interface SourceDef {
  id: string;
  title: string;
  publisher: string;
  year: number;
  url: string;
}

/** A place on the route map: where scenes happen, by latitude and longitude (degrees, WGS 84). */
export interface PlaceDef {
  id: string;
  /** Its name, a story word (translated like the glossary's terms). */
  name: string;
  lat: number;
  lon: number;
  /** A spot within another place's town (a market, a riverbank): the route counts it as that place. */
  near?: string;
}

export interface GlossaryDef {
  id: string;
  term: string;
  definition: string;
}

export interface CompiledStory {
  format: typeof COMPILED_FORMAT;
  /** A digest of everything below: a save made against another story version is refused. */
  hash: string;
  title: string;
  premise: string;
  contentNote: string;
  intro: string;
  /** Learning objectives for the whole story, for teachers. */
  objectives: string[];
  start: string;
  variables: Record<string, VariableDef>;
  chapters: ChapterDef[];
  scenes: Record<string, SceneDef>;
  endings: Record<string, EndingDef>;
  facts: Record<string, FactDef>;
  sources: Record<string, SourceDef>;
  glossary: Record<string, GlossaryDef>;
  /** The map's places, from places.yaml (empty when a story has none). */
  places: Record<string, PlaceDef>;
}

export type Vars = Record<string, number | boolean>;

/** The starting values of every variable. */
export function initialVars(story: CompiledStory): Vars {
  const vars: Vars = {};
  for (const [name, def] of Object.entries(story.variables)) vars[name] = def.initial;
  return vars;
}
