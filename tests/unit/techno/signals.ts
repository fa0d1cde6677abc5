// Builds PageSignals for tests: everything empty unless given.

import type { PageSignals } from '../../../lib/core/hints/page-signals';

export function signals(partial: Partial<PageSignals> = {}): PageSignals {
  return {
    url: 'https://www.example.com/',
    scriptSrc: [],
    scripts: [],
    meta: {},
    links: [],
    cookies: [],
    html: '',
    dom: {},
    js: {},
    ...partial,
  };
}
