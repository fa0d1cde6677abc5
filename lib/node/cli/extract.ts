// `npm run --silent extract -- <file.html> --url <page-url>`
// Prints the PageHints the extension would derive from a saved page, as JSON.

import { extractPage } from '../extract-page.ts';
import { parseCliArgs, runCli } from './args';
import { loadPage } from './page-file';

void runCli('extract', async (argv) => {
  const { file, options } = parseCliArgs(argv, { url: 'string' });
  const { doc, url } = await loadPage(file, options.url);
  return JSON.stringify(extractPage(doc, url), null, 2);
});
