// Company facts a site states only in its prose: its size ("a team of 250",
// "250+ employees"), its age ("founded in 2009", "since 2009") and its
// revenue ("$50M in annual revenue", "ARR of €20 million"). The reader sends
// the candidate sentences of the home and about pages; this picks the exact
// phrase out of them, only where the company is the sentence's subject and
// nobody else's numbers are meant. Structured data wins over all of them.

import { MONEY } from './money';
import type { RawText } from '../hints/raw-page';
import { aboutItself } from '../values/statement';

export interface StatedFacts {
  size?: RawText;
  founded?: RawText;
  revenue?: RawText;
}

const COUNT = String.raw`(?:(?:over|more than|nearly|almost|about|around) )?\d[\d,.]*\+?`;
/** "A team of 5 engineers" counts engineers, not the company. */
const NOT_ALL = String.raw`(?! (?:engineers|developers|designers|scientists|researchers|experts|specialists|consultants|sales|data|software)\b)`;
const SIZE = [
  new RegExp(String.raw`\bteam of ${COUNT}(?: (?:people|employees))?${NOT_ALL}`, 'i'),
  new RegExp(String.raw`\b${COUNT} (?:employees|team members|staff|people)\b`, 'i'),
];
/** Sentences where a count of people is an audience, not a workforce. */
const AUDIENCE =
  /\b(?:trusted|used|loved|chosen) by\b|\bjoin\b|\bserv(?:e|es|ing)\b|\bhelp(?:s|ed|ing)?\b|\breach\b/i;

const FOUNDED = [
  /\b(?:founded|established|incorporated)(?: in)? (?:1[89]|20)\d\d\b/i,
  /\best\.? (?:1[89]|20)\d\d\b/i,
  /\bsince (?:1[89]|20)\d\d\b/i,
];

const REVENUE = [
  new RegExp(
    String.raw`\b(?:annual (?:recurring )?revenue|revenues?|ARR|turnover) (?:of|exceed(?:s|ing)?|(?:is |was )?(?:over|above)|reached|surpassed|topped)(?: (?:over|more than))? ${MONEY}(?:\s?(?:-|–|to)\s?${MONEY})?\+?`,
    'i',
  ),
  new RegExp(
    String.raw`(?:(?:over|more than) )?${MONEY}\+?(?:\s?(?:-|–|to)\s?${MONEY})? (?:in )?(?:annual )?(?:recurring )?(?:revenue|ARR|turnover)\b`,
    'i',
  ),
];
/** Revenue that someone else made: "we helped customers generate $2B in revenue". */
const OTHERS_REVENUE = /\b(?:generat|help|driv|influenc|clos|pipeline)\w*/i;

/** The first statement of each fact, as its exact phrase, with the sentence as evidence. */
export function factsFromStatements(
  statements: readonly RawText[] | undefined,
  name: string,
): StatedFacts {
  const facts: StatedFacts = {};
  for (const { value: sentence } of statements ?? []) {
    facts.size ??= find(SIZE, sentence, name, 'employees', AUDIENCE);
    facts.founded ??= find(FOUNDED, sentence, name, 'founded');
    facts.revenue ??= find(REVENUE, sentence, name, 'revenue', OTHERS_REVENUE);
  }
  return facts;
}

function find(
  patterns: readonly RegExp[],
  sentence: string,
  name: string,
  what: string,
  unless?: RegExp,
): RawText | undefined {
  if (unless?.test(sentence)) return undefined;
  for (const pattern of patterns) {
    const match = pattern.exec(sentence);
    if (!match || !aboutItself(sentence, match.index, name)) continue;
    // "a team of 250." ends a sentence: the full stop is not part of the count.
    const value = match[0].replace(/[.,]+$/, '');
    return { value, evidence: `text (${what}) "${sentence}"` };
  }
  return undefined;
}
