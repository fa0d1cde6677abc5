// The HQ country a company's own site states in its small print (footer
// lines, copyright and 本社 lines; see RawCompany.smallPrint), with the
// strength of the evidence:
// - stated: a legal phrase that names the seat's country ("Registered in
//   England & Wales", "Amtsgericht", "P.IVA", "本社："), a country name in
//   any of many languages on an address line or right after one
//   ("6825 MB Arnhem / Niederlande"), or a postal code with its country's
//   prefix ("CH-6300 Zug", "D - 10117 Berlin");
// - likely: a postal code and city in the format of the domain's own country
//   ("27580 Bremerhaven" on a .de site). A ccTLD or the page language alone
//   never sets a country.
// An address line from the page's body (ADDRESS_BLOCK) counts only when it
// or the two lines before it name the site owner: a body also prints clients',
// venues' and suppliers' addresses. The owner's structured address with no
// country goes through the same rules.
// Country names come from i18n-iso-countries (background/CLI only).

import { ADDRESS_BLOCK, type RawAddress, type RawText } from '../hints/raw-page';
import { mainLabel } from '../owner/name-fit';
import { squash } from '../values/text';
import { countryInAnyLanguage } from './countries';

export interface Seat {
  country: string;
  /** Which rule read it, quoting the line. */
  evidence: string;
  likely: boolean;
}

const LEGAL_PHRASES: [RegExp, string][] = [
  [/registered in (?:england|scotland|wales|northern ireland)|companies house/i, 'GB'],
  [/\b(?:amtsgericht|registergericht)\b/i, 'DE'],
  [/\bp\.\s?iva\b|\bpartita iva\b/i, 'IT'],
  [/本社[：:]\s*\S/, 'JP'],
];

/** International vehicle codes before a postal code ("CH-8000 Zürich"), with the code's length. */
const PREFIXES: Record<string, [string, number]> = {
  D: ['DE', 5],
  A: ['AT', 4],
  CH: ['CH', 4],
  I: ['IT', 5],
  F: ['FR', 5],
  NL: ['NL', 4],
  B: ['BE', 4],
  L: ['LU', 4],
  DK: ['DK', 4],
  N: ['NO', 4],
  FIN: ['FI', 5],
  E: ['ES', 5],
  P: ['PT', 4],
  FL: ['LI', 4],
};
const PREFIXED_POSTAL =
  /(?:^|[\s,|*•·])(D|A|CH|I|F|NL|B|L|DK|N|FIN|E|P|FL)\s?[-–]\s?(\d{4,5})\s+\p{Lu}/u;

/** A postal code followed by a capitalised place name, after a separator or a house number. */
const POSTAL_CITY = /(?:^|[,|*•·–—]\s*|\d+[a-z]?\s+)(\d{4,5}|\d{4}\s?[A-Z]{2})\s+\p{Lu}[\p{L}.-]+/u;
const YEAR = /^(?:19|20)\d\d$/;

/** Postal code formats by ccTLD, for the "likely" rule. */
const TLD_POSTAL: Record<string, [string, RegExp]> = {
  de: ['DE', /^\d{5}$/],
  at: ['AT', /^\d{4}$/],
  ch: ['CH', /^\d{4}$/],
  li: ['LI', /^\d{4}$/],
  no: ['NO', /^\d{4}$/],
  dk: ['DK', /^\d{4}$/],
  be: ['BE', /^\d{4}$/],
  lu: ['LU', /^\d{4}$/],
  nl: ['NL', /^\d{4}\s?[A-Z]{2}$/],
  fr: ['FR', /^\d{5}$/],
  it: ['IT', /^\d{5}$/],
  es: ['ES', /^\d{5}$/],
  fi: ['FI', /^\d{5}$/],
};

function postalOf(line: string): string | undefined {
  const code = POSTAL_CITY.exec(line)?.[1];
  return code && !YEAR.test(code) ? code : undefined;
}

function quoted(line: string): string {
  return `"${line.length > 100 ? `${line.slice(0, 100)}…` : line}"`;
}

/** A part of the line that is a country's name ("Italien", "Schweiz", "Norway"). */
function countryNamed(line: string): string | undefined {
  for (const part of line.split(/\s*(?:[,|*•·–—()/]|\s-\s)\s*/)) {
    const text = part.trim();
    if (text.length < 4 || text.length > 40 || /\d/.test(text)) continue;
    const code = countryInAnyLanguage(text);
    if (code) return code;
  }
  return undefined;
}

/** German and Nordic letters as a domain spells them: "Bächli" is baechli. */
function asDomainSpells(text: string): string {
  const spelled: Record<string, string> = {
    ä: 'ae',
    ö: 'oe',
    ü: 'ue',
    ß: 'ss',
    å: 'aa',
    ø: 'oe',
    æ: 'ae',
  };
  return text.toLowerCase().replace(/[äöüßåøæ]/g, (c) => spelled[c] ?? c);
}

/** Whether an address block names the owner of `host` ("Werbeagentur VON DER SEE GmbH" on von-der-see.de). */
function namesOwner(block: string, host: string): boolean {
  const label = mainLabel(host).replace(/-/g, '');
  if (label.length < 4) return false;
  return squash(block).includes(label) || squash(asDomainSpells(block)).includes(label);
}

/** The owner's structured address as a line ("8606 Nänikon"), for an address that names no country. */
export function addressSeatLine(address: RawAddress): RawText | undefined {
  const line = [address.postalCode, address.locality].filter(Boolean).join(' ');
  return line ? { value: line, evidence: address.evidence } : undefined;
}

export function seatFromSmallPrint(lines: readonly RawText[], host: string): Seat | undefined {
  const texts = lines
    .filter((l) => l.evidence !== ADDRESS_BLOCK || namesOwner(l.value, host))
    .map((l) => l.value);
  for (const [pattern, country] of LEGAL_PHRASES) {
    const line = texts.find((t) => pattern.test(t));
    if (line) return { country, evidence: `legal phrase in ${quoted(line)}`, likely: false };
  }
  for (let i = 0; i < texts.length; i += 1) {
    const line = texts[i] ?? '';
    const prefixed = PREFIXED_POSTAL.exec(line);
    const rule = prefixed ? PREFIXES[prefixed[1] ?? ''] : undefined;
    if (prefixed && rule && prefixed[2]?.length === rule[1]) {
      return {
        country: rule[0],
        evidence: `postal code with country prefix in ${quoted(line)}`,
        likely: false,
      };
    }
    if (!postalOf(line)) continue;
    // The country on the address line, or alone on the line after it.
    for (const candidate of [line, texts[i + 1] ?? '']) {
      const country = countryNamed(candidate);
      if (country) {
        return {
          country,
          evidence: `address with country in ${quoted(candidate === line ? line : `${line} / ${candidate}`)}`,
          likely: false,
        };
      }
    }
  }
  const tld = host.split('.').pop()?.toLowerCase() ?? '';
  const format = TLD_POSTAL[tld];
  if (format) {
    const line = texts.find((t) => {
      const code = postalOf(t);
      return code !== undefined && format[1].test(code);
    });
    if (line) {
      return {
        country: format[0],
        evidence: `likely: postal code and city in ${quoted(line)}, in the format of .${tld}`,
        likely: true,
      };
    }
  }
  return undefined;
}
