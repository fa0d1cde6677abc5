// What a company's own site states in prose, picked out in the page and
// decided in the background: the reader only selects the few sentences that
// may state a fact (size, founding year, revenue) or a signal (funding,
// expansion), with short trigger words and the rule that the company is the
// sentence's subject; normalize-statements.ts and normalize-signals.ts apply
// the precise patterns. Hiring statements are short and exact, so they are
// read here as they are ("We're hiring", "42 open positions"); job titles
// come from the job list's structure (job-list.ts).

import { clip, quote, raw } from './dom-text';
import {
  RAW_LIMITS,
  type RawSignal,
  type RawSignalKind,
  type RawText,
} from '../../core/hints/raw-page';
import { aboutItself, sentencesOf } from '../../core/values/statement';

const HIRING = /\bwe(?:['’]re| are) (?:now )?hiring\b|\bnow hiring\b/i;
const JOBS = '(?:jobs|positions|roles|openings|vacancies)';
/** "See all 17 jobs", "42 open positions": never the tail of "12,000 open jobs". */
const JOB_COUNT = new RegExp(
  String.raw`\b(?:see|view|show|browse|explore) all \d{1,4} (?:open )?${JOBS}\b|(?<![\d,.])\b\d{1,4} (?:open|current|available) ${JOBS}\b`,
  'i',
);
/**
 * What a funding statement states in any language: an amount of money or a
 * round ("$40M", "20 Mio. €", "15 Millionen Euro", "Series B", "série A").
 * The background reads the verb ("raised", "lève", "sammelt … ein").
 */
const FUNDING = /[$€£]\s?\d|\d\s?(?:mio|mrd|mil|euro|eur\b|usd)|\bs[eé]ries? [a-h]\b|\bseed\b/i;
/**
 * What an expansion statement names in any language: an office ("Büro",
 * "bureau", "oficina", "ufficio", "kantoor"), a headquarters, a market
 * entered ("into"). The background reads the verb ("opens", "eröffnet").
 */
const EXPANSION =
  /office|headquarters|\bhub\b|b[üu]ro\b|standort|bureau|si[eè]ge|oficina|escrit[oó]rio|ufficio|\bsede\b|kantoor| into /i;
/** Words that may state the company's size, age or revenue. */
const FACT =
  /\b(?:team of|employees|team members|staff|people|founded|established|incorporated|since|est\.|revenues?|ARR|turnover)\b/i;

/**
 * Hiring statements, and the sentences that may state funding or expansion,
 * in a sample of a company site's text. `careersPage`: the page is the
 * company's job list, whose counts are its openings.
 */
export function readTextSignals(
  lines: readonly string[],
  name: string,
  careersPage: boolean,
): RawSignal[] {
  const signals: RawSignal[] = [];
  const add = (kind: RawSignalKind, value: string, evidence: string) => {
    const v = clip(value, RAW_LIMITS.text);
    if (signals.length < RAW_LIMITS.signals && !signals.some((s) => s.value === v)) {
      signals.push({ kind, value: v, evidence: clip(evidence, RAW_LIMITS.evidence) });
    }
  };
  for (const line of lines) {
    const hiring = HIRING.exec(line);
    if (hiring) add('hiring', hiring[0], `text ${quote(line)}`);
    // Counts and titles only on the careers page: elsewhere a staffing firm's
    // "800 open jobs" or a blog's "how to hire an AE" are not its own openings.
    if (!careersPage) continue;
    const count = JOB_COUNT.exec(line);
    if (count) add('job-count', count[0], `text ${quote(line)}`);
  }
  for (const sentence of sentencesOf(lines)) {
    for (const [kind, pattern] of [
      ['funding', FUNDING],
      ['expansion', EXPANSION],
    ] as const) {
      const match = pattern.exec(sentence);
      if (match && aboutItself(sentence, match.index, name)) {
        add(kind, sentence, `text ${quote(sentence)}`);
      }
    }
  }
  return signals;
}

/** Sentences of the home or about page that may state the company's size, age or revenue. */
export function readFactStatements(lines: readonly string[], name: string): RawText[] {
  const statements: RawText[] = [];
  for (const sentence of sentencesOf(lines)) {
    const match = FACT.exec(sentence);
    if (!match || !/\d/.test(sentence) || !aboutItself(sentence, match.index, name)) continue;
    const statement = raw(sentence, 'text of the home or about page');
    if (statement) statements.push(statement);
    if (statements.length >= RAW_LIMITS.statements) break;
  }
  return statements;
}
