import type { LiveSignals, PageSignals } from '../../core/hints/page-signals';
import type { ProbeClient } from './probe-bridge';
import { liveSignals } from './live-signals';

export interface TechnologyPassDeps {
  doc: Document;
  url: string;
  /** The markup of the tags inserted since the read (added-tags.ts). */
  added: string[];
  probe: ProbeClient;
  /**
   * Hands the worker what only the live page knows and its global names; the
   * worker has read the rest from the markup it was sent, and answers which
   * globals its table would look at (none: the pass is over).
   */
  plan: (
    request: LiveSignals & { url: string; added: string[]; globals: string[] },
  ) => Promise<string[]>;
  /** The probe's answers for those globals. */
  report: (second: Pick<PageSignals, 'url' | 'js'>) => Promise<unknown>;
}

/**
 * The live page's share of the technology pass: the tags inserted since the
 * read, the cookie names, the stylesheets' rules and the global names, then
 * only the globals the worker asks about. The fingerprint table and every pattern stay in the worker.
 */
export async function runTechnologyPass(deps: TechnologyPassDeps): Promise<void> {
  const globals = await deps.probe.list();
  const js = await deps.plan({
    url: deps.url,
    added: deps.added,
    globals,
    ...liveSignals(deps.doc),
  });
  if (js.length === 0) return;
  await deps.report({ url: deps.url, js: await deps.probe.probe(js) });
}
