/** The shape of each story file. Every mapping is strict: a key not listed here is an error. */
import {
  boolean,
  id,
  list,
  looseText,
  number,
  object,
  oneOf,
  optional,
  record,
  required,
  text,
  variableName,
  type Decoder,
  type Located,
} from './decode.ts';

const numberOrBoolean: Decoder<Located<number | boolean>> = (node, ctx, where, label) => {
  const asNumber = (node as { value?: unknown } | null)?.value;
  return typeof asNumber === 'boolean' ? boolean(node, ctx, where, label) : number(node, ctx, where, label);
};

export const variableSchema = object({
  type: required(oneOf('number', 'boolean')),
  initial: required(numberOrBoolean),
  min: optional(number),
  max: optional(number),
  about: optional(text),
});

export const storySchema = object({
  title: required(text),
  premise: required(text),
  contentNote: required(text),
  intro: required(text),
  start: required(id),
  chapters: required(list(id, 'chapter')),
  objectives: optional(list(text, 'objective')),
  variables: optional(record(variableSchema, 'variable', variableName)),
});

export const outcomeSchema = object({
  weight: required(looseText),
  to: required(id),
  do: optional(looseText),
});

export const choiceSchema = object({
  id: required(id),
  text: required(text),
  outcome: optional(text),
  if: optional(looseText),
  do: optional(looseText),
  to: optional(id),
  chance: optional(list(outcomeSchema, 'outcome')),
});

export const sceneSchema = object({
  title: required(text),
  place: optional(id),
  art: optional(id),
  sound: optional(id),
  fact: optional(id),
  text: required(text),
  choices: optional(list(choiceSchema, 'choice')),
});

export const endingSchema = object({
  title: required(text),
  arrival: optional(boolean),
  text: required(text),
  epilogue: required(text),
  facts: optional(list(id, 'fact')),
  share: required(text),
});

export const chapterSchema = object({
  id: required(id),
  title: required(text),
  subtitle: optional(text),
  start: required(id),
  questions: optional(list(text, 'question')),
  scenes: required(record(sceneSchema, 'scene')),
  endings: optional(record(endingSchema, 'ending')),
});

export const factSchema = object({
  text: required(text),
  sources: optional(list(id, 'source')),
});

export const sourceSchema = object({
  title: required(text),
  publisher: required(text),
  year: required(number),
  url: required(text),
});

export const glossarySchema = object({
  term: required(looseText),
  definition: required(text),
});

export const placeSchema = object({
  name: required(text),
  lat: required(number),
  lon: required(number),
  near: optional(id),
});

export const endingsSchema = record(endingSchema, 'ending');
export const factsSchema = record(factSchema, 'fact');
export const sourcesSchema = record(sourceSchema, 'source');
export const glossaryFileSchema = record(glossarySchema, 'glossary term');
export const placesFileSchema = record(placeSchema, 'place');
