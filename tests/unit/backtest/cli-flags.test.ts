import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseIcp } from '../../../lib/core/icp/parse';
import { generateMessyExport } from '../../backtest/generate-deals';

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/node/cli/backtest.ts', ...args], {
    encoding: 'utf8',
  });

/** AUC by counting every won-lost pair: independent of the code under test. */
function pairwiseAuc(rows: { score: number; won: boolean }[]): number {
  const wins = rows.filter((r) => r.won).map((r) => r.score);
  const losses = rows.filter((r) => !r.won).map((r) => r.score);
  let sum = 0;
  for (const w of wins) for (const l of losses) sum += w > l ? 1 : w === l ? 0.5 : 0;
  return sum / (wins.length * losses.length);
}

describe('backtest CLI flags', () => {
  it('writes scores from which the printed AUC can be recomputed, and a draft that loads', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'icp-lens-bt-flags-'));
    const deals = path.join(dir, 'deals.csv');
    const scores = path.join(dir, 'scores.csv');
    const draft = path.join(dir, 'draft.json');
    const messy = generateMessyExport(1200, 13);
    writeFileSync(deals, messy.csv);
    const result = run([deals, '--scores', scores, '--suggest', draft]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const printed = /^backtest: auc=(\d\.\d{3}) /m.exec(
      result.stdout.trimEnd().split('\n').at(-1)!,
    );
    expect(printed).not.toBeNull();

    const table = Papa.parse<Record<string, string>>(readFileSync(scores, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(table.meta.fields).toEqual(['id', 'row', 'score', 'tier', 'segment', 'outcome']);
    expect(table.data).toHaveLength(messy.dealsWithOutcome);
    const closed = table.data
      .filter((r) => r.outcome !== 'open')
      .map((r) => ({ score: Number(r.score), won: r.outcome === 'won' }));
    expect(pairwiseAuc(closed).toFixed(3)).toBe(printed![1]);

    const loaded = parseIcp(JSON.parse(readFileSync(draft, 'utf8')));
    expect(loaded.ok).toBe(true);
    expect(result.stdout).toContain('Suggested weights');
    expect(result.stdout).toMatch(/Out of sample on \d+ closed deals: current AUC 0\.\d{3}/);
    // The draft is itself an ICP the back-test takes.
    const again = run([deals, '--icp', draft]);
    expect(again.status).toBe(0);
    expect(again.stdout.trimEnd().split('\n').at(-1)).toMatch(/^backtest: auc=0\.\d{3} /);
  });

  it('refuses to suggest from a file with no lost deals', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'icp-lens-bt-flags-'));
    const deals = path.join(dir, 'deals.csv');
    writeFileSync(deals, 'Industry,Stage\nRetail,Won\n');
    const result = run([deals, '--suggest', path.join(dir, 'd.json')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'backtest: cannot suggest weights: the file needs won and lost deals\n',
    );
  });
});
