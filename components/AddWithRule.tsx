import { useId, useState } from 'react';
import { RULE_FIELD_LABELS, RULE_FIELDS } from '@/lib/core/icp/form-draft';
import type { CriterionField } from '@/lib/core/icp/schema';

/** Picks what a new criterion or disqualifier looks at, then adds it. */
export function AddWithRule({
  what,
  context,
  onAdd,
}: {
  what: string;
  /** What it is added to, when the page has several (a segment's name). */
  context?: string;
  onAdd: (field: CriterionField) => void;
}) {
  const id = useId();
  const [field, setField] = useState<CriterionField>('industry');
  return (
    <div className="form-row">
      <label htmlFor={id}>
        Rule of a new {what}
        {context && ` in ${context}`}
      </label>
      <select id={id} value={field} onChange={(e) => setField(e.target.value as CriterionField)}>
        {RULE_FIELDS.map((f) => (
          <option key={f} value={f}>
            {RULE_FIELD_LABELS[f]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => onAdd(field)}>
        Add {what}
        {context && <span className="visually-hidden"> to {context}</span>}
      </button>
    </div>
  );
}
