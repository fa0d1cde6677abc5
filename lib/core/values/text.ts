// How text is clipped and folded before it is compared or stored: one place,
// so that a page reader, a normaliser and the scorer agree on what "the same
// name" means.

/** At most `max` characters, never splitting a surrogate pair, trailing space dropped. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end).trimEnd();
}

/** Lower case with accents dropped: "Île-de-France" → "île-de-france" → "ile-de-france". */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Folded case, single spaces: "  Île-de-France " → "ile-de-france". */
export function foldSpaces(text: string): string {
  return foldCase(text).replace(/\s+/g, ' ').trim();
}

/** Letters and digits only: "Learn Node" → "learnnode". */
export function squash(text: string): string {
  return foldCase(text).replace(/[^a-z0-9]/g, '');
}

/** Words only, "&" read as "and": "Hospital & Health Care" → "hospital and health care". */
export function foldWords(text: string): string {
  return foldCase(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A term as an ICP lists it, for equality: case, "&" and spacing do not
 * matter, but symbols do ("C++" and "C#" stay apart).
 */
export function foldTerm(text: string): string {
  return text.toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
}
