// Expansion as typed data, read from a company's own sentence: a new office
// ("Acme opens a new office in Berlin", "Acme eröffnet ein Büro in München",
// "Acme ouvre un bureau à Paris"), a new headquarters ("moves its
// headquarters to Austin") or a market entered ("expands into the UK"). Only
// a sentence that names the place counts: "we opened our doors" is no
// expansion. Background and CLI only.

import type { ExpansionKind, ExpansionSignal } from '../hints/page-hints';
import { aboutItself } from '../values/statement';

const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

const OPEN = String.raw`(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|er[öo]ffne\w*|ouvr\w*|ouvert\w*|inaugur\w*|abr(?:e|iu|i[óo]|ir[áa]?)|apr(?:e|ir[àa]|ono)|apert[oa]|opent|opende|geopend)`;
const MOVE = String.raw`(?:mov(?:es|ed|ing)|relocat(?:es|ed|ing)|verleg\w*|d[ée]m[ée]nag\w*|transf[èe]r\w*|trasl?ad\w*|mud(?:a|ou)|trasferisc\w*|trasferit\w*|verhuis\w*)`;
const EXPAND = String.raw`(?:expand(?:s|ed|ing)?|enter(?:s|ed|ing)?|expandier\w*|s['’](?:[ée]tend|implante)\w*|expande\w*|espande\w*|breidt\w*)`;
const OFFICE = String.raw`(?:offices?|hub|b[üu]ros?|niederlassung\w*|standort\w*|bureaux?|agences?|oficinas?|escrit[óo]rios?|filia(?:l|is|les)|uffici?o?|sedes?|kantoor|kantoren|vestiging\w*)`;
const HEADQUARTERS = String.raw`(?:headquarters|hq|hauptsitz|firmenzentrale|zentrale|si[èe]ge(?: social)?|sede central|sede centrale|matriz|hoofdkantoor)`;
const MARKET = String.raw`(?:markets?|m[äa]rkte?|march[ée]s?|mercados?|mercat[oi])`;
/** The preposition and article before a place: "in", "into the", "à", "nach", "en", "em", "nel", "naar". */
const TO = String.raw`(?:in|into|to|at|à|au|aux|nach|en|em|no|na|a|ad|nel|nella|naar|op)(?:\s(?:the|der|die|den|dem|le|la|les|el|los|o|il|lo|het|de))?`;
const PLACE = String.raw`(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3})`;

const PATTERNS: readonly (readonly [ExpansionKind, RegExp])[] = [
  [
    'headquarters',
    new RegExp(
      String.raw`${START}(?:${OPEN}|${MOVE})${END}[^.!?]{0,40}?${START}${HEADQUARTERS}${END}[^.!?]{0,20}?${START}${TO}\s${PLACE}`,
      'iud',
    ),
  ],
  [
    'office',
    new RegExp(
      String.raw`${START}${OPEN}${END}[^.!?]{0,40}?${START}${OFFICE}${END}[^.!?]{0,20}?${START}${TO}\s${PLACE}`,
      'iud',
    ),
  ],
  [
    'market',
    new RegExp(
      String.raw`${START}${EXPAND}${END}[^.!?]{0,30}?${START}${TO}\s${PLACE}|${START}${EXPAND}${END}[^.!?]{0,20}?${START}(?:the\s)?${PLACE}\s${MARKET}${END}`,
      'iud',
    ),
  ],
];

const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}/u;

export function statedExpansion(sentence: string, name: string): ExpansionSignal | undefined {
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(sentence);
    // The patterns ignore case for their words ("Opens New Office In Berlin"),
    // so the place is read again where it starts, as a run of capitalised words.
    const at = match?.indices?.[1]?.[0] ?? match?.indices?.[2]?.[0];
    const place = at === undefined ? undefined : CAPITALISED.exec(sentence.slice(at))?.[0];
    if (!match || !place) continue;
    if (!aboutItself(sentence, match.index, name)) return undefined;
    // A title-case headline capitalises its conjunctions too: "Berlin And Munich" starts with Berlin.
    const first = place.split(/ (?:And|Und|Et|Y|E|En|Ed|Or|Of)(?: |$)/)[0]!;
    return { kind, place: first.replace(/[.]+$/, '') };
  }
  return undefined;
}
