import { employeesFromText } from '../normalize/employees';
import { locationFromText } from '../normalize/location';
import type { CompanyHints } from '../hints/page-hints';
import type { Criterion } from '../icp/schema';
import type { RepAnswer } from '../scoring/facts';
import type { CompanyField } from './field-compare';
import type { AccountFacts } from './account';
import { setRepValue } from './merge';

/** What a rep typed or chose for one criterion in the panel. */
export type AnswerInput =
  { kind: 'value'; text: string } | { kind: 'status'; status: RepAnswer['status']; note?: string };

/**
 * How an answer is stored: a firmographic answer ("Employees: 320") becomes
 * the company's value for that field, so every segment and criterion sees
 * it; any other answer ("Budget: yes, about $150k") decides its criterion.
 */
export type ParsedAnswer =
  | { kind: 'field'; field: CompanyField; value: CompanyHints[CompanyField] }
  | { kind: 'criterion'; answer: Omit<RepAnswer, 'at'> }
  | { kind: 'invalid'; problem: string };

const FIELD_OF: Partial<Record<Criterion['rule']['field'], CompanyField>> = {
  industry: 'industry',
  employees: 'employees',
  revenueUsd: 'revenueUsd',
  hq: 'hq',
};

/** Whether the panel asks for a value (a number, a place) or for yes / partly / no. */
export function answerKind(criterion: Criterion): AnswerInput['kind'] {
  return FIELD_OF[criterion.rule.field] ? 'value' : 'status';
}

export function parseAnswer(criterion: Criterion, input: AnswerInput): ParsedAnswer {
  if (input.kind === 'status') {
    const note = input.note?.trim().slice(0, 300);
    return { kind: 'criterion', answer: { status: input.status, ...(note && { note }) } };
  }
  const field = FIELD_OF[criterion.rule.field];
  const text = input.text.trim().slice(0, 300);
  if (!field) return { kind: 'invalid', problem: 'choose yes, partly or no' };
  if (!text) return { kind: 'invalid', problem: 'type an answer first' };
  switch (field) {
    case 'employees': {
      const value = employeesFromText(text);
      return value
        ? { kind: 'field', field, value }
        : { kind: 'invalid', problem: 'give a headcount such as 320 or 200-500' };
    }
    case 'revenueUsd': {
      const value = revenueFromAnswer(text);
      return value
        ? { kind: 'field', field, value }
        : { kind: 'invalid', problem: 'give revenue such as $40M or 10-50M' };
    }
    case 'hq': {
      const value = locationFromText(text);
      return value?.country
        ? { kind: 'field', field, value }
        : {
            kind: 'invalid',
            problem: 'give a place with its country, such as "Austin, TX" or "Berlin, Germany"',
          };
    }
    default:
      return { kind: 'field', field, value: text };
  }
}

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

/** "$40M", "40 million", "10-50M" in US dollars, as a rep would type it on a call. */
function revenueFromAnswer(text: string): { min: number; max: number } | undefined {
  const match =
    /^\$?\s*([\d.,]+)\s*(?:-|to|–)?\s*\$?\s*([\d.,]+)?\s*(k|thousand|mm|m|million|bn|b|billion)?\b/i.exec(
      text.replace(/usd/i, '').trim(),
    );
  if (!match) return undefined;
  const scale = SCALE[(match[3] ?? '').toLowerCase()] ?? 1;
  const low = Number(match[1]!.replace(/,/g, '')) * scale;
  const high = match[2] ? Number(match[2].replace(/,/g, '')) * scale : low;
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low) return undefined;
  return { min: Math.round(low), max: Math.round(high) };
}

/** The facts once an answer is stored, or why the answer cannot be read. */
export function applyAnswer(
  facts: AccountFacts,
  criterion: Criterion,
  input: AnswerInput,
  now: number,
): { ok: true; facts: AccountFacts } | { ok: false; problem: string } {
  const parsed = parseAnswer(criterion, input);
  if (parsed.kind === 'invalid') return { ok: false, problem: parsed.problem };
  return {
    ok: true,
    facts:
      parsed.kind === 'field'
        ? setRepValue(facts, parsed.field, parsed.value, now)
        : {
            ...facts,
            answers: { ...facts.answers, [criterion.id]: { ...parsed.answer, at: now } },
          },
  };
}
