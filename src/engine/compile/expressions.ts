/**
 * A choice's condition, a chance outcome's weight and the effects of either, parsed and typed
 * against the story's variables (the variables pass must have run); each problem points at the
 * character where it starts.
 */
import type { Effect, Expr } from '../expression.ts';
import type { CompileContext } from './context.ts';
import type { Located } from './decode.ts';
import { parseEffects, parseExpression, type ExprError } from './expression-parser.ts';

function reportAll(ctx: CompileContext, located: Located<string>, errors: ExprError[]): void {
  for (const error of errors) ctx.report(located.at(error.offset), error.code, error.message);
}

/** An `if:`, which must be true or false. */
export function condition(ctx: CompileContext, source: Located<string> | undefined): Expr | undefined {
  if (!source) return undefined;
  const { expr, errors } = parseExpression(source.value, ctx.variableTypes, 'boolean');
  reportAll(ctx, source, errors);
  return expr;
}

/** A chance outcome's `weight:`, which must be a number. */
export function weight(ctx: CompileContext, source: Located<string>): Expr | undefined {
  const { expr, errors } = parseExpression(source.value, ctx.variableTypes, 'number');
  reportAll(ctx, source, errors);
  return expr;
}

/** A `do:`, a list of assignments. */
export function effects(ctx: CompileContext, source: Located<string> | undefined): Effect[] | undefined {
  if (!source) return undefined;
  const parsed = parseEffects(source.value, ctx.variableTypes);
  reportAll(ctx, source, parsed.errors);
  return parsed.effects;
}
