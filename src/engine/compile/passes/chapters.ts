/**
 * Pass 5: the chapters, in playing order, and their scenes and choices: ids claimed, each chapter
 * listed in story.yaml and each listed one present, every choice with exactly one of `to` and
 * `chance`, conditions and effects typed, every scene with a way on. The targets are only noted
 * here: the targets pass checks them once the endings are known.
 */
import type { ChoiceDef, Outcome, SceneDef } from '../../story.ts';
import { claim, type CompileContext } from '../context.ts';
import type { DecodedSource } from '../context.ts';
import { condition, effects, weight } from '../expressions.ts';
import { checkPlace } from './places.ts';
import { checkFact, checkMarks } from './references.ts';

type DecodedChapter = DecodedSource['chapters'][number]['decoded'];
type DecodedScene = NonNullable<DecodedChapter['scenes']>[number];
type DecodedChoice = NonNullable<DecodedScene['entry']['choices']>[number];

export function chapters(ctx: CompileContext): void {
  const order = ctx.source.story?.chapters ?? [];
  const chapterIds = new Set(ctx.source.chapters.map((c) => c.decoded.id?.value));
  for (const ref of order)
    if (!chapterIds.has(ref.value))
      ctx.report(
        ref.pos,
        'unknown-chapter',
        `Chapter "${ref.value}" is listed but no file in ${ctx.storyDir}/chapters/ has "id: ${ref.value}".`,
      );

  for (const { decoded } of ctx.source.chapters) {
    const chapterId = decoded.id;
    if (!chapterId) continue;
    if (!order.some((o) => o.value === chapterId.value))
      ctx.report(
        chapterId.pos,
        'missing-chapter',
        `Chapter "${chapterId.value}" is not listed under "chapters" in story.yaml, so no one can play it.`,
      );
    if (!claim(ctx, chapterId, 'chapter')) continue;
    const sceneIds: string[] = [];
    for (const scene of decoded.scenes ?? []) {
      if (!claim(ctx, scene.id, 'scene')) continue;
      sceneIds.push(scene.id.value);
      ctx.scenes[scene.id.value] = sceneOf(ctx, scene, chapterId.value);
    }
    const start = decoded.start;
    if (start && !sceneIds.includes(start.value))
      ctx.report(
        start.pos,
        'unknown-target',
        `Chapter "${chapterId.value}" starts at "${start.value}", which is not one of its scenes.`,
      );
    ctx.chapters.push({
      id: chapterId.value,
      title: decoded.title?.value ?? '',
      ...(decoded.subtitle ? { subtitle: decoded.subtitle.value } : {}),
      start: start?.value ?? sceneIds[0] ?? '',
      questions: (decoded.questions ?? []).map((q) => q.value),
      scenes: sceneIds,
    });
  }
}

function sceneOf(ctx: CompileContext, { id, entry }: DecodedScene, chapter: string): SceneDef {
  ctx.scenePos.set(id.value, id.pos);
  checkMarks(ctx, entry.text);
  checkFact(ctx, entry.fact, `Scene "${id.value}"`);
  if (entry.place) checkPlace(ctx, entry.place, id.value);
  const choices: ChoiceDef[] = [];
  const choiceIds = new Set<string>();
  for (const choice of entry.choices ?? []) {
    if (choice.id) {
      ctx.choicePos.set(`${id.value}/${choice.id.value}`, choice.pos);
      if (choiceIds.has(choice.id.value))
        ctx.report(
          choice.id.pos,
          'duplicate-id',
          `Scene "${id.value}" has two choices with the id "${choice.id.value}".`,
        );
      choiceIds.add(choice.id.value);
    }
    choices.push(choiceOf(ctx, choice, id.value));
  }
  if ((entry.choices ?? []).length === 0)
    ctx.report(
      id.pos,
      'dead-end',
      `Scene "${id.value}" has no choices: it is not an ending, so the player would be stuck. Add a choice that leads on.`,
    );
  const scene: SceneDef = {
    id: id.value,
    chapter,
    title: entry.title?.value ?? '',
    text: entry.text?.value ?? '',
    choices,
  };
  for (const key of ['place', 'art', 'sound', 'fact'] as const) {
    const value = entry[key]?.value;
    if (value) scene[key] = value;
  }
  return scene;
}

function choiceOf(ctx: CompileContext, choice: DecodedChoice, sceneId: string): ChoiceDef {
  checkMarks(ctx, choice.text);
  checkMarks(ctx, choice.outcome);
  if (Boolean(choice.to) === Boolean(choice.chance))
    ctx.report(
      choice.pos,
      choice.to ? 'wrong-type' : 'missing-field',
      `A choice needs exactly one of "to" and "chance"${choice.id ? ` (choice "${choice.id.value}")` : ''}.`,
    );
  if (choice.chance && choice.chance.length === 0)
    ctx.report(choice.pos, 'missing-field', `The "chance" of choice "${choice.id?.value ?? '?'}" lists no outcomes.`);
  const compiled: ChoiceDef = { id: choice.id?.value ?? '', text: choice.text?.value ?? '' };
  if (choice.outcome) compiled.outcome = choice.outcome.value;
  const cond = condition(ctx, choice.if);
  if (cond) compiled.if = cond;
  const eff = effects(ctx, choice.do);
  if (eff) compiled.do = eff;
  if (choice.to) {
    compiled.to = choice.to.value;
    ctx.targets.push({ ref: choice.to, from: sceneId });
  }
  if (choice.chance) {
    compiled.chance = [];
    for (const outcome of choice.chance) {
      if (outcome.to) ctx.targets.push({ ref: outcome.to, from: sceneId });
      const w = outcome.weight ? weight(ctx, outcome.weight) : undefined;
      const outcomeEffects = effects(ctx, outcome.do);
      if (!w || !outcome.to) continue;
      const out: Outcome = { weight: w, to: outcome.to.value };
      if (outcomeEffects) out.do = outcomeEffects;
      compiled.chance.push(out);
    }
  }
  return compiled;
}
