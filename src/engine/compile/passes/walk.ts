/**
 * Pass 9, on a story that is otherwise sound: its states walked with every condition and effect
 * (analyse.ts), to find the scenes where a run gets stuck and the choices that never open.
 */
import type { CompiledStory } from '../../story.ts';
import { analyse } from '../analyse.ts';
import type { CompileContext } from '../context.ts';
import type { Pos } from '../problems.ts';

export function walk(ctx: CompileContext, story: CompiledStory): void {
  const top: Pos = { file: `${ctx.storyDir}/story.yaml`, line: 1, column: 1 };
  for (const finding of analyse(story).findings) {
    const pos =
      (finding.choice ? ctx.choicePos.get(`${finding.scene}/${finding.choice}`) : undefined) ??
      ctx.scenePos.get(finding.scene) ??
      ctx.endingPos.get(finding.scene) ??
      top;
    ctx.report(pos, finding.code, finding.message);
  }
}
