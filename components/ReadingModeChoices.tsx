import {
  READING_MODE_LABELS,
  READING_MODES,
  type ReadingMode,
} from '@/lib/core/privacy/reading-policy';

/** What each reading mode means to a rep, said the same on the options and first-run pages. */
const MODE_HELP: Record<ReadingMode, string> = {
  auto: 'Reads LinkedIn and every company site you open, except the never-read list.',
  'linkedin-auto':
    'Reads LinkedIn as you browse; any other site only when you click ICP Lens or press Alt+Shift+L.',
  click: 'Reads nothing until you click ICP Lens or press Alt+Shift+L on a page.',
};

/**
 * One radio button a reading mode, with what it reads in a rep's words; the
 * same on the options and first-run pages. `testId`: the prefix of each
 * button's test id.
 */
export function ReadingModeChoices(props: {
  name: string;
  value: ReadingMode;
  onChoose: (mode: ReadingMode) => void;
  testId: string;
}) {
  return READING_MODES.map((mode) => (
    <div key={mode} className="mode-choice">
      <label>
        <input
          type="radio"
          name={props.name}
          value={mode}
          checked={props.value === mode}
          onChange={() => props.onChoose(mode)}
          data-testid={`${props.testId}-${mode}`}
        />{' '}
        {READING_MODE_LABELS[mode]}
      </label>
      <p className="hint">{MODE_HELP[mode]}</p>
    </div>
  ));
}
