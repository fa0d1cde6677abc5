import { useId, useState, type ReactNode } from 'react';
import { getAt, pathKey, problemsAt, type Path } from '@/lib/core/icp/draft-path';
import {
  formatList,
  inputText,
  isStringList,
  numberFromInput,
  parseList,
  type ListSeparator,
} from '@/lib/core/icp/form-draft';
import { useFormDraft } from '@/components/icp-form-context';

// Labelled inputs bound to one path of the ICP draft, each with the schema's
// problems at that path shown under it, in the JSON editor's words.

/** The problems at a path, under the field or fieldset they belong to. */
export function FieldProblems({ id, problems }: { id: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="problems field-problems">
      {problems.map((p) => (
        <li key={p} data-testid="field-problem">
          {p}
        </li>
      ))}
    </ul>
  );
}

/** The schema's problems at exactly `path` (or below it with `deep`), for a fieldset. */
export function PathProblems({ path, deep = false }: { path: Path; deep?: boolean }) {
  const { problems } = useFormDraft();
  const id = useId();
  return (
    <div data-problems-for={pathKey(path)}>
      <FieldProblems id={id} problems={problemsAt(problems, path, deep)} />
    </div>
  );
}

function Field({
  path,
  label,
  hint,
  children,
}: {
  path: Path;
  label: string;
  hint?: string;
  children: (props: {
    id: string;
    'data-path': string;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const { problems } = useFormDraft();
  const id = useId();
  const found = problemsAt(problems, path);
  const describedBy = [hint && `${id}-hint`, found.length > 0 && `${id}-problems`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'data-path': pathKey(path),
        'aria-invalid': found.length > 0 ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <FieldProblems id={`${id}-problems`} problems={found} />
    </div>
  );
}

/** Text; with `optional`, clearing it removes the key instead of leaving "". */
export function TextField({
  path,
  label,
  multiline = false,
  optional = false,
}: {
  path: Path;
  label: string;
  multiline?: boolean;
  optional?: boolean;
}) {
  const { draft, set } = useFormDraft();
  const value = inputText(draft, path);
  const change = (next: string) => set(path, optional && next === '' ? undefined : next);
  return (
    <Field path={path} label={label}>
      {(props) =>
        multiline ? (
          <textarea
            {...props}
            value={value}
            rows={2}
            cols={60}
            onChange={(e) => change(e.target.value)}
          />
        ) : (
          <input {...props} value={value} size={60} onChange={(e) => change(e.target.value)} />
        )
      }
    </Field>
  );
}

/** A number; clearing it removes the key (an optional bound, or a value the schema then asks for). */
export function NumberField({
  path,
  label,
  min,
  max,
  step = 'any',
  hint,
}: {
  path: Path;
  label: string;
  min?: number;
  max?: number;
  step?: number | 'any';
  hint?: string;
}) {
  const { draft, set } = useFormDraft();
  return (
    <Field path={path} label={label} hint={hint}>
      {(props) => (
        <input
          {...props}
          type="number"
          min={min}
          max={max}
          step={step}
          value={inputText(draft, path)}
          onChange={(e) => set(path, numberFromInput(e.target.value))}
        />
      )}
    </Field>
  );
}

/**
 * A list of terms or codes. What was typed is kept while it still means the
 * draft's list, so a trailing comma or new line is not swallowed mid-typing.
 */
export function ListField({
  path,
  label,
  separator,
  optional = false,
}: {
  path: Path;
  label: string;
  separator: ListSeparator;
  optional?: boolean;
}) {
  const { draft, set } = useFormDraft();
  const [typed, setTyped] = useState<string>();
  const value = getAt(draft, path);
  if (!isStringList(value)) return <JsonOnly what={label} path={path} />;
  const list = (value as string[] | undefined) ?? [];
  const shown =
    typed !== undefined && sameList(parseList(typed, separator), list)
      ? typed
      : formatList(list, separator);
  const change = (text: string) => {
    setTyped(text);
    const next = parseList(text, separator);
    set(path, optional && next.length === 0 ? undefined : next);
  };
  const hint = separator === 'line' ? 'one per line' : 'separated by commas';
  return (
    <Field path={path} label={label} hint={hint}>
      {(props) =>
        separator === 'line' ? (
          <textarea
            {...props}
            value={shown}
            rows={Math.min(Math.max(list.length + 1, 2), 8)}
            cols={40}
            onChange={(e) => change(e.target.value)}
          />
        ) : (
          <input {...props} value={shown} size={50} onChange={(e) => change(e.target.value)} />
        )
      }
    </Field>
  );
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** One of a fixed set; `emptyLabel` offers "none", which removes the key. */
export function SelectField({
  path,
  label,
  options,
  emptyLabel,
}: {
  path: Path;
  label: string;
  options: readonly (readonly [value: string, label: string])[];
  emptyLabel?: string;
}) {
  const { draft, set } = useFormDraft();
  const value = inputText(draft, path);
  // A value the list does not offer (a typo in JSON) stays shown, and selected, until changed.
  const all = value && !options.some(([v]) => v === value) ? [...options, [value, value]] : options;
  return (
    <Field path={path} label={label}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => set(path, e.target.value || undefined)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {all.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Where the form stops: what is left, untouched, to the JSON view. */
export function JsonOnly({ what, path }: { what: string; path: Path }) {
  return (
    <div className="json-only" data-json-only={pathKey(path)}>
      <p>{what}: kept as it is; edit it in the JSON view.</p>
      <PathProblems path={path} deep />
    </div>
  );
}
