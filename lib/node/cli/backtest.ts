// `npm run --silent backtest -- <deals.csv> [--icp <icp.json>] [--scores <out.csv>] [--suggest <draft.json>]`
// Scores won and lost deals with an ICP and prints how well it separates them.
// --scores writes each deal's id, score, tier, segment and outcome, so anyone
// can recompute the AUC; --suggest writes a draft ICP with fitted weights.
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { backtest } from '../../core/backtest/backtest';
import { formatReport } from '../../core/backtest/format-report';
import { parseDeals } from '../../core/backtest/parse-deals';
import { CliError, parseCliArgs, runCli } from './args';
import { loadIcp } from './load-icp';

async function write(path: string, text: string) {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

runCli('backtest', async (argv) => {
  const { file, options } = parseCliArgs(argv, {
    icp: 'string',
    scores: 'string',
    suggest: 'string',
  });
  const icp = await loadIcp(options.icp);
  let csv: string;
  try {
    csv = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  let parsed;
  try {
    parsed = await parseDeals(csv);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  const scores: (string | number)[][] = [];
  const report = backtest(parsed.deals, icp, parsed.errors, {
    reading: parsed.summary,
    ...(options.scores && {
      onScore: (deal, result) =>
        scores.push([
          deal.id ?? `row ${deal.row}`,
          deal.row,
          result.score,
          result.tier.id,
          result.segmentId,
          deal.outcome,
        ]),
    }),
  });
  const out = [formatReport(report)];
  if (options.scores) {
    await write(
      options.scores,
      Papa.unparse({ fields: ['id', 'row', 'score', 'tier', 'segment', 'outcome'], data: scores }) +
        '\n',
    );
    out.unshift(`scores: ${scores.length} deals written to ${options.scores}`);
  }
  return out.join('\n');
});
