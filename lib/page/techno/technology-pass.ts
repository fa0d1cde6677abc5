import { gatherPageSignals } from './gather';
import { answerDomInSlices } from './dom-slices';
import type { PageSignals, SignalNeeds } from '../../core/hints/page-signals';
import type { ProbeClient } from './probe-bridge';

export interface TechnologyPassDeps {
  doc: Document;
  url: string;
  probe: ProbeClient;
  /** Asks the background which selectors and globals matter for this page. */
  plan: (signals: PageSignals, globals: string[]) => Promise<SignalNeeds | null>;
  /** The second pass's answers; the background kept the first pass from `plan`. */
  report: (second: Pick<PageSignals, 'url' | 'dom' | 'js'>) => Promise<unknown>;
}

/**
 * Two passes so the fingerprint table never enters the page: first what any
 * page shows (script URLs, meta, links, an HTML sample, global names), then
 * only the selectors and globals the background says this page could match,
 * the selectors in slices at idle time.
 */
export async function runTechnologyPass(deps: TechnologyPassDeps): Promise<void> {
  const first = gatherPageSignals(deps.doc, deps.url);
  const globals = await deps.probe.list();
  const needs = await deps.plan(first, globals);
  if (!needs) return;
  const js = needs.js.length ? await deps.probe.probe(needs.js) : {};
  const dom = await answerDomInSlices(deps.doc, needs.dom);
  await deps.report({ url: first.url, dom, js });
}
