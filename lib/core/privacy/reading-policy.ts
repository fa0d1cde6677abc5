// Where ICP Lens reads, decided from the URL and the rep's (or the
// administrator's) reading settings. Pure: the worker, the panel and the
// options page all ask the same question the same way.

/** The three reading modes, narrowest last. */
export const READING_MODES = ['auto', 'linkedin-auto', 'click'] as const;
export type ReadingMode = (typeof READING_MODES)[number];

export const READING_MODE_LABELS: Record<ReadingMode, string> = {
  auto: 'LinkedIn and company sites',
  'linkedin-auto': 'LinkedIn, and other sites when I click',
  click: 'Only when I click',
};

/**
 * Which accounts are stored: every company page read ("any"), only those the
 * rep opens in the panel ("opened"), or those scoring at least the named
 * tier of the active ICP ("tier:<id>"; an ICP tier id never holds a colon).
 */
export type KeepAccounts = 'any' | 'opened' | `tier:${string}`;

export const DEFAULT_KEEP: KeepAccounts = 'any';

export interface ReadingSettings {
  mode: ReadingMode;
  /** Hosts and patterns never read: `example.com` (and its subdomains), `*bank*`, `10.*`. */
  neverRead: string[];
  /** Hosts the rep paused from the panel. */
  paused: string[];
  /** Days after which an account not opened in the panel is deleted; 0 keeps them. */
  retentionDays: number;
  keep: KeepAccounts;
}

/**
 * What a rep would expect never to be read: webmail, online banking and
 * payments, and hosts that are the rep's own machine or network. The
 * browser's own pages (chrome://, about:, the web stores) are never read
 * whatever the list says.
 */
export const DEFAULT_NEVER_READ: readonly string[] = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'mail.yahoo.com',
  'mail.proton.me',
  'icloud.com',
  'paypal.com',
  '*bank*',
  'localhost',
  '*.local',
  '*.internal',
  '127.*',
  '10.*',
  '192.168.*',
  '172.16-31.*',
];

export const DEFAULT_RETENTION_DAYS = 180;

export const DEFAULT_READING_SETTINGS: ReadingSettings = {
  mode: 'auto',
  neverRead: [...DEFAULT_NEVER_READ],
  paused: [],
  retentionDays: DEFAULT_RETENTION_DAYS,
  keep: DEFAULT_KEEP,
};

/** Hosts that belong to the browser or its extension store: never read. */
const BROWSER_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

export type ReadingState =
  /** Read automatically. */
  | 'read'
  /** Not a web page (chrome://, about:, file:) or the browser's own store. */
  | 'browser-page'
  /** On the never-read list: read only after the rep confirms. */
  | 'never-read'
  /** Paused by the rep on this site. */
  | 'paused'
  /** The reading mode reads this site only when the rep clicks. */
  | 'on-click';

export function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

export function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/** A site as the rep thinks of it: the host without a leading `www.`. */
export function siteOf(host: string): string {
  return host.replace(/^www\./, '');
}

/**
 * Does `host` match one list entry? A plain domain matches itself and its
 * subdomains; `*` matches any run of characters; a numeric range `16-31`
 * between dots matches one label in that range (for 172.16.0.0/12).
 */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  if (!p) return false;
  if (!/[*]|\d-\d/.test(p)) return host === p || host.endsWith(`.${p}`);
  const source = p
    .split('.')
    .map((label) => {
      const range = /^(\d{1,3})-(\d{1,3})$/.exec(label);
      if (range) {
        const [lo, hi] = [Number(range[1]), Number(range[2])];
        const alternatives = [];
        for (let n = lo; n <= hi && alternatives.length <= 256; n++) alternatives.push(String(n));
        return `(?:${alternatives.join('|')})`;
      }
      return label
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&'))
        .join('.*');
    })
    .join('\\.');
  return new RegExp(`^${source}$`).test(host);
}

export function onList(host: string, list: readonly string[]): boolean {
  return list.some((pattern) => hostMatches(host, pattern));
}

/** What ICP Lens does on `url` with these settings when nobody clicked. */
export function readingState(url: string, settings: ReadingSettings): ReadingState {
  const host = hostOf(url);
  if (!host || BROWSER_HOSTS.includes(host)) return 'browser-page';
  if (onList(host, settings.neverRead)) return 'never-read';
  if (onList(host, settings.paused)) return 'paused';
  if (settings.mode === 'click') return 'on-click';
  if (settings.mode === 'linkedin-auto' && !isLinkedInHost(host)) return 'on-click';
  return 'read';
}

/**
 * May a read of `url` be kept? `clicked` is the rep's explicit request (the
 * toolbar button, the shortcut, "Read this page"); `confirmed` is their
 * second yes for a never-read host.
 */
export function mayRead(
  url: string,
  settings: ReadingSettings,
  request: { clicked: boolean; confirmed?: boolean } = { clicked: false },
): boolean {
  const state = readingState(url, settings);
  if (state === 'read') return true;
  if (state === 'browser-page') return false;
  if (state === 'never-read') return request.clicked && request.confirmed === true;
  return request.clicked;
}

/** Adds or removes a site from the paused list; the list never holds a site twice. */
export function withPaused(paused: readonly string[], site: string, on: boolean): string[] {
  const rest = paused.filter((s) => s !== site);
  return on ? [...rest, site] : rest;
}

/** One pattern a line, blank lines and `#` comments dropped. */
export function parsePatternList(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
        .filter((line) => line.length > 0 && line.length <= 253),
    ),
  ];
}

/** The match patterns a mode's automatic content scripts run on. */
export function autoMatches(mode: ReadingMode): string[] {
  if (mode === 'auto') return ['http://*/*', 'https://*/*'];
  if (mode === 'linkedin-auto') return ['https://*.linkedin.com/*'];
  return [];
}
