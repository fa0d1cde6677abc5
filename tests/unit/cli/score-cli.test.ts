// The score CLI end to end: a child process on a saved page, with and without --icp.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import type { ScoreResult } from '../../../lib/core/scoring/result';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const AUDIENSE = 'tests/fixtures/linkedin-company-audiense.html';
const AUDIENSE_URL = 'https://www.linkedin.com/company/audiense/about/';

function runScore(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'lib/node/cli/score.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTemp(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'icp-lens-')), name);
  writeFileSync(file, content);
  return file;
}

describe('score CLI', () => {
  it('scores a LinkedIn company page against the sample ICP', () => {
    const { status, stdout, stderr } = runScore(AUDIENSE, '--url', AUDIENSE_URL);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as ScoreResult & { kind: string };
    expect(result).toMatchObject({
      kind: 'linkedin-company',
      icpVersion: 1,
      segmentId: 'scale-up',
      tier: { id: 'b' },
    });
    expect(result.criteria.find((c) => c.id === 'industry')).toMatchObject({
      status: 'miss',
      found: 'Advertising Services',
    });
    expect(result.questions.length).toBeGreaterThan(0);
  });

  it('uses the ICP given with --icp', () => {
    const strict = structuredClone(sampleIcp);
    strict.name = 'Only advertising';
    strict.segments = [
      {
        id: 'ads',
        name: 'Advertising',
        questions: [],
        criteria: [
          {
            id: 'industry',
            label: 'Advertising',
            weight: 1,
            kind: 'fit',
            rule: { field: 'industry', anyOf: ['Advertising Services'] },
            questions: [],
          },
        ],
      },
    ];
    const icp = writeTemp('icp.json', JSON.stringify(strict));
    const { status, stdout } = runScore(AUDIENSE, '--url', AUDIENSE_URL, '--icp', icp);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      icpName: 'Only advertising',
      score: 100,
      tier: { id: 'a' },
    });
  });

  it.each([
    ['an ICP that is not JSON', () => writeTemp('bad.json', '{ nope'), /not JSON/],
    [
      'an ICP that breaks the schema',
      () => writeTemp('bad.json', JSON.stringify({ ...sampleIcp, tiers: [] })),
      /invalid ICP .*tiers/,
    ],
    ['an ICP file that does not exist', () => '/nonexistent/icp.json', /cannot read ICP/],
  ])('exits 2 with one line on stderr for %s', (_name, icpPath, message) => {
    const { status, stdout, stderr } = runScore(
      AUDIENSE,
      '--url',
      AUDIENSE_URL,
      '--icp',
      icpPath(),
    );
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^score: /);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 for a missing page file or a bad URL', () => {
    expect(runScore('missing.html', '--url', AUDIENSE_URL).status).toBe(2);
    const badUrl = runScore(AUDIENSE, '--url', 'linkedin.com/company/x');
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).toMatch(/^score: --url must be an absolute http\(s\) URL/);
  });
});
