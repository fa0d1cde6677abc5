import { describe, expect, it } from 'vitest';
import { appendAt, removeAt, setAt } from '../../../lib/core/icp/draft-path';
import {
  checkDraft,
  draftText,
  formatList,
  newCriterion,
  newDisqualifier,
  numberFromInput,
  parseList,
  readDraft,
  ruleShape,
  RULE_FIELDS,
  type Draft,
} from '../../../lib/core/icp/form-draft';
import { parseIcp } from '../../../lib/core/icp/parse';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';

// The options page's form edits the JSON editor's text through these
// helpers: read the text, change one path, write the text back.

const sampleText = JSON.stringify(sampleIcp, null, 2);

function draftOf(text = sampleText): Draft {
  const read = readDraft(text);
  if (!read.ok) throw new Error(read.detail);
  return read.draft;
}

/** What the form does on one edit: the next text, as the JSON view will show it. */
function edit(draft: Draft, path: (string | number)[], value: unknown): string {
  return draftText(setAt(draft, path, value));
}

function parsed(text: string) {
  const result = parseIcp(JSON.parse(text));
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.icp;
}

describe('the ICP form draft', () => {
  it('typing a weight changes that weight and nothing else', () => {
    const text = edit(draftOf(), ['segments', 0, 'criteria', 1, 'weight'], numberFromInput('40'));
    const expected = structuredClone(sampleIcp);
    expected.segments[0]!.criteria[1]!.weight = 40;
    expect(parsed(text)).toEqual(expected);
  });

  it('a tier threshold, an employee bound and the confidence floor land where the form shows them', () => {
    let draft = draftOf();
    draft = setAt(draft, ['tiers', 1, 'minScore'], numberFromInput('55'));
    draft = setAt(draft, ['segments', 1, 'criteria', 1, 'rule', 'min'], numberFromInput('100'));
    draft = setAt(draft, ['minConfidence'], numberFromInput('60'));
    const icp = parsed(draftText(draft));
    expect(icp.tiers.map((t) => t.minScore)).toEqual([75, 55, 25, 0]);
    expect(icp.segments[1]!.criteria[1]!.rule).toEqual({ field: 'employees', min: 100, max: 500 });
    expect(icp.minConfidence).toBe(60);
  });

  it('clearing an optional bound removes it instead of writing 0', () => {
    const text = edit(
      draftOf(),
      ['segments', 0, 'criteria', 1, 'rule', 'max'],
      numberFromInput(''),
    );
    expect(parsed(text).segments[0]!.criteria[1]!.rule).toEqual({ field: 'employees', min: 200 });
  });

  it('keeps a rule it cannot express, and keys it does not know, through edits and back', () => {
    const unknownRule = { field: 'funding-stage', stages: ['Series A'], since: '2024' };
    const extraKey = { field: 'industry', anyOf: ['Retail'], exclude: ['Grocery'] };
    let draft = draftOf();
    draft = setAt(draft, ['segments', 0, 'criteria', 1, 'rule'], unknownRule);
    draft = setAt(draft, ['antiIcp', 0, 'rule'], extraKey);
    draft = setAt(draft, ['x-team-notes'], { owner: 'RevOps' });
    expect(ruleShape(unknownRule)).toBe('unknown');
    expect(ruleShape(extraKey)).toBe('unknown');

    // Edits elsewhere in the same criterion, the segment and the ICP.
    draft = draftOf(edit(draft, ['segments', 0, 'criteria', 1, 'weight'], 30));
    draft = draftOf(edit(draft, ['segments', 0, 'criteria', 1, 'label'], 'Funded'));
    draft = draftOf(edit(draft, ['name'], 'Renamed'));
    draft = draftOf(draftText(removeAt(draft, ['segments', 0, 'criteria', 0])));

    expect(draft.name).toBe('Renamed');
    const criterion = (draft as any).segments[0].criteria[0];
    expect(criterion).toMatchObject({ id: 'employees', label: 'Funded', weight: 30 });
    expect(criterion.rule).toEqual(unknownRule);
    expect((draft as any).antiIcp[0].rule).toEqual(extraKey);
    expect(draft['x-team-notes']).toEqual({ owner: 'RevOps' });
    // The schema still names the problem, at the rule the form leaves to JSON.
    expect([...checkDraft(draft).keys()]).toEqual(['segments.0.criteria.0.rule.field']);
  });

  it('shows every rule of the sample in the form', () => {
    const rules = [
      ...sampleIcp.segments.flatMap((s) => s.criteria.map((c) => c.rule)),
      ...sampleIcp.antiIcp.map((d) => d.rule),
    ];
    expect(rules.map(ruleShape).filter((s) => s === 'unknown')).toEqual([]);
    expect(new Set(rules.map(ruleShape))).toEqual(new Set(RULE_FIELDS));
  });

  it.each([
    [
      'a weight cleared',
      ['segments', 0, 'criteria', 2, 'weight'],
      numberFromInput(''),
      'segments.0.criteria.2.weight',
      'expected number',
    ],
    [
      'a weight over 100',
      ['segments', 0, 'criteria', 2, 'weight'],
      150,
      'segments.0.criteria.2.weight',
      '<=100',
    ],
    [
      'an employee minimum above the maximum',
      ['segments', 1, 'criteria', 1, 'rule', 'min'],
      1000,
      'segments.1.criteria.1.rule',
      'min must not exceed max',
    ],
    [
      'a country that is not a code',
      ['segments', 0, 'criteria', 3, 'rule', 'countries'],
      parseList('US, usa', 'comma'),
      'segments.0.criteria.3.rule.countries.1',
      'ISO 3166-1 alpha-2',
    ],
    [
      'no industry left',
      ['antiIcp', 0, 'rule', 'anyOf'],
      parseList('\n', 'line'),
      'antiIcp.0.rule.anyOf',
      'Too small',
    ],
    ['a tier threshold over 100', ['tiers', 0, 'minScore'], 101, 'tiers.0.minScore', '<=100'],
    ['an empty segment name', ['segments', 1, 'name'], '', 'segments.1.name', 'Too small'],
  ] as const)('%s gives a message at that field', (_, path, value, at, words) => {
    const draft = setAt(draftOf(), path, value);
    const problems = checkDraft(draft);
    expect([...problems.keys()]).toEqual([at]);
    expect(problems.get(at)!.join(' ')).toContain(words);
    // The same words the JSON editor lists, there after the path.
    const json = parseIcp(draft);
    expect(json.ok ? [] : json.problems.map((p) => p.slice(p.indexOf(': ') + 2))).toEqual(
      problems.get(at),
    );
  });

  it('adds criteria and disqualifiers with free ids, valid once their rule has values', () => {
    let draft = draftOf();
    const criteria = (draft as any).segments[1].criteria;
    draft = appendAt(draft, ['segments', 1, 'criteria'], newCriterion('employees', criteria));
    draft = appendAt(draft, ['antiIcp'], newDisqualifier('industry', (draft as any).antiIcp));
    expect((draft as any).segments[1].criteria.at(-1).id).toBe('employees-2');
    expect([...checkDraft(draft).keys()]).toEqual(['antiIcp.3.rule.anyOf']);
    draft = setAt(draft, ['antiIcp', 3, 'rule', 'anyOf'], ['Gambling Facilities and Casinos']);
    const icp = parsed(draftText(draft));
    expect(icp.segments[1]!.criteria.at(-1)).toMatchObject({
      id: 'employees-2',
      kind: 'fit',
      rule: { field: 'employees', min: 0 },
    });
    expect(icp.antiIcp.at(-1)).toMatchObject({ id: 'no-industry', reason: expect.any(String) });
    expect(icp.antiIcp.at(-1)!.capTier).toBeUndefined();
  });

  it('a new criterion of every field is a criterion the schema knows', () => {
    for (const field of RULE_FIELDS) {
      const criteria = sampleIcp.segments[0]!.criteria;
      const draft = appendAt(draftOf(), ['segments', 0, 'criteria'], newCriterion(field, criteria));
      const paths = [...checkDraft(draft).keys()];
      expect(
        paths.every((p) => p.startsWith('segments.0.criteria.7.rule')),
        field,
      ).toBe(true);
    }
  });

  it('removing the last criterion of a segment is named at its criteria', () => {
    let draft = setAt(draftOf(), ['segments', 1, 'criteria'], [sampleIcp.segments[1]!.criteria[0]]);
    draft = removeAt(draft, ['segments', 1, 'criteria', 0]);
    expect([...checkDraft(draft).keys()]).toEqual(['segments.1.criteria']);
  });

  it('lists keep commas inside industry names when typed one per line', () => {
    const industries = sampleIcp.segments[0]!.criteria[0]!.rule;
    const list = industries.field === 'industry' ? industries.anyOf : [];
    expect(list).toContain('Technology, Information and Internet');
    expect(parseList(formatList(list, 'line'), 'line')).toEqual(list);
    expect(parseList(' US ,CA,, GB ', 'comma')).toEqual(['US', 'CA', 'GB']);
    expect(formatList(['US', 'CA'], 'comma')).toBe('US, CA');
  });

  it('reads only a JSON object of the current schema version', () => {
    expect(readDraft('{ nope')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(readDraft('[1]')).toMatchObject({ ok: false, reason: 'not-an-object' });
    expect(readDraft('{"schemaVersion":1}')).toMatchObject({
      ok: false,
      reason: 'other-schema-version',
    });
    expect(readDraft(sampleText).ok).toBe(true);
  });

  it('treats text that is not a number yet as cleared', () => {
    expect(numberFromInput('')).toBeUndefined();
    expect(numberFromInput('  ')).toBeUndefined();
    expect(numberFromInput('1e3')).toBe(1000);
    expect(numberFromInput('-')).toBeUndefined();
  });
});
