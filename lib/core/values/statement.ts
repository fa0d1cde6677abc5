// Sentences in a company's prose, and whether one speaks about the company
// itself. A company site also talks about its customers ("our customer
// Initech raised a Series B"), investors and partners; a fact or a signal is
// only taken from a sentence whose subject is the company ("we", "our", its
// name) and in which nobody else is named first.

import { squash } from './text';

/** Words that put someone other than the company in a sentence. */
const OTHERS = /\b(?:customers?|clients?|portfolio|partners?|investees?|users?)\b/i;
// Case-sensitive "us": "US$ 5M" and "US office" are not the first person.
const FIRST_PERSON = /\b(?:[Ww]e(?:['’](?:re|ve))?|[Oo]ur|us)\b/;

/** The lines' sentences, split after ".", "!" or "?" before a capital. */
export function sentencesOf(lines: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const line of lines) {
    for (const sentence of line.split(/(?<=[.!?])\s+(?=[A-Z"“])/)) {
      if (sentence) sentences.push(sentence);
    }
  }
  return sentences;
}

/**
 * Whether the part of `sentence` before `at` makes the company its subject:
 * first person or the company's name, and no customer, partner or investor
 * named before the statement.
 */
export function aboutItself(sentence: string, at: number, name: string): boolean {
  const before = sentence.slice(0, at);
  if (OTHERS.test(before)) return false;
  if (FIRST_PERSON.test(sentence)) return true;
  const key = squash(name);
  return key.length >= 3 && squash(sentence).includes(key);
}
