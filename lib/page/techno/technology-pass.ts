import type { PageSignals } from '../../core/hints/page-signals';
import type { LiveSignals } from '../../core/hints/page-signals';
import type { ProbeClient } from './probe-bridge';
import { liveSignals } from './live-signals';
import { pageMarkup } from '../page-markup';

export interface TechnologyPassDeps {
  doc: Document;
  url: string;
  probe: ProbeClient;
  /**
   * Hands the worker the page's markup, its live signals and its global
   * names; the worker reads the rest off the page and answers which globals
   * its table would look at (none: the pass is over).
   */
  plan: (
    request: { url: string; html: string; globals: string[] } & LiveSignals,
  ) => Promise<string[]>;
  /** The probe's answers for those globals. */
  report: (second: Pick<PageSignals, 'url' | 'js'>) => Promise<unknown>;
}

/** Resolves when the page is idle, or after 2 s of a page that never is. */
const pageIdle = (): Promise<unknown> =>
  new Promise((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 2000 })
      : setTimeout(resolve, 200),
  );

/**
 * The page's share of the technology pass: at idle time, when loaders have
 * inserted their tags, one serialization of the DOM, the cookie names and
 * stylesheet rules, the global names; then only the globals the worker asks
 * about. The fingerprint table and every pattern stay in the worker.
 */
export async function runTechnologyPass(deps: TechnologyPassDeps): Promise<void> {
  await pageIdle();
  const globals = await deps.probe.list();
  const js = await deps.plan({
    url: deps.url,
    html: pageMarkup(deps.doc),
    globals,
    ...liveSignals(deps.doc),
  });
  if (js.length === 0) return;
  await deps.report({ url: deps.url, js: await deps.probe.probe(js) });
}
