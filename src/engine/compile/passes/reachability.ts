/**
 * Pass 8: every scene and ending some choice leads to from the start, along the targets as
 * written, whatever their conditions (the walk pass looks at conditions). Skipped while the start
 * is not a scene: then everything would look unreached.
 */
import { adjacency, reachableFrom } from '../../graph.ts';
import type { CompileContext } from '../context.ts';

export function reachability(ctx: CompileContext): void {
  const start = ctx.source.story?.start?.value;
  if (start === undefined || !ctx.scenes[start]) return;
  const next = adjacency(ctx.targets.map(({ ref, from }) => ({ from, to: ref.value })));
  const seen = reachableFrom([start], next);
  for (const [sceneId, pos] of ctx.scenePos)
    if (!seen.has(sceneId))
      ctx.report(pos, 'unreachable-scene', `No choice leads to scene "${sceneId}", so no one can reach it.`);
  for (const [endingId, pos] of ctx.endingPos)
    if (!seen.has(endingId))
      ctx.report(pos, 'unreached-ending', `No choice leads to ending "${endingId}", so no one can reach it.`);
}
