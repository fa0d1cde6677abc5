const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * `word` in `text` with no letter or digit on either side, in any script
 * ("ae" is not in "aerospace", "CRM" is in "CRM-Software"). Both are
 * compared as given: callers lower-case them once, not per call.
 */
export function hasWholeWord(text: string, word: string): boolean {
  if (!word) return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((!before || !WORD_CHAR.test(before)) && (!after || !WORD_CHAR.test(after))) return true;
  }
  return false;
}
