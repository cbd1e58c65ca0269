/**
 * Parses and type-checks the story's expressions at build time. Conditions and weights are
 * expressions; effects are `name = expr`, `name += expr`, `name -= expr` joined by `;`.
 */
import type { AssignOp, BinaryOp, Effect, Expr } from '../expression.ts';
import type { VariableType } from '../story.ts';

/** An error at a character offset within the expression's text. */
export interface ExprError {
  offset: number;
  code: 'expression-syntax' | 'unknown-variable' | 'type-error';
  message: string;
}

type Token =
  | { t: 'num'; v: number; at: number; len: number }
  | { t: 'name'; v: string; at: number; len: number }
  | { t: 'op'; v: string; at: number; len: number }
  | { t: 'end'; at: number; len: 0 };

const OPERATORS = ['+=', '-=', '==', '!=', '<=', '>=', '<', '>', '=', '+', '-', '*', '(', ')', ';'];

class SyntaxFailure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const number = /^\d+(\.\d+)?/.exec(source.slice(i));
    if (number) {
      tokens.push({ t: 'num', v: Number(number[0]), at: i, len: number[0].length });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (name) {
      tokens.push({ t: 'name', v: name[0], at: i, len: name[0].length });
      i += name[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (op) {
      tokens.push({ t: 'op', v: op, at: i, len: op.length });
      i += op.length;
      continue;
    }
    const hint = c === '&' || c === '|' || c === '!' ? ` (write "and", "or", "not")` : '';
    throw new SyntaxFailure(i, `Unexpected character "${c}"${hint}.`);
  }
  tokens.push({ t: 'end', at: source.length, len: 0 });
  return tokens;
}

/** Where each node of a parsed expression starts, for pointing type errors at it. */
type Spanned = Expr & { at: number };

// A Map, not an object literal: a writer's word like "constructor" must not find Object's prototype.
const BINARY_PRECEDENCE = new Map<string, number>([
  ['or', 1],
  ['and', 2],
  ['==', 3],
  ['!=', 3],
  ['<', 4],
  ['<=', 4],
  ['>', 4],
  ['>=', 4],
  ['+', 5],
  ['-', 5],
  ['*', 6],
]);

class Parser {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  next(): Token {
    const token = this.peek();
    if (token.t !== 'end') this.index++;
    return token;
  }

  isOp(value: string): boolean {
    const token = this.peek();
    return token.t === 'op' && token.v === value;
  }

  expression(minPrecedence = 1): Spanned {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      const op = token.t === 'op' || token.t === 'name' ? token.v : '';
      const precedence = BINARY_PRECEDENCE.get(op);
      if (precedence === undefined || precedence < minPrecedence) return left;
      this.next();
      const right = this.expression(precedence + 1);
      left = { k: 'bin', op: op as BinaryOp, l: left, r: right, at: left.at };
    }
  }

  unary(): Spanned {
    const token = this.peek();
    if (token.t === 'name' && token.v === 'not') {
      this.next();
      return { k: 'not', e: this.expression(3), at: token.at };
    }
    if (token.t === 'op' && token.v === '-') {
      this.next();
      return { k: 'neg', e: this.unary(), at: token.at };
    }
    return this.primary();
  }

  primary(): Spanned {
    const token = this.next();
    if (token.t === 'num') return { k: 'num', v: token.v, at: token.at };
    if (token.t === 'name') {
      if (token.v === 'true' || token.v === 'false') return { k: 'bool', v: token.v === 'true', at: token.at };
      if (BINARY_PRECEDENCE.has(token.v) || token.v === 'not')
        throw new SyntaxFailure(token.at, `Expected a value before "${token.v}".`);
      return { k: 'var', name: token.v, at: token.at };
    }
    if (token.t === 'op' && token.v === '(') {
      const inner = this.expression();
      const close = this.next();
      if (close.t !== 'op' || close.v !== ')') throw new SyntaxFailure(close.at, 'Expected ")" to close "(".');
      return inner;
    }
    if (token.t === 'end') throw new SyntaxFailure(token.at, 'The expression ends too soon: a value is missing.');
    throw new SyntaxFailure(token.at, `Expected a value, found "${token.v}".`);
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.t !== 'end') {
      const shown = token.t === 'num' ? String(token.v) : token.v;
      throw new SyntaxFailure(token.at, `Unexpected "${shown}" after a complete expression.`);
    }
  }
}

/** Strips the offsets the checker uses, leaving the compact tree that ships. */
function strip(node: Spanned | Expr): Expr {
  switch (node.k) {
    case 'num':
    case 'bool':
      return { k: node.k, v: node.v } as Expr;
    case 'var':
      return { k: 'var', name: node.name };
    case 'not':
    case 'neg':
      return { k: node.k, e: strip(node.e) };
    case 'bin':
      return { k: 'bin', op: node.op, l: strip(node.l), r: strip(node.r) };
  }
}

function typeOf(node: Spanned, vars: ReadonlyMap<string, VariableType>, errors: ExprError[]): VariableType | undefined {
  const at = (n: Expr): number => (n as Spanned).at;
  const expect = (child: Expr, want: VariableType, why: string): void => {
    const got = typeOf(child as Spanned, vars, errors);
    if (got !== undefined && got !== want)
      errors.push({ offset: at(child), code: 'type-error', message: `${why} needs a ${want}, but this is a ${got}.` });
  };
  switch (node.k) {
    case 'num':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'var': {
      const type = vars.get(node.name);
      if (type === undefined)
        errors.push({
          offset: node.at,
          code: 'unknown-variable',
          message: `Unknown variable "${node.name}": declare it under "variables" in story.yaml.`,
        });
      return type;
    }
    case 'not':
      expect(node.e, 'boolean', '"not"');
      return 'boolean';
    case 'neg':
      expect(node.e, 'number', 'A minus sign');
      return 'number';
    case 'bin': {
      const { op, l, r } = node;
      if (op === 'and' || op === 'or') {
        expect(l, 'boolean', `"${op}"`);
        expect(r, 'boolean', `"${op}"`);
        return 'boolean';
      }
      if (op === '==' || op === '!=') {
        const a = typeOf(l as Spanned, vars, errors);
        const b = typeOf(r as Spanned, vars, errors);
        if (a !== undefined && b !== undefined && a !== b)
          errors.push({ offset: at(r), code: 'type-error', message: `"${op}" compares a ${a} with a ${b}.` });
        return 'boolean';
      }
      expect(l, 'number', `"${op}"`);
      expect(r, 'number', `"${op}"`);
      return op === '+' || op === '-' || op === '*' ? 'number' : 'boolean';
    }
  }
}

function failure(error: unknown): ExprError {
  if (error instanceof SyntaxFailure)
    return { offset: error.offset, code: 'expression-syntax', message: error.message };
  throw error;
}

/** Parses an expression and checks that it has type `want` (boolean for conditions, number for weights). */
export function parseExpression(
  source: string,
  vars: ReadonlyMap<string, VariableType>,
  want: VariableType,
): { expr?: Expr; errors: ExprError[] } {
  let tree: Spanned;
  try {
    const parser = new Parser(tokenize(source));
    tree = parser.expression();
    parser.expectEnd();
  } catch (error) {
    return { errors: [failure(error)] };
  }
  const errors: ExprError[] = [];
  const type = typeOf(tree, vars, errors);
  if (errors.length === 0 && type !== undefined && type !== want)
    errors.push({
      offset: 0,
      code: 'type-error',
      message:
        want === 'boolean'
          ? `A condition must be true or false, but this is a ${type}.`
          : `A weight must be a number, but this is a ${type}.`,
    });
  return errors.length ? { errors } : { expr: strip(tree), errors };
}

/** Parses `name = expr; name += expr; …`, checking names and types. */
export function parseEffects(
  source: string,
  vars: ReadonlyMap<string, VariableType>,
): { effects?: Effect[]; errors: ExprError[] } {
  let tokens: Token[];
  try {
    tokens = tokenize(source);
  } catch (error) {
    return { errors: [failure(error)] };
  }
  const effects: Effect[] = [];
  const errors: ExprError[] = [];
  // Split on `;` so each statement is parsed on its own and every bad one is reported.
  let statement: Token[] = [];
  const end = tokens[tokens.length - 1]!;
  const flush = (closing: Token): void => {
    if (statement.length === 0) {
      if (closing.t !== 'end' || effects.length + errors.length === 0)
        errors.push({ offset: closing.at, code: 'expression-syntax', message: 'An effect is missing here.' });
      return;
    }
    const [target, op] = statement;
    if (target?.t !== 'name' || op?.t !== 'op' || !['=', '+=', '-='].includes(op.v)) {
      errors.push({
        offset: target?.at ?? closing.at,
        code: 'expression-syntax',
        message: 'An effect reads "name = value", "name += value" or "name -= value".',
      });
      statement = [];
      return;
    }
    const valueTokens: Token[] = [...statement.slice(2), { t: 'end', at: closing.at, len: 0 }];
    statement = [];
    let tree: Spanned;
    try {
      const parser = new Parser(valueTokens);
      tree = parser.expression();
      parser.expectEnd();
    } catch (error) {
      errors.push(failure(error));
      return;
    }
    const type = vars.get(target.v);
    const before = errors.length;
    const valueType = typeOf(tree, vars, errors);
    if (type === undefined) {
      errors.push({
        offset: target.at,
        code: 'unknown-variable',
        message: `Unknown variable "${target.v}": declare it under "variables" in story.yaml.`,
      });
      return;
    }
    if (op.v !== '=' && type !== 'number')
      errors.push({
        offset: op.at,
        code: 'type-error',
        message: `"${op.v}" needs a number, but "${target.v}" is a ${type}.`,
      });
    else if (valueType !== undefined && valueType !== type && errors.length === before)
      errors.push({
        offset: tree.at,
        code: 'type-error',
        message: `"${target.v}" is a ${type}, but this value is a ${valueType}.`,
      });
    if (errors.length === before) effects.push({ name: target.v, op: op.v as AssignOp, e: strip(tree) });
  };
  for (const token of tokens) {
    if (token.t === 'end') break;
    if (token.t === 'op' && token.v === ';') flush(token);
    else statement.push(token);
  }
  if (statement.length > 0) flush(end);
  else if (effects.length + errors.length === 0) flush(end);
  return errors.length ? { errors } : { effects, errors };
}
