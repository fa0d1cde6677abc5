// `npm run --silent backtest -- <deals.csv> [--icp <icp.json>]`
// Scores won and lost deals with an ICP and prints how well it separates them.
import { readFile } from 'node:fs/promises';
import { backtest } from '../../core/backtest/backtest';
import { formatReport } from '../../core/backtest/format-report';
import { parseDeals } from '../../core/backtest/parse-deals';
import { CliError, parseCliArgs, runCli } from './args';
import { loadIcp } from './load-icp';

runCli('backtest', async (argv) => {
  const { file, options } = parseCliArgs(argv, { icp: 'string' });
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
  return formatReport(backtest(parsed.deals, icp, parsed.errors));
});
