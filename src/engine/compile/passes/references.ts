/**
 * Pass 3: the glossary, the sources and the facts, checked for references both ways: a fact cites
 * sources that exist, every source is cited. `checkMarks` and `checkFact` serve the later passes,
 * for the `[[term]]` marks and the fact cards of scenes and endings.
 */
import type { CompileContext } from '../context.ts';
import type { Located } from '../decode.ts';

const GLOSSARY_MARK = /\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;

export function references(ctx: CompileContext): void {
  const { source } = ctx;
  for (const { id, entry } of source.glossary) {
    if (entry.term && entry.definition)
      ctx.glossary[id.value] = { id: id.value, term: entry.term.value, definition: entry.definition.value };
  }

  for (const { id, entry } of source.sources) {
    const { title, publisher, year, url } = entry;
    if (url && !isHttpUrl(url.value))
      ctx.report(url.pos, 'bad-url', `The URL of source "${id.value}" should start with https:// (or http://).`);
    if (!title || !publisher || !year || !url) continue;
    ctx.sources[id.value] = {
      id: id.value,
      title: title.value,
      publisher: publisher.value,
      year: year.value,
      url: url.value,
    };
  }

  const cited = new Set<string>();
  for (const { id, entry } of source.facts) {
    checkMarks(ctx, entry.text);
    const refs = entry.sources ?? [];
    if (refs.length === 0)
      ctx.report(
        id.pos,
        'fact-without-source',
        `Fact "${id.value}" cites no source: add "sources" with at least one id from sources.yaml.`,
      );
    for (const ref of refs) {
      cited.add(ref.value);
      if (!Object.hasOwn(ctx.sources, ref.value) && !source.sources.some((s) => s.id.value === ref.value))
        ctx.report(ref.pos, 'unknown-source', `Fact "${id.value}" cites "${ref.value}", which is not in sources.yaml.`);
    }
    if (entry.text) ctx.facts[id.value] = { id: id.value, text: entry.text.value, sources: refs.map((r) => r.value) };
  }
  for (const { id } of source.sources)
    if (!cited.has(id.value))
      ctx.report(id.pos, 'unused-source', `Source "${id.value}" is cited by no fact: cite it or remove it.`);
}

/** Reports each `[[term]]` mark in a text whose term is not in the glossary. */
export function checkMarks(ctx: CompileContext, located: Located<string> | undefined): void {
  if (!located) return;
  for (const match of located.value.matchAll(GLOSSARY_MARK)) {
    const term = (match[1] ?? '').trim();
    if (!ctx.glossary[term])
      ctx.report(located.at(match.index), 'unknown-term', `"[[${term}]]" marks a term that is not in glossary.yaml.`);
  }
}

/** Reports a fact card (`owner` shows it: `Scene "gate"`) that is not in facts.yaml. */
export function checkFact(ctx: CompileContext, ref: Located<string> | undefined, owner: string): void {
  if (ref && !ctx.source.facts.some((f) => f.id.value === ref.value))
    ctx.report(ref.pos, 'unknown-fact', `${owner} shows fact "${ref.value}", which is not in facts.yaml.`);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
