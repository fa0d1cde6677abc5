// URLs as pages state them: relative, malformed, or of any scheme. Every
// reader parses them through here, so a bad href is one undefined, never a
// thrown error halfway through a page.

/** `text` as an absolute URL (resolved against `base` when given), or undefined. */
export function parseUrl(text: string, base?: string | URL): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

/** The same, for http(s) URLs only: mailto:, javascript:, data: are no page. */
export function httpUrl(text: string, base?: string | URL): URL | undefined {
  const url = parseUrl(text, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : undefined;
}
