// Raw signal statements to typed SignalHints: hiring (job titles read into
// departments and seniorities, counts, the careers page), funding (round,
// amount, date) and expansion (kind, place), each with its detail written in
// words from that data (signal-words.ts). A statement whose data cannot be
// read is dropped; duplicates are merged.

import { HINT_LIMITS } from '../hints/hint-limits';
import type {
  ExpansionSignal,
  FundingSignal,
  HiringSignal,
  PageKind,
  SignalHint,
} from '../hints/page-hints';
import type { RawSignal } from '../hints/raw-page';
import type { Department, Seniority } from '../jobs/job-kinds';
import { classifyJobTitle, isJobTitle } from '../jobs/job-title';
import { statedExpansion } from './expansion';
import { readFunding, statedFunding } from './funding';
import { expansionWords, fundingWords, hiringWords } from './signal-words';
import { clip, squash } from '../values/text';

/** Where the signals were read: a company site's prose is held to stricter patterns than LinkedIn's cards. */
export interface SignalSource {
  kind: PageKind;
  /** The company's name, to tell its own statements from others'. */
  name: string;
  /** The careers link normalization kept (on the company's domain or a job board). */
  careers?: string;
}

type Typed =
  | { type: 'hiring'; hiring: HiringSignal }
  | { type: 'funding'; funding: FundingSignal }
  | { type: 'expansion'; expansion: ExpansionSignal };

export function signalsFromRaw(
  raws: readonly RawSignal[] | undefined,
  source: SignalSource,
): SignalHint[] {
  const prose = source.kind === 'website';
  const signals: SignalHint[] = [];
  const add = (typed: Typed | undefined, detail: string, evidence: string) => {
    if (!typed || signals.length >= HINT_LIMITS.signals) return;
    const d = clip(detail, HINT_LIMITS.evidence);
    if (signals.some((s) => s.type === typed.type && s.detail === d)) return;
    signals.push({ ...typed, detail: d, evidence: clip(evidence, HINT_LIMITS.evidence) });
  };
  const hiring = (data: Omit<HiringSignal, 'titles' | 'departments' | 'seniorities'>) => {
    const typed: HiringSignal = { titles: [], departments: [], seniorities: [], ...data };
    return { type: 'hiring' as const, hiring: typed };
  };
  const titles: RawSignal[] = [];
  for (const raw of raws ?? []) {
    switch (raw.kind) {
      case 'funding': {
        const funding = prose ? statedFunding(raw.value, source.name) : readFunding(raw.value);
        if (funding) add({ type: 'funding', funding }, fundingWords(funding), raw.evidence);
        break;
      }
      case 'careers':
        // Only a careers link that normalization kept as the company's own.
        if (source.careers) {
          const typed = hiring({ source: 'careers-page' });
          add(typed, hiringWords(typed.hiring, source.careers), raw.evidence);
        }
        break;
      case 'hiring': {
        const typed = hiring({ source: 'statement' });
        add(typed, hiringWords(typed.hiring), raw.evidence);
        break;
      }
      case 'job-count': {
        const count = jobCount(raw.value);
        const typed = count === undefined ? undefined : hiring({ count, source: 'job-count' });
        if (typed) add(typed, hiringWords(typed.hiring), raw.evidence);
        break;
      }
      case 'job-title':
        if (isJobTitle(raw.value) && postedBy(raw, source.name)) titles.push(raw);
        break;
      case 'expansion': {
        const expansion = statedExpansion(raw.value, source.name);
        if (expansion)
          add({ type: 'expansion', expansion }, expansionWords(expansion), raw.evidence);
        break;
      }
    }
  }
  const list = jobList(titles);
  if (list) {
    const where = titles[0]?.evidence ?? 'job list';
    add({ type: 'hiring', hiring: list }, hiringWords(list), `${where}: ${list.titles.join('; ')}`);
  }
  return signals;
}

/** The job list's titles, each once, with the departments and seniorities they name. */
function jobList(raws: readonly RawSignal[]): HiringSignal | undefined {
  const titles = [...new Set(raws.map((r) => r.value.trim()))].slice(0, HINT_LIMITS.jobTitles);
  if (titles.length === 0) return undefined;
  const departments = new Set<Department>();
  const seniorities = new Set<Seniority>();
  for (const title of titles) {
    const { department, seniority } = classifyJobTitle(title);
    if (department) departments.add(department);
    if (seniority) seniorities.add(seniority);
  }
  return {
    titles: titles.map((t) => clip(t, HINT_LIMITS.text)),
    departments: [...departments],
    seniorities: [...seniorities],
    source: 'job-list',
  };
}

/** A posting's `hiringOrganization` must be the company: a staffing firm's postings are its clients'. */
function postedBy(raw: RawSignal, name: string): boolean {
  if (!raw.by) return true;
  const by = squash(raw.by);
  const own = squash(name);
  return own.length >= 3 && by.length >= 3 && (by.includes(own) || own.includes(by));
}

/** The count a page states: "Show all 8 jobs", "42 open positions", "17 offene Stellen". */
function jobCount(value: string): number | undefined {
  const n = Number(/(\d[\d,.]*)/.exec(value)?.[1]?.replace(/[,.]/g, '') ?? NaN);
  return Number.isInteger(n) && n > 0 && n <= 100_000 ? n : undefined;
}
