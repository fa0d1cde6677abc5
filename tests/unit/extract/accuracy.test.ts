// The accuracy report: the CLI over every fixture, and how it counts.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareFields, formatReport, totals } from '../../reference/accuracy-report';
import type { PageHints } from '../../../lib/core/hints/page-hints';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the accuracy CLI', () => {
  it('extracts every fixture with no wrong value and at least 95% of the stated fields', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'tests/reference/accuracy.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const header = /^page kind\s+pages\s+fields\s+correct\s+wrong\s+missing\s+precision\s+recall$/;
    expect(lines.some((line) => header.test(line))).toBe(true);
    for (const kind of ['linkedin-company', 'linkedin-person', 'website', 'other']) {
      expect(lines.some((line) => line.startsWith(`${kind} `))).toBe(true);
    }
    const last = lines[lines.length - 1] ?? '';
    const match = /^extraction: (\d+)\/(\d+) fields correct, (\d+) wrong$/.exec(last);
    expect(match, last).not.toBeNull();
    const [, correct, expected, wrong] = (match ?? []).map(Number);
    expect(wrong).toBe(0);
    expect(correct! / expected!).toBeGreaterThanOrEqual(0.9);
    // The fixtures and the corpus are reported apart, each with its own line.
    const line = (set: string) => lines.find((l) => l.startsWith(`${set}: extraction: `)) ?? '';
    const fixtures = /(\d+)\/(\d+) fields correct, (\d+) wrong$/.exec(line('fixtures'));
    expect(fixtures, 'fixtures line').not.toBeNull();
    const [, fc, fe, fw] = (fixtures ?? []).map(Number);
    expect(fw).toBe(0);
    expect(fc! / fe!).toBeGreaterThanOrEqual(0.95);
    expect(line('corpus')).toMatch(/ fields correct, 0 wrong$/);
    // A child process extracting every fixture: generous room on a busy machine.
  }, 60_000);
});

describe('compareFields', () => {
  const entry = {
    file: 'acme.html',
    url: 'https://acme.com/',
    expected: {
      kind: 'website' as const,
      company: { name: 'Acme', hq: { city: 'Austin', country: 'US' }, foundedYear: 2009 },
      signals: [
        { type: 'hiring', detail: "We're hiring" },
        { type: 'hiring', detail: 'Careers page (https://acme.com/careers)' },
      ],
    },
    also: { company: { domain: 'acme.com' } },
  };
  const hints: PageHints = {
    url: 'https://acme.com/',
    kind: 'website',
    company: {
      name: 'Acme',
      domain: 'acme.com',
      hq: { country: 'US', city: 'Austin' },
      foundedYear: 2011,
      industry: 'Software Development',
    },
    technologies: [],
    signals: [
      { type: 'hiring', detail: 'Careers page (https://acme.com/careers)', evidence: 'e' },
      { type: 'hiring', detail: "We're hiring", evidence: 'e' },
      { type: 'funding', detail: 'Series B, $40M', evidence: 'e' },
    ],
    evidence: {},
  };

  it('counts equal values correct, different or unstated ones wrong, absent ones missing', () => {
    const results = compareFields(
      { ...entry, expected: { ...entry.expected, person: { name: 'Jo' } } },
      hints,
    );
    const outcome = Object.fromEntries(results.map((r) => [r.field, r.outcome]));
    expect(outcome).toEqual({
      kind: 'correct',
      'company.name': 'correct',
      'company.domain': 'correct',
      'company.hq': 'correct',
      'company.foundedYear': 'wrong',
      'person.name': 'missing',
      'signals.hiring': 'correct',
      'company.industry': 'unlisted',
      'signals.funding': 'unlisted',
    });
    expect(totals(results)).toEqual({ correct: 5, wrong: 3, missing: 1, expected: 7 });
  });

  it('prints each field that is not correct, the table and the final line', () => {
    const report = formatReport(compareFields(entry, hints), 1);
    expect(report).toContain('wrong    acme.html company.foundedYear: expected 2009, got 2011');
    expect(report).toContain(
      'unlisted acme.html company.industry: got "Software Development", which the page does not state',
    );
    expect(report).toMatch(/^website\s+1\s+6\s+5\s+3\s+0\s+62\.5%\s+83\.3%$/m);
    expect(report.endsWith('extraction: 5/6 fields correct, 3 wrong')).toBe(true);
  });
});
