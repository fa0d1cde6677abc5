// A profile headline to a job title. Headlines mix the role and the company
// ("Co-Founder ꩜Substrate", "CEO at Acme", "General Partner @South Park
// Commons | Ex CTO @ Dropbox"): the title is the first role with the company
// taken off.

const MAX_TITLE = 120;

export interface HeadlineParts {
  title?: string;
  /** The company the headline names, when it names one with "at"/"@". */
  company?: string;
}

export function splitHeadline(headline: string, companyName?: string): HeadlineParts {
  // Only the first role: later "|" segments are past roles or slogans.
  const first = (headline.split(/\s+[|•·]\s+/)[0] ?? '').trim();
  if (!first) return {};
  if (companyName) {
    const at = first.toLowerCase().lastIndexOf(companyName.toLowerCase());
    if (at > 0) return tidy(first.slice(0, at));
  }
  const withAt = /^(.+?)\s*(?:\s@\s*|@\s*|\s+at\s+)(.+)$/i.exec(first);
  if (withAt?.[1] && withAt[2]) {
    const parts = tidy(withAt[1]);
    const company = withAt[2].trim();
    return company ? { ...parts, company } : parts;
  }
  return tidy(first);
}

function tidy(text: string): HeadlineParts {
  const title = text.replace(/(?:\s+(?:at|of|for))?[\s,@|·–—-]*$/i, '').trim();
  return title && title.length <= MAX_TITLE ? { title } : {};
}
