// The main-world probe runs among objects the page controls: it must not run
// page getters, must survive throwing Proxies and huge values, and returns
// only strings and `true`.

import { describe, expect, it } from 'vitest';
import { listGlobals, probeGlobals } from '../../../lib/page/techno/probe-globals';

describe('probeGlobals', () => {
  it('walks dotted paths of own properties and returns primitive values as strings', () => {
    const jQuery = Object.assign(() => undefined, { fn: { jquery: '3.7.1' } });
    const win = { jQuery, _hsq: [], count: 42, flag: false, nothing: null, big: 10n };
    expect(
      probeGlobals(win, ['jQuery.fn.jquery', 'jQuery', '_hsq', 'count', 'flag', 'nothing', 'big']),
    ).toEqual({
      'jQuery.fn.jquery': '3.7.1',
      jQuery: true,
      _hsq: true,
      count: '42',
      flag: 'false',
      nothing: true,
      big: '10',
    });
  });

  it('leaves out paths that do not resolve, inherited properties and primitives walked through', () => {
    const win = Object.create({ inherited: 1 }) as Record<string, unknown>;
    win.s = 'text';
    expect(
      probeGlobals(win, ['missing', 'missing.deep', 'inherited', 's.length', 'toString']),
    ).toEqual({});
  });

  it('never runs a getter, and survives ones that would throw', () => {
    let ran = false;
    const win = {};
    Object.defineProperty(win, 'trap', {
      get() {
        ran = true;
        throw new Error('boom');
      },
    });
    expect(probeGlobals(win, ['trap', 'trap.version'])).toEqual({ trap: true });
    expect(ran).toBe(false);
  });

  it('survives Proxies whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error('no');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const win = { hostile, revoked: revocable.proxy, ok: 'yes' };
    expect(probeGlobals(win, ['hostile.x', 'revoked.x', 'revoked', 'ok'])).toEqual({
      revoked: true,
      ok: 'yes',
    });
  });

  it('handles cycles, deep paths and huge strings within bounds', () => {
    const loop: Record<string, unknown> = { v: 'x'.repeat(1_000_000) };
    loop.self = loop;
    const result = probeGlobals({ loop }, ['loop.self.self.self.v', `loop${'.self'.repeat(50)}.v`]);
    expect(result['loop.self.self.self.v']).toHaveLength(200);
    expect(Object.keys(result)).toEqual(['loop.self.self.self.v']);
  });

  it('caps how many names it looks at and ignores non-strings', () => {
    const win = { a: 1 };
    const names = [...Array.from({ length: 20_000 }, (_, i) => `n${i}`), 'a'];
    expect(probeGlobals(win, names)).toEqual({});
    expect(probeGlobals(win, [42 as unknown as string, 'a'])).toEqual({ a: '1' });
  });
});

describe('listGlobals', () => {
  it('lists own property names, and nothing for a hostile object', () => {
    expect(listGlobals({ jQuery: 1, _hsq: [] })).toEqual(['jQuery', '_hsq']);
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(listGlobals(hostile)).toEqual([]);
  });
});

describe('as an injected function', () => {
  it('works from its source alone (scripting.executeScript serializes only the function)', () => {
    const rebuilt = new Function(`return (${probeGlobals.toString()})`)() as typeof probeGlobals;
    expect(rebuilt({ a: { b: '1.2' } }, ['a.b', 'x'])).toEqual({ 'a.b': '1.2' });
  });
});
