// Parses saved HTML into a DOM Document outside the browser (CLI and unit
// tests). linkedom is fast on multi-megabyte pages and implements the DOM
// subset the readers use (querySelector, closest, textContent).

import { DOMParser } from 'linkedom';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
