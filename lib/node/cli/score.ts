// `npm run --silent score -- <file.html> --url <page-url> [--icp <icp.json>]`
// Prints how the page's company scores against an ICP, as the extension would.
import { mergeFacts } from '../../core/accounts/merge';
import { extractPage } from '../extract-page.ts';
import { score } from '../../core/scoring/score';
import { parseCliArgs, runCli } from './args';
import { loadIcp } from './load-icp';
import { loadPage } from './page-file';

runCli('score', async (argv) => {
  const { file, options } = parseCliArgs(argv, { url: 'string', icp: 'string' });
  const icp = await loadIcp(options.icp);
  const { doc, url } = await loadPage(file, options.url);
  const hints = extractPage(doc, url);
  // The same merge the extension applies, so LinkedIn's own stack never
  // counts as the company's.
  const facts = mergeFacts(undefined, hints);
  return JSON.stringify({ url: hints.url, kind: hints.kind, ...score(facts, icp) }, null, 2);
});
