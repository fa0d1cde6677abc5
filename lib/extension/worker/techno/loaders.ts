// What the dataset misses and a person reads off a page: embeds by their
// iframe `src`, and vendors started by inline loader snippets (which insert
// the vendor's script later). Each rule names a dataset technology, so its
// categories and implications come from the table.

export interface LoaderRule {
  name: string;
  /** Host of an embedded iframe, matched on the URL's host. */
  iframeHost?: RegExp;
  /** What the frame is, for a rep: "its chat widget is embedded". */
  embed?: string;
  /** The loader snippet's telling part, matched on inline code as it runs (see inert.ts). */
  inline?: RegExp;
}

export const LOADER_RULES: LoaderRule[] = [
  {
    name: 'HubSpot',
    iframeHost: /(?:^|\.)(?:hsforms\.net|hsforms\.com|hubspot\.com)$/,
    embed: 'form',
    // The tracking code's URL, a form embed call, or the tracking queue
    // HubSpot's own snippet declares (`var _hsq = window._hsq = ...`).
    inline:
      /\bjs(?:-eu1)?\.hs-scripts\.com\/\d+\.js|\bhbspt\.forms\.create\s*\(|\b_hsq\s*=\s*\(?\s*window\._hsq\b/,
  },
  { name: 'Calendly', iframeHost: /(?:^|\.)calendly\.com$/, embed: 'scheduler' },
  { name: 'Typeform', iframeHost: /(?:^|\.)typeform\.com$/, embed: 'form' },
  {
    name: 'Drift',
    iframeHost: /(?:^|\.)(?:driftt\.com|drift\.com)$/,
    embed: 'chat widget',
    inline: /\bjs\.driftt\.com\/include\//,
  },
  {
    name: 'Intercom',
    iframeHost: /(?:^|\.)(?:intercom-sheets\.com|intercom\.io|intercomcdn\.com)$/,
    embed: 'chat widget',
    inline:
      /\bwidget\.intercom\.io\/widget\/|\bwindow\.intercomSettings\s*=|\bIntercom\s*\(\s*['"]boot['"]/,
  },
  {
    name: 'Segment',
    inline: /\bcdn\.segment\.(?:com|io)\/analytics\.js\/|\banalytics\.SNIPPET_VERSION\s*=/,
  },
  {
    name: 'Google Analytics',
    // gtag's loader and the analytics.js snippet (`(window,document,'script',
    // 'https://www.google-analytics.com/analytics.js','ga')`): the reference
    // reads only script URLs, so a page that starts GA inline is one it misses.
    inline:
      /\bgoogletagmanager\.com\/gtag\/js\?id=(?:G|UA)-|\bgoogle-analytics\.com\/analytics\.js['"]/,
  },
  { name: 'Demandbase', inline: /\btag\.demandbase\.com\// },
  { name: 'Leadfeeder', inline: /\bsc\.lfeeder\.com\/lftracker/ },
  {
    // The self-hosted browser agent: inlined in the page, no script URL to see.
    name: 'New Relic',
    inline: /;NREUM\.(?:init|loader_config|info)\s*=|\bwindow\.NREUM\s*(?:=|\|\|)/,
  },
  {
    name: 'Raygun',
    inline: /\bcdn\.raygun\.io\/raygun4js\/|\brg4js\s*\(\s*['"]apiKey['"]/,
  },
];

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}
