import { describe, expect, it } from 'vitest';
import { liveCode, liveMarkup } from '../../../lib/extension/worker/techno/inert';

describe('liveCode', () => {
  it('blanks dead branches, keeping what follows them', () => {
    const code = "if (false) { load('a'); } load('b');";
    expect(liveCode(code)).not.toContain("'a'");
    expect(liveCode(code)).toContain("load('b')");
    expect(liveCode(code)).toHaveLength(code.length);
  });

  it('blanks a config object switched off, nested or assigned, and nothing else', () => {
    const code = '{"a": {"enabled": false, "x": 1}, "b": {"enabled": true, "y": 2}}';
    expect(liveCode(code)).not.toContain('"x"');
    expect(liveCode(code)).toContain('"y": 2');
    expect(liveCode("w.cfg = { id: 'z', disabled: true };")).not.toContain("'z'");
    expect(liveCode("w.cfg = { id: 'z', disabled: false };")).toContain("'z'");
  });

  it('reads only an object’s own switch: a nested one switches off the nested part', () => {
    const code = "w.cfg = { id: 'z', chat: { enabled: false, id: 'c' } };";
    expect(liveCode(code)).toContain("'z'");
    expect(liveCode(code)).not.toContain("'c'");
  });

  it('survives braces inside strings and unbalanced code', () => {
    expect(liveCode("if (false) { s = '}'; t = 1; } u = 2;")).toContain('u = 2');
    expect(liveCode('if (false) { never closed')).toContain('never closed');
  });
});

describe('liveMarkup', () => {
  it('blanks commented-out markup but keeps comments in words', () => {
    const html = '<!-- <script src="/x.js"></script> --><!-- This site is optimized with Yoast -->';
    expect(liveMarkup(html)).not.toContain('/x.js');
    expect(liveMarkup(html)).toContain('optimized with Yoast');
  });

  it('blanks tags carrying another extension’s URL', () => {
    const html =
      '<script src="moz-extension://abc/react.js"></script><script src="/app.js"></script>';
    expect(liveMarkup(html)).not.toContain('react.js');
    expect(liveMarkup(html)).toContain('/app.js');
  });
});
