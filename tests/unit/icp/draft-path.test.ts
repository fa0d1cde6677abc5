import { describe, expect, it } from 'vitest';
import {
  appendAt,
  getAt,
  pathKey,
  problemsAt,
  removeAt,
  setAt,
} from '../../../lib/core/icp/draft-path';

describe('draft paths', () => {
  const root = { a: [{ b: 1, c: { d: 'x' } }, { b: 2 }], e: { f: true } };

  it('sets a value at a path without touching the original or the nodes off the path', () => {
    const next = setAt(root, ['a', 0, 'b'], 5);
    expect(next).toEqual({ a: [{ b: 5, c: { d: 'x' } }, { b: 2 }], e: { f: true } });
    expect(root.a[0]!.b).toBe(1);
    expect(next.e).toBe(root.e);
    expect(next.a[1]).toBe(root.a[1]);
    expect(next.a[0]!.c).toBe(root.a[0]!.c);
  });

  it('removes a key when set to undefined, and creates missing objects on the way', () => {
    expect(setAt(root, ['a', 0, 'c'], undefined).a[0]).toEqual({ b: 1 });
    expect(setAt({}, ['timing', 'warm'], 20)).toEqual({ timing: { warm: 20 } });
  });

  it('removes an array item or a key, and appends to an array', () => {
    expect(removeAt(root, ['a', 0]).a).toEqual([{ b: 2 }]);
    expect(removeAt(root, ['e', 'f']).e).toEqual({});
    expect(appendAt(root, ['a'], { b: 3 }).a).toHaveLength(3);
    expect(appendAt({}, ['list'], 1)).toEqual({ list: [1] });
    expect(root.a).toHaveLength(2);
  });

  it('reads nothing where the path leads nowhere', () => {
    expect(getAt(root, ['a', 1, 'b'])).toBe(2);
    expect(getAt(root, ['a', 'b'])).toBeUndefined();
    expect(getAt(root, ['e', 'f', 'g'])).toBeUndefined();
  });

  it('finds problems at a path, or at and below it', () => {
    const problems = new Map([
      ['segments.0.criteria.1.rule', ['min must not exceed max']],
      ['segments.0.criteria.1.rule.field', ['Invalid discriminator value']],
      ['segments.0.criteria.10', ['not this one']],
    ]);
    const rule = ['segments', 0, 'criteria', 1, 'rule'];
    expect(pathKey(rule)).toBe('segments.0.criteria.1.rule');
    expect(problemsAt(problems, rule)).toEqual(['min must not exceed max']);
    expect(problemsAt(problems, rule, true)).toHaveLength(2);
    expect(problemsAt(problems, ['segments', 0, 'criteria', 1], true)).toHaveLength(2);
  });
});
