import { describe, expect, it } from 'vitest';
import { parseEffects, parseExpression } from '../../src/engine/compile/expression-parser.ts';
import { applyEffects, evaluate } from '../../src/engine/expression.ts';
import type { VariableDef } from '../../src/engine/story.ts';

const types = new Map([
  ['money', 'number'],
  ['risk', 'number'],
  ['brother', 'boolean'],
] as const);
const defs: Record<string, VariableDef> = {
  money: { type: 'number', initial: 0, min: 0, max: 1000 },
  risk: { type: 'number', initial: 0, min: 0, max: 10 },
  brother: { type: 'boolean', initial: false },
};
const vars = { money: 600, risk: 2, brother: false };

function value(source: string, want: 'number' | 'boolean' = 'boolean') {
  const { expr, errors } = parseExpression(source, types, want);
  expect(errors).toEqual([]);
  return evaluate(expr!, vars);
}

describe('conditions and weights', () => {
  it.each([
    ['money >= 500 and not brother', true],
    ['money >= 500 and brother', false],
    ['not brother or money < 0', true],
    ['not money > 100', false],
    ['brother == false', true],
    ['risk != 2', false],
    ['(money - 100) * 2 == 1000', true],
    ['1 + 2 * 3 == 7', true],
    ['-risk < 0', true],
    ['true and (false or true)', true],
  ])('%s is %s', (source, expected) => {
    expect(value(source)).toBe(expected);
  });

  it.each([
    ['3 - risk', 1],
    ['1 + risk', 3],
    ['risk * 0.5', 1],
  ])('weight %s is %s', (source, expected) => {
    expect(value(source, 'number')).toBe(expected);
  });

  it.each([
    ['money >= ', 9, 'expression-syntax'],
    ['money && brother', 6, 'expression-syntax'],
    ['(money > 1', 10, 'expression-syntax'],
    ['money > 1 1', 10, 'expression-syntax'],
    ['wealth > 1', 0, 'unknown-variable'],
    ['brother + 1', 0, 'type-error'],
    ['money and brother', 0, 'type-error'],
    ['money == brother', 9, 'type-error'],
    ['money + 1', 0, 'type-error'],
  ] as const)('rejects %j at offset %i (%s)', (source, offset, code) => {
    const { expr, errors } = parseExpression(source, types, 'boolean');
    expect(expr).toBeUndefined();
    expect(errors[0]).toMatchObject({ offset, code });
  });

  it('never evaluates text as code: a name that looks like JavaScript is just an unknown variable', () => {
    const { errors } = parseExpression('constructor', types, 'boolean');
    expect(errors[0]?.code).toBe('unknown-variable');
  });
});

describe('effects', () => {
  it('applies effects in order, each seeing the one before', () => {
    const { effects } = parseEffects('money -= 500; risk += 1; brother = true', types);
    expect(applyEffects(effects, vars, defs)).toEqual({ money: 100, risk: 3, brother: true });
  });

  it('keeps numbers within min and max', () => {
    const { effects } = parseEffects('money -= 5000; risk += 50', types);
    expect(applyEffects(effects, vars, defs)).toEqual({ money: 0, risk: 10, brother: false });
  });

  it('does not change the variables it was given', () => {
    const before = { ...vars };
    applyEffects(parseEffects('money = 1', types).effects, vars, defs);
    expect(vars).toEqual(before);
  });

  it.each([
    ['money', 'expression-syntax'],
    ['money += ', 'expression-syntax'],
    ['brother += 1', 'type-error'],
    ['money = true', 'type-error'],
    ['danger = 1', 'unknown-variable'],
    ['money -= 1;; risk += 1', 'expression-syntax'],
  ] as const)('rejects %j (%s)', (source, code) => {
    const { effects, errors } = parseEffects(source, types);
    expect(effects).toBeUndefined();
    expect(errors.map((e) => e.code)).toContain(code);
  });

  it('accepts a trailing semicolon', () => {
    expect(parseEffects('risk += 1;', types).errors).toEqual([]);
  });
});
