/**
 * Pass 7: every `to` names a scene or an ending, and the story's `start` a scene. Run once the
 * chapters and endings passes have read every id.
 */
import type { CompileContext } from '../context.ts';

export function targets(ctx: CompileContext): void {
  for (const { ref, from } of ctx.targets)
    if (!ctx.scenes[ref.value] && !ctx.endings[ref.value])
      ctx.report(
        ref.pos,
        'unknown-target',
        `Scene "${from}" leads to "${ref.value}", which is neither a scene nor an ending.`,
      );
  const start = ctx.source.story?.start;
  if (start && !ctx.scenes[start.value])
    ctx.report(start.pos, 'unknown-target', `The story starts at "${start.value}", which is not a scene.`);
}
