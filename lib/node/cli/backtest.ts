// `npm run --silent backtest -- <deals.csv> [--icp <icp.json>]`
// Scores won and lost deals with an ICP and prints how well it separates them.
import { backtest } from '../../core/backtest/backtest';
import { formatReport } from '../../core/backtest/format-report';
import { parseDeals } from '../../core/backtest/parse-deals';
import { CliError, parseCliArgs, readText, runCli } from './args';
import { loadIcp } from './load-icp';

runCli('backtest', async (argv) => {
  const { file, options } = parseCliArgs(argv, { icp: 'string' });
  const icp = await loadIcp(options.icp);
  const csv = await readText(file, 'file');
  let parsed;
  try {
    parsed = await parseDeals(csv);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  return formatReport(backtest(parsed.deals, icp, parsed.errors));
});
