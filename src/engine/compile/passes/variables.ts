/**
 * Pass 2: the variables declared in story.yaml, each initial value of its type and inside its
 * range. They come first: every condition and effect is checked against them.
 */
import type { VariableDef } from '../../story.ts';
import type { CompileContext } from '../context.ts';

export function variables(ctx: CompileContext): void {
  for (const { id, entry } of ctx.source.story?.variables ?? []) {
    const type = entry.type?.value;
    const initial = entry.initial;
    if (!type || !initial) continue;
    if (typeof initial.value !== (type === 'number' ? 'number' : 'boolean')) {
      ctx.report(
        initial.pos,
        'wrong-type',
        `Variable "${id.value}" is a ${type}, so its initial value must be ${type === 'number' ? 'a number' : 'true or false'}.`,
      );
      continue;
    }
    const def: VariableDef = { type, initial: initial.value };
    if (entry.min || entry.max) {
      if (type !== 'number') {
        ctx.report(
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
          ctx.report(
            initial.pos,
            'wrong-type',
            `Variable "${id.value}" starts at ${n}, outside its range ${def.min ?? '…'} to ${def.max ?? '…'}.`,
          );
      }
    }
    if (entry.about) def.about = entry.about.value;
    ctx.variables[id.value] = def;
    ctx.variableTypes.set(id.value, type);
  }
}
