// Hosts whose pages are never a company's own site, kept as data so a new
// case is one line. Deliberately small: an unknown host falls through to the
// page's own signals (schema types, a site name that fits the host).

/**
 * Search engines, webmail, social networks, code and document hosting,
 * blog platforms and directories: their pages talk about companies but
 * belong to the platform. `name.*` matches any country TLD (google.co.uk).
 */
export const PLATFORM_HOSTS: readonly string[] = [
  'google.*',
  'bing.com',
  'duckduckgo.com',
  'yahoo.com',
  'baidu.com',
  'yandex.*',
  'ecosia.org',
  'outlook.com',
  'live.com',
  'office.com',
  'proton.me',
  'facebook.com',
  'instagram.com',
  'x.com',
  'twitter.com',
  'threads.net',
  'bsky.app',
  'mastodon.social',
  'tiktok.com',
  'youtube.com',
  'reddit.com',
  'pinterest.com',
  'linkedin.com',
  'github.com',
  'github.io',
  'gitlab.com',
  'gitlab.io',
  'bitbucket.org',
  'stackoverflow.com',
  'medium.com',
  'substack.com',
  'wordpress.com',
  'blogspot.com',
  'blogger.com',
  'tumblr.com',
  'dev.to',
  'hashnode.dev',
  'notion.site',
  'notion.so',
  'readthedocs.io',
  'gitbook.io',
  'wikipedia.org',
  'ycombinator.com',
  'producthunt.com',
  'crunchbase.com',
  'glassdoor.com',
  'indeed.com',
  'g2.com',
  'capterra.com',
  'trustpilot.com',
];

/**
 * Hosts that serve their users' sites on their own subdomains
 * (buchperlen.wordpress.com, acme.webflow.io): any page on a subdomain other
 * than www is someone else's, whatever it names.
 */
export const USER_SITE_HOSTS: readonly string[] = [
  'wordpress.com',
  'blogspot.com',
  'blogspot.*',
  'blogger.com',
  'tumblr.com',
  'substack.com',
  'medium.com',
  'github.io',
  'gitlab.io',
  'hashnode.dev',
  'notion.site',
  'readthedocs.io',
  'gitbook.io',
  'wixsite.com',
  'webflow.io',
  'squarespace.com',
  'weebly.com',
  'jimdosite.com',
  'jimdo.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'carrd.co',
  'strikingly.com',
  'over-blog.com',
  'livejournal.com',
  'typepad.com',
  'ghost.io',
  'webnode.page',
  'site123.me',
];

/**
 * Subdomains where a platform speaks about itself (about.gitlab.com,
 * blog.medium.com): its own company pages, not a user's.
 */
export const OWN_SUBDOMAINS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'about',
  'blog',
  'press',
  'newsroom',
  'news',
  'investors',
  'ir',
  'careers',
  'jobs',
  'company',
  'corporate',
]);

/** News and media sites: their articles mention companies without being theirs. */
export const MEDIA_HOSTS: readonly string[] = [
  'techcrunch.com',
  'bbc.com',
  'bbc.co.uk',
  'wired.com',
  'nytimes.com',
  'wsj.com',
  'ft.com',
  'bloomberg.com',
  'reuters.com',
  'forbes.com',
  'fortune.com',
  'businessinsider.com',
  'cnbc.com',
  'cnn.com',
  'theguardian.com',
  'washingtonpost.com',
  'theverge.com',
  'venturebeat.com',
  'zdnet.com',
  'arstechnica.com',
  'engadget.com',
  'axios.com',
  'fastcompany.com',
  'inc.com',
  'radio-canada.ca',
  'cbc.ca',
  'spiegel.de',
  'zeit.de',
  'faz.net',
  'sueddeutsche.de',
  'handelsblatt.com',
  'lemonde.fr',
  'lefigaro.fr',
  'elpais.com',
  'corriere.it',
  'nikkei.com',
];

/** Job boards that host companies' careers pages (boards.greenhouse.io/acme). */
export const JOB_BOARD_HOSTS: readonly string[] = [
  'greenhouse.io',
  'lever.co',
  'ashbyhq.com',
  'workable.com',
  'recruitee.com',
  'bamboohr.com',
  'teamtailor.com',
  'smartrecruiters.com',
  'personio.de',
  'personio.com',
  'breezy.hr',
  'jobvite.com',
  'myworkdayjobs.com',
  'welcometothejungle.com',
];

const compiled = new WeakMap<readonly string[], RegExp>();

/** One regex per list: links are checked by the hundred on every page. */
function listPattern(list: readonly string[]): RegExp {
  let pattern = compiled.get(list);
  if (!pattern) {
    const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const alternatives = list.map((entry) =>
      // google.* stands for google.com, google.de, google.co.uk, google.com.br
      entry.endsWith('.*') ? `${escape(entry.slice(0, -2))}(?:\\.[a-z]{2,3}){1,2}` : escape(entry),
    );
    pattern = new RegExp(`(?:^|\\.)(?:${alternatives.join('|')})$`);
    compiled.set(list, pattern);
  }
  return pattern;
}

/** Whether `host` is one of `list` or a subdomain of one. */
export function hostMatches(host: string, list: readonly string[]): boolean {
  return listPattern(list).test(host.toLowerCase().replace(/\.$/, ''));
}

const LINKEDIN = ['linkedin.com'] as const;

export function isLinkedInHost(host: string): boolean {
  return hostMatches(host, LINKEDIN);
}
