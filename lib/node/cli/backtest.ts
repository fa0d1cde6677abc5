// `npm run --silent backtest -- <deals.csv> [--icp <icp.json>] [--scores <out.csv>] [--suggest <draft.json>]`
// Scores won and lost deals with an ICP and prints how well it separates them.
// --scores writes each deal's id, score, tier, segment and outcome, so anyone
// can recompute the AUC; --suggest writes a draft ICP with fitted weights.
import { writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { backtest } from '../../core/backtest/backtest';
import { formatReport, formatSuggestion } from '../../core/backtest/format-report';
import { parseDeals } from '../../core/backtest/parse-deals';
import { suggestWeights } from '../../core/backtest/suggest';
import { CliError, parseCliArgs, readText, runCli } from './args';
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
  const csv = await readText(file, 'file');
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
  if (options.suggest) {
    const suggestion = suggestWeights(parsed.deals, icp);
    if (!suggestion)
      throw new CliError('cannot suggest weights: the file needs won and lost deals');
    await write(options.suggest, JSON.stringify(suggestion.draft, null, 2) + '\n');
    // The summary line stays last, for scripts.
    out.splice(
      0,
      1,
      ...[formatReport(report)].flatMap((text) => {
        const lines = text.split('\n');
        const last = lines.pop()!;
        return [
          lines.join('\n'),
          formatSuggestion(suggestion),
          `suggest: draft ICP written to ${options.suggest} (not published: import it as a draft in the options page, or pass it as --icp)`,
          '',
          last,
        ];
      }),
    );
  }
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
