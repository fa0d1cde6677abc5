// Hostile and huge company sites for issue #8, generated on request by the
// test site server (`/hostile/<name>/`). Each is a company's own site as the
// content script sees it: an Organization in JSON-LD stating its URL (the
// server is 127.0.0.1, which has no domain to check a name against), so the
// page is read as a `website`, its account is stored and the technology pass
// runs. What makes each one hostile is around that.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FingerprintTable } from '../../lib/extension/worker/techno/fingerprints';

/** Account id (registrable domain) and name of each hostile site. */
export const HOSTILE_SITES = {
  'huge-dom': { id: 'hugedom-systems.com', name: 'Hugedom Systems' },
  'huge-text': { id: 'megatext-labs.com', name: 'Megatext Labs' },
  'mutation-storm': { id: 'stormfront-software.com', name: 'Stormfront Software' },
  'url-storm': { id: 'routeloop-analytics.com', name: 'Routeloop Analytics' },
  'malicious-json-ld': { id: 'nestedge-data.com', name: 'Nestedge Data' },
  'selector-bomb': { id: 'tokenstuff-systems.com', name: 'Tokenstuff Systems' },
} as const;

export type HostilePage = keyof typeof HOSTILE_SITES;

export function isHostilePage(name: string): name is HostilePage {
  return Object.hasOwn(HOSTILE_SITES, name);
}

/** Elements in the huge-DOM page's body (each card is five). */
export const HUGE_DOM_ELEMENTS = 200_000;
/** Characters of text in the huge-text page. */
export const HUGE_TEXT_CHARS = 20 * 1024 * 1024;
/** Characters of the long strings in the malicious JSON-LD page. */
export const JSON_LD_STRING_CHARS = 10 * 1024 * 1024;

const cache = new Map<HostilePage, string>();

/** The page's HTML; built once per process (the big ones take a moment). */
export function hostilePage(name: HostilePage): string {
  let html = cache.get(name);
  if (html === undefined) {
    html = BUILDERS[name]();
    cache.set(name, html);
  }
  return html;
}

const BUILDERS: Record<HostilePage, () => string> = {
  'huge-dom': hugeDomPage,
  'huge-text': hugeTextPage,
  'mutation-storm': mutationStormPage,
  'url-storm': urlStormPage,
  'malicious-json-ld': maliciousJsonLdPage,
  'selector-bomb': selectorBombPage,
};

function organization(page: HostilePage) {
  const { id, name } = HOSTILE_SITES[page];
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name,
    url: `https://www.${id}`,
    numberOfEmployees: { '@type': 'QuantitativeValue', minValue: 201, maxValue: 500 },
    address: {
      '@type': 'PostalAddress',
      addressLocality: 'Austin',
      addressRegion: 'TX',
      addressCountry: 'US',
    },
    description: 'A B2B SaaS platform for revenue teams.',
  };
}

/** `<script type="application/ld+json">` with `<` escaped, as a CMS writes it. */
function ldScript(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

/** The head, with the Organization first unless `jsonLd` replaces it. */
function head(page: HostilePage, tagline: string, jsonLd = ldScript(organization(page))): string {
  const { name } = HOSTILE_SITES[page];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${name} | ${tagline}</title>
<meta name="description" content="${name}: ${tagline}.">
<meta property="og:site_name" content="${name}">
${jsonLd}
<script async src="https://js.hs-scripts.com/1234567.js"></script>
<script>window._hsq = window._hsq || [];</script>
</head>`;
}

function footer(page: HostilePage): string {
  const { name } = HOSTILE_SITES[page];
  return `<footer><p>${name}</p><address>100 Congress Ave<br>Austin, TX 78701</address>
<a href="/about/">About us</a> <a href="/careers/">Careers</a> <a href="/pricing/">Pricing</a>
<a href="https://www.linkedin.com/company/${page}/">LinkedIn</a></footer>`;
}

/**
 * Sections skipped by rendering until scrolled to, as long pages do: the page
 * then costs little to lay out, and what the heartbeat sees is script.
 */
function section(content: string): string {
  return `<section style="content-visibility:auto;contain-intrinsic-size:auto 4000px">${content}</section>`;
}

/** 40,000 product cards of five elements each (200,000 elements, ~360,000 nodes), 1,000 a section. */
function hugeDomPage(): string {
  return hugeDom('huge-dom');
}

function hugeDom(page: HostilePage, headExtra = ''): string {
  const sections: string[] = [];
  for (let s = 0; s < HUGE_DOM_ELEMENTS / 5 / 1000; s++) {
    const cards: string[] = [];
    for (let i = s * 1000; i < (s + 1) * 1000; i++) {
      cards.push(
        `<div class="card" data-sku="${i}"><h3>Plan ${i}</h3><p>Seats for team ${i} <b>$${i % 90}</b></p><a href="/plans/${i}">Details</a></div>`,
      );
    }
    sections.push(section(cards.join('\n')));
  }
  // And a nesting far deeper than the HTML parser keeps (it flattens past 512).
  const deep = '<div>'.repeat(2000) + 'deep' + '</div>'.repeat(2000);
  return `${head(page, 'Revenue analytics').replace('</head>', `${headExtra}</head>`)}<body><main><h1>Every plan we sell</h1>
<p>We are a team of 320 people.</p>${sections.join('\n')}${section(deep)}</main>${footer(page)}</body></html>`;
}

/**
 * The huge DOM again, with a comment in its head naming every tag, class, id
 * and attribute that the fingerprint table's CSS selectors use: the first
 * technology pass sees them all, so the background asks the page about
 * hundreds of selectors, and each one that matches nothing scans all
 * 200,000 elements.
 */
function selectorBombPage(): string {
  // Read as a file: Playwright's loader does not import JSON modules.
  const table = JSON.parse(
    readFileSync(path.resolve('lib/extension/worker/techno/generated/fingerprints.json'), 'utf8'),
  ) as FingerprintTable;
  const selectors = new Set<string>();
  for (const tech of table.technologies) {
    for (const selector of Object.keys(tech.dom ?? {})) selectors.add(selector);
  }
  const words = new Set([...selectors].flatMap((s) => s.split(/[^\w:-]+/).filter(Boolean)));
  const comment = `<!-- ${[...words].map((w) => `<${w} ${w}`).join(' ')} -->`;
  return hugeDom('selector-bomb', comment);
}

/** 1,024 paragraphs of 10 KiB and one 10 MiB run of text with no markup: 20 MiB of text. */
function hugeTextPage(): string {
  const words = 'pipeline revenue forecast quota territory account churn expansion renewal';
  const paragraph = (i: number) => {
    let text = `Chapter ${i}. `;
    while (text.length < 10 * 1024) text += `${words} `;
    return `<p>${text.slice(0, 10 * 1024)}</p>`;
  };
  const sections: string[] = [];
  for (let s = 0; s < 16; s++) {
    const paragraphs: string[] = [];
    for (let i = s * 64; i < (s + 1) * 64; i++) paragraphs.push(paragraph(i));
    sections.push(section(paragraphs.join('\n')));
  }
  const run = 'x'.repeat(HUGE_TEXT_CHARS / 2);
  return `${head('huge-text', 'The forecasting handbook')}<body><main><h1>The whole handbook on one page</h1>
${sections.join('\n')}${section(`<div class="appendix">${run}</div>`)}</main>${footer('huge-text')}</body></html>`;
}

/**
 * A heartbeat and a long-task log in the page's own world: what the page
 * itself sees of the extension's work. Installed by the tests with
 * addInitScript, so the same code runs with and without the extension.
 */
export const PAGE_PROBE = `(() => {
  const probe = { ticks: 0, gaps: [], longTasks: [] };
  window.__hostileProbe = probe;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    probe.ticks += 1;
    // Gaps over a frame only, each with when it ended.
    if (now - last > 16) probe.gaps.push([now, now - last]);
    last = now;
  }, 4);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** Milliseconds between the mutation storm's bursts: a little over the watcher's 400 ms of quiet. */
export const STORM_PERIOD_MS = 430;

/**
 * Rewrites itself forever: every 430 ms a burst that replaces its 200-item
 * feed five times over (2,000 nodes in, 2,000 out) and bumps a revision in
 * the JSON-LD description, so every re-read finds a new page and is sent.
 * The gaps are just long enough for the watcher to see a quiet DOM each time,
 * so nothing but its caps stops it re-reading.
 */
function mutationStormPage(): string {
  const storm = `<script>
(() => {
  const feed = document.getElementById('feed');
  const ld = document.getElementById('org');
  const org = JSON.parse(ld.textContent);
  const state = { revision: 0, rewrites: 0 };
  window.__storm = state;
  const rewrite = () => {
    const items = [];
    for (let i = 0; i < 200; i++) {
      const li = document.createElement('li');
      li.textContent = 'Deal ' + state.rewrites + '-' + i;
      items.push(li);
    }
    feed.replaceChildren(...items);
    state.rewrites += 1;
  };
  const burst = () => {
    state.revision += 1;
    org.description = 'A B2B SaaS platform for revenue teams, revision ' + state.revision + '.';
    ld.textContent = JSON.stringify(org);
    for (let i = 0; i < 5; i++) rewrite();
    setTimeout(burst, ${STORM_PERIOD_MS});
  };
  document.addEventListener('DOMContentLoaded', burst);
})();
</script>`;
  const org = ldScript(organization('mutation-storm')).replace('<script ', '<script id="org" ');
  return `${head('mutation-storm', 'Live deal feed', org)}<body><main><h1>Live deal feed</h1>
<ul id="feed"></ul></main>${footer('mutation-storm')}${storm}</body></html>`;
}

/**
 * Moves to a new URL every 600 ms (pushState with a new query) and changes
 * what it says each time: an endless single-page app, which each
 * navigation gives the watcher's full allowance again.
 */
function urlStormPage(): string {
  const storm = `<script>
(() => {
  const state = { steps: 0 };
  window.__storm = state;
  const heading = document.querySelector('h1');
  setInterval(() => {
    state.steps += 1;
    history.pushState({ step: state.steps }, '', '?view=' + state.steps);
    heading.textContent = 'Dashboard view ' + state.steps;
  }, 600);
})();
</script>`;
  return `${head('url-storm', 'Dashboards')}<body><main><h1>Dashboard</h1></main>${footer('url-storm')}${storm}</body></html>`;
}

/** Characters of a JSON-LD block: just under what any reader should parse. */
const NEAR_CAP = 190_000;

/**
 * JSON-LD built to hurt a reader. First a decoy Organization with a 10 MiB
 * name and a 10 MiB description that claims the site's own URL (a reader
 * that parses it makes it the account); then nesting 99,000 arrays and 9,000
 * objects deep, each block just under 200,000 characters; then 14 blocks of
 * the same size packed with typed nodes and @ids. The honest Organization
 * is the 19th block: a reader that stops early, or lets the blocks before it
 * fill its caps, loses the account. Six more packed blocks follow it.
 */
function maliciousJsonLdPage(): string {
  const { id } = HOSTILE_SITES['malicious-json-ld'];
  const blocks: string[] = [];
  blocks.push(
    ldScript({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'A'.repeat(JSON_LD_STRING_CHARS),
      url: `https://www.${id}`,
      description: 'word '.repeat(JSON_LD_STRING_CHARS / 5),
    }),
  );
  const arrays = 99_000;
  blocks.push(
    `<script type="application/ld+json">${'['.repeat(arrays)}${']'.repeat(arrays)}</script>`,
  );
  const objects = 9_000;
  blocks.push(
    `<script type="application/ld+json">${'{"@type":"Thing","a":'.repeat(objects)}1${'}'.repeat(objects)}</script>`,
  );
  const nodes: string[] = [];
  for (let i = 0, length = 0; length < NEAR_CAP; i++) {
    const node = JSON.stringify({
      '@type': ['Organization', 'Thing'],
      '@id': `#n${i}`,
      name: `Node ${i}`,
      subOrganization: [{ '@id': `#n${i + 1}` }, { '@type': 'Thing', x: [[[[[i]]]]] }],
    });
    nodes.push(node);
    length += node.length + 1;
  }
  const packed = `<script type="application/ld+json">{"@graph":[${nodes.join(',')}]}</script>`;
  for (let i = 0; i < 14; i++) blocks.push(packed);
  blocks.push(ldScript(organization('malicious-json-ld')));
  for (let i = 0; i < 6; i++) blocks.push(packed);
  return `${head('malicious-json-ld', 'Data contracts', blocks.join('\n'))}<body><main><h1>Data contracts for analytics</h1>
</main>${footer('malicious-json-ld')}</body></html>`;
}
