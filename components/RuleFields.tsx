import { getAt, type Path } from '@/lib/core/icp/draft-path';
import { RULE_FIELD_LABELS, ruleShape } from '@/lib/core/icp/form-draft';
import { JsonOnly, ListField, NumberField, PathProblems } from '@/components/FormFields';
import { useFormDraft } from '@/components/icp-form-context';

/** The main values of a criterion's or disqualifier's rule; any other rule is left to JSON. */
export function RuleFields({ path }: { path: Path }) {
  const { draft } = useFormDraft();
  const shape = ruleShape(getAt(draft, path));
  const at = (key: string): Path => [...path, key];
  return (
    <fieldset className="form-group">
      <legend>Rule: {shape === 'unknown' ? 'not editable here' : RULE_FIELD_LABELS[shape]}</legend>
      {shape === 'unknown' && <JsonOnly what="This rule" path={path} />}
      {shape === 'industry' && <ListField path={at('anyOf')} label="Industries" separator="line" />}
      {(shape === 'employees' || shape === 'revenueUsd') && (
        <>
          <NumberField
            path={at('min')}
            label={shape === 'employees' ? 'Minimum employees' : 'Minimum revenue (USD)'}
            min={0}
            step={shape === 'employees' ? 1 : 'any'}
          />
          <NumberField
            path={at('max')}
            label={shape === 'employees' ? 'Maximum employees' : 'Maximum revenue (USD)'}
            min={0}
            step={shape === 'employees' ? 1 : 'any'}
          />
        </>
      )}
      {shape === 'hq' && (
        <>
          <ListField
            path={at('countries')}
            label="Countries (ISO codes such as US)"
            separator="comma"
          />
          <ListField
            path={at('regions')}
            label="Only these regions (ISO codes such as US-CA)"
            separator="comma"
            optional
          />
        </>
      )}
      {shape === 'technologies' && (
        <>
          <ListField path={at('anyOf')} label="Technologies" separator="line" />
          <ListField path={at('categories')} label="Technology categories" separator="line" />
        </>
      )}
      {shape === 'keywords' && <ListField path={at('anyOf')} label="Keywords" separator="line" />}
      {(shape === 'technologies' || shape === 'keywords') && (
        <NumberField
          path={at('minMatches')}
          label="Matches needed for a full match"
          min={1}
          max={50}
          step={1}
          hint="1 when empty"
        />
      )}
      {shape === 'answer' && <p>Known only from the rep&apos;s answer: nothing to set here.</p>}
      {shape !== 'unknown' && <PathProblems path={path} />}
    </fieldset>
  );
}
