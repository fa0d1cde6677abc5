// Raw signal statements to SignalHints with a short, uniform detail:
// "Series B, $40M", "Careers page (https://acme.com/careers)", "We're hiring",
// "17 open jobs", "hiring for: SDR, AE", "New office in Berlin". A statement
// whose detail cannot be read is dropped; duplicates are merged.

import { HINT_LIMITS } from '../hints/hint-limits';
import { formatMoney, MONEY, moneyFromText } from './money';
import type { PageKind, SignalHint } from '../hints/page-hints';
import type { RawSignal } from '../hints/raw-page';
import { aboutItself } from '../values/statement';
import { clip } from '../values/text';

const ROLES: readonly (readonly [string, RegExp])[] = [
  ['SDR', /\bSDRs?\b|sales development/i],
  ['BDR', /\bBDRs?\b|business development rep/i],
  ['AE', /\bAEs?\b|account executive/i],
  ['RevOps', /\bRevOps\b|revenue operations/i],
];

const ROUND = String.raw`\b(?:pre-seed|seed|series [a-h])\b`;
/** "raised" with an amount or a round is a funding round; other verbs also need a funding word. */
const RAISED = new RegExp(String.raw`\brais(?:ed|es|ing)\b[^.!?]{0,80}?(?:${MONEY}|${ROUND})`, 'i');
const FUNDED = new RegExp(
  String.raw`\b(?:(?:clos|secur|announc|complet)(?:e[sd]|ing)|land(?:s|ed))\b[^.!?]{0,80}?(?:${MONEY}|${ROUND})`,
  'i',
);
const FUNDING_WORD =
  /\b(?:round|funding|financing|investment|investors|series [a-h]|seed|led by)\b/i;
const ROUND_ALONE = new RegExp(String.raw`${ROUND} (?:funding|financing|round|investment)\b`, 'i');
const EXPANSION =
  /\b(?:opens|opened|opening|launches|launched|launching)\b[^.!?]{0,30}?\b(?:office|offices|headquarters|hub)\b[^.!?]{0,12}?\bin (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})/u;

/** Where the signals were read: a company site's prose is held to stricter patterns than LinkedIn's cards. */
export interface SignalSource {
  kind: PageKind;
  /** The company's name, to tell its own statements from others'. */
  name: string;
  /** The careers link normalization kept (on the company's domain or a job board). */
  careers?: string;
}

export function signalsFromRaw(
  raws: readonly RawSignal[] | undefined,
  source: SignalSource,
): SignalHint[] {
  const prose = source.kind === 'website';
  const signals: SignalHint[] = [];
  const add = (type: string, detail: string | undefined, evidence: string) => {
    if (!detail || signals.length >= HINT_LIMITS.signals) return;
    const d = clip(detail, HINT_LIMITS.evidence);
    if (signals.some((s) => s.type === type && s.detail === d)) return;
    signals.push({ type, detail: d, evidence: clip(evidence, HINT_LIMITS.evidence) });
  };
  const titles: RawSignal[] = [];
  for (const raw of raws ?? []) {
    switch (raw.kind) {
      case 'funding':
        add(
          'funding',
          prose ? statedFunding(raw.value, source.name) : fundingDetail(raw.value),
          raw.evidence,
        );
        break;
      case 'careers':
        // Only a careers link that normalization kept as the company's own.
        if (source.careers) add('hiring', `Careers page (${source.careers})`, raw.evidence);
        break;
      case 'hiring':
        add('hiring', "We're hiring", raw.evidence);
        break;
      case 'job-count':
        add('hiring', jobCountDetail(raw.value), raw.evidence);
        break;
      case 'job-title':
        titles.push(raw);
        break;
      case 'expansion':
        add('expansion', statedExpansion(raw.value, source.name), raw.evidence);
        break;
    }
  }
  const roles = ROLES.filter(([, pattern]) => titles.some((t) => pattern.test(t.value)));
  if (roles.length > 0) {
    const where = titles[0]?.evidence ?? 'job list';
    add(
      'hiring',
      `hiring for: ${roles.map(([role]) => role).join(', ')}`,
      `${where}: ${titles.map((t) => t.value).join('; ')}`,
    );
  }
  return signals;
}

/** "raised a $40M Series B" → "Series B, $40M"; "Last Round · US$ 4.8M · 2017-03-08" → "Last round, $4.8M (2017-03-08)". */
export function fundingDetail(value: string): string | undefined {
  const round = /\b(pre-seed|seed|series [a-h])\b/i.exec(value)?.[1];
  const money = moneyFromText(value);
  // A range is no single round's amount.
  const amount =
    money && money.min !== undefined && money.min === money.max
      ? formatMoney(money.min, money.currency)
      : undefined;
  if (!round && !amount) return undefined;
  const name = round
    ? round.charAt(0).toUpperCase() +
      round
        .slice(1)
        .toLowerCase()
        .replace(/ ([a-h])$/, (m) => m.toUpperCase())
    : /\blast round\b/i.test(value)
      ? 'Last round'
      : undefined;
  const date = /\b((?:19|20)\d\d-\d\d-\d\d)\b/.exec(value)?.[1];
  const detail = [name, amount].filter(Boolean).join(', ');
  return date ? `${detail} (${date})` : detail;
}

/**
 * The round a company's own sentence announces ("Acme raised a $40M Series
 * B" → "Series B, $40M"), read from the statement on: an earlier amount in
 * the sentence is not the round's.
 */
function statedFunding(sentence: string, name: string): string | undefined {
  const match =
    RAISED.exec(sentence) ??
    (FUNDING_WORD.test(sentence) ? FUNDED.exec(sentence) : null) ??
    ROUND_ALONE.exec(sentence);
  if (!match || !aboutItself(sentence, match.index, name)) return undefined;
  return fundingDetail(sentence.slice(match.index));
}

/** "Acme opens a new office in Berlin." → "New office in Berlin". */
function statedExpansion(sentence: string, name: string): string | undefined {
  const match = EXPANSION.exec(sentence);
  const place = match?.[1]?.replace(/[.]+$/, '');
  if (!match || !place || !aboutItself(sentence, match.index, name)) return undefined;
  return `New office in ${place}`;
}

/** "Show all 8 jobs" → "8 open jobs". */
function jobCountDetail(value: string): string | undefined {
  const n = Number(/(\d[\d,]*)/.exec(value)?.[1]?.replace(/,/g, '') ?? NaN);
  if (!Number.isInteger(n) || n <= 0 || n > 100_000) return undefined;
  return `${n} open job${n === 1 ? '' : 's'}`;
}
