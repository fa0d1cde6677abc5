// `npm run --silent score -- <file.html> --url <page-url> [--icp <icp.json>]`
// Prints how the page's company scores against an ICP, as the extension would.
import { readFile } from 'node:fs/promises';
import { mergeFacts } from '../accounts/merge';
import { extractPage } from '../extract';
import { parseIcp } from '../icp/parse';
import { sampleIcp } from '../icp/sample-icp';
import type { IcpConfig } from '../icp/schema';
import { score } from '../scoring/score';
import { CliError, parseCliArgs, runCli } from './args';
import { loadPage } from './page-file';

async function loadIcp(path: string | undefined): Promise<IcpConfig> {
  if (path === undefined) return sampleIcp;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ICP ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`invalid ICP ${path}: not JSON`);
  }
  const parsed = parseIcp(json);
  if (!parsed.ok) throw new CliError(`invalid ICP ${path}: ${parsed.problems.join('; ')}`);
  return parsed.icp;
}

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
