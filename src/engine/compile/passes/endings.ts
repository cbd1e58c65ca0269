/**
 * Pass 6: the endings, from endings.yaml or beside the scenes that lead to them in their chapter's
 * file. Each one's id is claimed in the namespace the chapters and scenes share; one from
 * endings.yaml belongs to the first chapter, in playing order, whose scenes lead to it.
 */
import { targetsOf } from '../../graph.ts';
import { claim, type CompileContext } from '../context.ts';
import { checkFact, checkMarks } from './references.ts';

export function endings(ctx: CompileContext): void {
  const all = [
    ...ctx.source.endings.map((e) => ({ ...e, chapter: '' })),
    ...ctx.source.chapters.flatMap(({ decoded }) =>
      (decoded.endings ?? []).map((e) => ({ ...e, chapter: decoded.id?.value ?? '' })),
    ),
  ];
  for (const { id, entry, chapter } of all) {
    if (!claim(ctx, id, 'ending')) continue;
    for (const field of [entry.text, entry.epilogue, entry.share]) checkMarks(ctx, field);
    for (const ref of entry.facts ?? []) checkFact(ctx, ref, `Ending "${id.value}"`);
    ctx.endingPos.set(id.value, id.pos);
    ctx.endings[id.value] = {
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

  for (const chapter of ctx.chapters)
    for (const sceneId of chapter.scenes)
      for (const target of targetsOf(ctx.scenes[sceneId]!)) {
        const ending = ctx.endings[target];
        if (ending && ending.chapter === '') ending.chapter = chapter.id;
      }
}
