// Two readings of the markup sample the page already sent, made here in the
// worker so the content script gathers nothing more: the text a visitor
// reads (for the dataset's `text` patterns, which wappalyzer runs on the
// body's text) and the page's own <style> rules (for `css` patterns, next to
// the stylesheet rules the page gathered).

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Elements whose content is never read as text on the page. */
const UNREAD = /<(script|style|noscript|template|textarea|svg|head)\b[\s\S]*?<\/\1\s*>/gi;

/** The text of the sample's body as a visitor reads it, whitespace collapsed. */
export function visibleText(html: string): string {
  const body = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(UNREAD, ' ');
  return decode(body.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The contents of the sample's <style> elements. */
export function styleBlocks(html: string): string {
  const blocks: string[] = [];
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) blocks.push(m[1]!);
  return blocks.join('\n');
}
