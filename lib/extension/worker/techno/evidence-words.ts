// Evidence a sales rep can read: where on the page a technology showed
// itself, in words ("its files under /wp-content/ are loaded"), not the
// dataset's regex. The regex stays in the technical evidence, for experts.

const QUOTE = 60;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTE ? `${flat.slice(0, QUOTE)}…` : flat}”`;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** A loaded file's URL and the part of it a pattern matched, in words. */
export function loadedFileWords(url: string, matched: string): string {
  const host = hostOf(url);
  const at = matched ? url.toLowerCase().indexOf(matched.toLowerCase()) : -1;
  const pathStart = host ? url.indexOf(host) + host.length : 0;
  if (host && at >= 0 && at < pathStart) return `a script is loaded from ${host}`;
  // A directory-like match: `/wp-content/`, `/_next/static/`.
  const dir = /\/[\w.@~-]+(?:\/[\w.@~-]+)*\//.exec(matched)?.[0];
  if (dir) return `its files under ${dir} are loaded`;
  const file = (at >= 0 ? url.slice(at) : url).split(/[?#]/)[0]!.split('/').pop();
  if (file && /\.\w+$/.test(file))
    return host ? `its script ${file} is loaded from ${host}` : `its script ${file} is loaded`;
  return host ? `a script is loaded from ${host}` : `a script ${quoted(url)} is loaded`;
}

export const say = {
  url: () => 'the page address is one of its sites',
  scriptSrc: loadedFileWords,
  inline: (matched: string) => `an inline script contains ${quoted(matched)}`,
  html: (matched: string) => `the page’s markup contains ${quoted(matched)}`,
  text: (matched: string) => `the page’s text names ${quoted(matched)}`,
  carrier: (name: string, word: string) =>
    `the shop’s text names ${quoted(name)} next to ${quoted(word)}`,
  css: (matched: string) => `its styles use ${quoted(matched)}`,
  loader: (matched: string) => `an inline script loads it (${quoted(matched)})`,
  embed: (what: string | undefined, host: string) =>
    `its ${what ?? 'embed'} is embedded (iframe from ${host})`,
  afterConsent: (reason: string) =>
    `held back by the consent manager, runs after consent (${reason})`,
  meta: (name: string, value: string) => `the page’s ${name} meta tag says ${quoted(value)}`,
  cookie: (name: string) => `the site sets a cookie named ${name}`,
  global: (chain: string, value: string | true) =>
    value === true
      ? `the page defines window.${chain}`
      : `the page sets window.${chain} to ${quoted(value)}`,
  selector: (selector: string) => `the page has an element matching ${selector}`,
  selectorText: (selector: string, text: string) =>
    `the page’s ${selector} element reads ${quoted(text)}`,
  selectorAttribute: (selector: string, attribute: string, value: string) =>
    `the page’s ${selector} element has ${attribute} ${quoted(value)}`,
  implied: (parent: string) => `comes with ${parent}`,
};
