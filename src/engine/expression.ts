/**
 * The story's expression language at run time: syntax trees made by the compiler, evaluated here.
 * Nothing is ever turned back into source or run as JavaScript.
 */
import type { VariableDef, Vars } from './story.ts';

export type BinaryOp = '+' | '-' | '*' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'and' | 'or';

export type Expr =
  | { k: 'num'; v: number }
  | { k: 'bool'; v: boolean }
  | { k: 'var'; name: string }
  | { k: 'not'; e: Expr }
  | { k: 'neg'; e: Expr }
  | { k: 'bin'; op: BinaryOp; l: Expr; r: Expr };

export type AssignOp = '=' | '+=' | '-=';

export interface Effect {
  name: string;
  op: AssignOp;
  e: Expr;
}

/** Evaluates a type-checked expression against the run's variables. */
export function evaluate(expr: Expr, vars: Vars): number | boolean {
  switch (expr.k) {
    case 'num':
    case 'bool':
      return expr.v;
    case 'var': {
      const value = vars[expr.name];
      if (value === undefined) throw new Error(`Unknown variable "${expr.name}"`);
      return value;
    }
    case 'not':
      return !evaluate(expr.e, vars);
    case 'neg':
      return -num(evaluate(expr.e, vars));
    case 'bin':
      return binary(expr.op, expr.l, expr.r, vars);
  }
}

function binary(op: BinaryOp, l: Expr, r: Expr, vars: Vars): number | boolean {
  // `and` and `or` short-circuit, like every reader expects.
  if (op === 'and') return Boolean(evaluate(l, vars)) && Boolean(evaluate(r, vars));
  if (op === 'or') return Boolean(evaluate(l, vars)) || Boolean(evaluate(r, vars));
  const a = evaluate(l, vars);
  const b = evaluate(r, vars);
  switch (op) {
    case '+':
      return num(a) + num(b);
    case '-':
      return num(a) - num(b);
    case '*':
      return num(a) * num(b);
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return num(a) < num(b);
    case '<=':
      return num(a) <= num(b);
    case '>':
      return num(a) > num(b);
    case '>=':
      return num(a) >= num(b);
  }
}

function num(value: number | boolean): number {
  return typeof value === 'number' ? value : Number(value);
}

/** True when a choice's condition holds (no condition always holds). */
export function holds(condition: Expr | undefined, vars: Vars): boolean {
  return condition === undefined || evaluate(condition, vars) === true;
}

/** Applies effects in order, each seeing the ones before it; numbers stay within min and max. */
export function applyEffects(
  effects: readonly Effect[] | undefined,
  vars: Vars,
  defs: Record<string, VariableDef>,
): Vars {
  if (!effects || effects.length === 0) return vars;
  const next = { ...vars };
  for (const { name, op, e } of effects) {
    const value = evaluate(e, next);
    const current = next[name];
    let result: number | boolean =
      op === '=' ? value : op === '+=' ? num(current ?? 0) + num(value) : num(current ?? 0) - num(value);
    const def = defs[name];
    if (typeof result === 'number' && def) {
      if (def.min !== undefined) result = Math.max(def.min, result);
      if (def.max !== undefined) result = Math.min(def.max, result);
    }
    next[name] = result;
  }
  return next;
}
