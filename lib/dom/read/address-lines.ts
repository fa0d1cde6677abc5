// Finds a postal address line ("Durham, NC 27701") in the places a company
// site prints its own address: <address> elements and the page footer.
// Only North American forms are recognised (state or province code plus a
// ZIP or postal code): they are unambiguous, and normalization checks the
// code against the real list of states and provinces.

import { clip, firstOf, linesOf } from './dom-text';
import { RAW_LIMITS } from '../../core/hints/raw-page';

/** "<city>, ST 12345" / "<city>, ST, 12345" / "<city>, ON K1A 0B1", anchored at the postal code. */
const POSTAL_LINE =
  /([^,]{1,80}),\s*([A-Z]{2}),?\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\w-])/;

export interface AddressLine {
  value: string;
  where: string;
}

/** The first postal address line in the page's address elements or footers. */
export function findAddressLine(doc: Document): AddressLine | undefined {
  const places: [string, string][] = [
    ['address', '<address>'],
    ['[itemtype*="PostalAddress"]', 'microdata PostalAddress'],
    ['footer, [role="contentinfo"]', 'footer'],
  ];
  for (const [selector, where] of places) {
    const elements = doc.querySelectorAll(selector);
    for (const element of firstOf(elements, 5)) {
      for (const line of linesOf(element, 3000, 20000)) {
        const match = POSTAL_LINE.exec(line);
        if (match) {
          // Keep the line only up to the postal code: phone numbers often follow.
          const end = match.index + match[0].length;
          return { value: clip(line.slice(0, end).trim(), RAW_LIMITS.text), where };
        }
      }
    }
  }
  return undefined;
}
