// A funding round as typed data, read from a company's own sentence ("Acme
// raised a $40M Series B", "Acme lève 20 millions d'euros en série A", "Acme
// sammelt 15 Millionen Euro ein") or from a LinkedIn funding card ("Series C ·
// US$ 36.5M · 2017-03-08"): its round, its amount in its own currency and its
// date. Background and CLI only.

import type { FundingRound, FundingSignal } from '../hints/page-hints';
import { MONEY, moneyFromText } from './money';
import { aboutItself } from '../values/statement';
import { foldCase } from '../values/text';

// JavaScript's \b knows ASCII letters only: "lève" and "série" need Unicode edges.
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

const ROUND = String.raw`${START}(?:pre-?seed|seed|s[ée]ries?[ -]?[a-h]|serie[ -]?[a-h])${END}`;
/** Verbs that say the company raised money, in the languages of its news. */
const RAISE = String.raw`${START}(?:rais(?:ed|es|ing)|l[eè]v(?:e|é|ée|ent)|lev[ée]e|sammel\w*|eingesammelt|recaud\w*|capt(?:a|ou|ó|ado|am)|levant(?:a|ou|ó)|arrecad\w*|raccogli\w*|raccolt[oi]|haal\w*|opgehaald)${END}`;
/** Verbs that need a funding word beside them ("closes its Series B", "schließt Finanzierungsrunde ab"). */
const CLOSE = String.raw`${START}(?:(?:clos|secur|announc|complet)(?:e[sd]|ing)|land(?:s|ed)|erh[äa]lt|erhielt|schlie(?:ß|ss)t|boucle|obtient|cierra|cerr[óo]|fecha|fechou|chiude|ottiene|sluit|ontvangt)${END}`;
const FUNDING_WORD = new RegExp(
  String.raw`${START}(?:round|funding|financing|investment|investors|led by|finanzierung\w*|investoren|kapital|financement|tour de table|investisseurs|ronda|financiaci[óo]n|inversores|rodada|investimento|investidores|finanziamento|investitori|financiering\w*|investeerders|s[ée]ries?[ -]?[a-h]|seed)${END}`,
  'iu',
);
const RAISED = new RegExp(String.raw`${RAISE}[^.!?]{0,80}?(?:${MONEY}|${ROUND})`, 'iu');
const CLOSED = new RegExp(String.raw`${CLOSE}[^.!?]{0,80}?(?:${MONEY}|${ROUND})`, 'iu');
const ROUND_ALONE = new RegExp(
  String.raw`${ROUND}[ -](?:funding|financing|round|investment|finanzierung\w*|runde)`,
  'iu',
);

const MONTHS: readonly string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'enero', 'janeiro', 'gennaio', 'januari'],
  ['february', 'feb', 'februar', 'fevrier', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  ['march', 'mar', 'marz', 'mars', 'marzo', 'marco', 'maart'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'julho', 'luglio'],
  ['august', 'aug', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'settembre'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'outubro', 'ottobre'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'decembre', 'diciembre', 'dezembro', 'dicembre'],
];
const MONTH_NUMBER = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})`;
/** "8 March 2017", "8. März 2017", "8 de marzo de 2017", "March 8, 2017", "März 2026". */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`\b(?:(\d{1,2})\.?\s(?:de\s)?)?${MONTH}\.?\s(?:(\d{1,2}),?\s)?(?:de\s)?((?:19|20)\d\d)\b`,
);
const ISO_DATE = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;

/** The round a company's own sentence announces; `name` tells its sentences from others'. */
export function statedFunding(sentence: string, name: string): FundingSignal | undefined {
  const match =
    RAISED.exec(sentence) ??
    (FUNDING_WORD.test(sentence) ? CLOSED.exec(sentence) : null) ??
    ROUND_ALONE.exec(sentence);
  if (!match || !aboutItself(sentence, match.index, name)) return undefined;
  // From the statement on: an earlier amount in the sentence is not the round's.
  return readFunding(sentence.slice(match.index));
}

/** Round, amount and date as a funding card or a statement writes them; nothing without a round or an amount. */
export function readFunding(text: string): FundingSignal | undefined {
  const round = roundOf(text);
  const money = moneyFromText(text);
  // A range is no single round's amount.
  const amount =
    money?.min !== undefined && money.min === money.max
      ? { value: money.min, currency: money.currency }
      : undefined;
  if (!round && !amount) return undefined;
  const date = dateOf(text);
  return { ...(round && { round }), ...(amount && { amount }), ...(date && { date }) };
}

function roundOf(text: string): FundingRound | undefined {
  const t = foldCase(text);
  const series = /(?<![a-z])series?[ -]?([a-h])(?![a-z])/.exec(t)?.[1];
  if (series) return `series-${series as 'a'}`;
  if (/(?<![a-z])pre-?seed(?![a-z])/.test(t)) return 'pre-seed';
  if (/(?<![a-z])(?:seed|amorcage|semilla|semente)(?![a-z])/.test(t)) return 'seed';
  return undefined;
}

/** "2017-03-08", or a written date in any of the languages above: "2017-03-08" or "2026-03". */
function dateOf(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return iso[0];
  const written = DAY_MONTH_YEAR.exec(foldCase(text));
  if (!written) return undefined;
  const month = MONTH_NUMBER.get(written[2]!)!;
  const day = Number(written[1] ?? written[3] ?? 0);
  const ym = `${written[4]}-${String(month).padStart(2, '0')}`;
  return day >= 1 && day <= 31 ? `${ym}-${String(day).padStart(2, '0')}` : ym;
}
