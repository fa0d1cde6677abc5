import Papa from 'papaparse';
import { useId, useState, type ChangeEvent } from 'react';
import { backtest, type BacktestReport } from '@/lib/core/backtest/backtest';
import {
  DEAL_FIELDS,
  guessMapping,
  type ColumnMapping,
  type DealField,
} from '@/lib/core/backtest/columns';
import { parseDeals } from '@/lib/core/backtest/parse-deals';
import { parseIcp } from '@/lib/core/icp/parse';
import type { IcpConfig } from '@/lib/core/icp/schema';
import { BacktestReportView } from '@/components/BacktestReportView';

const FIELD_TEXT: Record<DealField, string> = {
  name: 'Company name',
  domain: 'Domain',
  industry: 'Industry',
  employees: 'Employees',
  revenue: 'Revenue',
  country: 'Country',
  technologies: 'Technologies',
  outcome: 'Outcome (won/lost/open)',
  dealValue: 'Deal value',
  closeDate: 'Close date',
  dealId: 'Deal id (duplicates counted once)',
};

const PREVIEW_ROWS = 5;

type State =
  | { step: 'idle' }
  | { step: 'mapping'; file: File; headers: string[]; preview: string[][]; mapping: ColumnMapping }
  | { step: 'running'; rows: number }
  | { step: 'done'; reports: { title: string; report: BacktestReport }[] }
  | { step: 'failed'; problem: string };

/** Back-tests the active ICP (and a draft, side by side) on won and lost deals from a CSV. */
export function BacktestPanel({ icp }: { icp: IcpConfig }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [draft, setDraft] = useState<{ icp?: IcpConfig; problem?: string }>({});
  const id = useId();

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    // The header row proposes a mapping; a few rows let the manager check it.
    Papa.parse<string[]>(file, {
      preview: PREVIEW_ROWS + 1,
      skipEmptyLines: 'greedy',
      complete: (result) => {
        const [first = [], ...rows] = result.data;
        const headers = first.map((h) => h.replace(/^\uFEFF/, '').trim());
        setState({ step: 'mapping', file, headers, preview: rows, mapping: guessMapping(headers) });
      },
      error: (error) => setState({ step: 'failed', problem: error.message }),
    });
  };

  const chooseDraft = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return setDraft({});
    try {
      const parsed = parseIcp(JSON.parse(await file.text()));
      setDraft(
        parsed.ok ? { icp: parsed.icp } : { problem: parsed.problems.slice(0, 5).join('; ') },
      );
    } catch {
      setDraft({ problem: `${file.name} is not JSON` });
    }
  };

  const run = async () => {
    if (state.step !== 'mapping') return;
    setState({ step: 'running', rows: 0 });
    try {
      const parsed = await parseDeals(state.file, {
        mapping: state.mapping,
        // Let the page repaint between chunks: 100,000 rows never freeze it.
        onProgress: (rows) =>
          new Promise((resolve) => {
            setState({ step: 'running', rows });
            setTimeout(resolve, 0);
          }),
      });
      const reports = [
        {
          title: `Active: ${icp.name} v${icp.version}`,
          report: backtest(parsed.deals, icp, parsed.errors),
        },
      ];
      if (draft.icp) {
        reports.push({
          title: `Draft: ${draft.icp.name} v${draft.icp.version}`,
          report: backtest(parsed.deals, draft.icp, parsed.errors),
        });
      }
      setState({ step: 'done', reports });
    } catch (error) {
      setState({ step: 'failed', problem: (error as Error).message });
    }
  };

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Back-test on won and lost deals</h2>
      <p>
        Import a CSV exported from your CRM or a spreadsheet, one row per account with its outcome
        (won, lost or open). The ICP is a hypothesis until it separates the deals you won from the
        ones you lost.
      </p>
      <div className="form-row">
        <label htmlFor={`${id}-file`}>Deals CSV</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          onChange={chooseFile}
          data-testid="deals-file"
        />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-draft`}>Draft ICP to compare (optional JSON)</label>
        <input
          id={`${id}-draft`}
          type="file"
          accept=".json,application/json"
          onChange={chooseDraft}
          data-testid="draft-icp-file"
        />
        {draft.problem && <p role="alert">Draft ICP: {draft.problem}</p>}
      </div>
      {state.step === 'mapping' && (
        <fieldset className="mapping">
          <legend>Columns</legend>
          {DEAL_FIELDS.map((field) => (
            <div key={field} className="form-row">
              <label htmlFor={`${id}-${field}`}>{FIELD_TEXT[field]}</label>
              <select
                id={`${id}-${field}`}
                data-testid={`map-${field}`}
                value={state.mapping[field] ?? ''}
                onChange={(e) =>
                  setState({
                    ...state,
                    mapping: { ...state.mapping, [field]: e.target.value || undefined },
                  })
                }
              >
                <option value="">(none)</option>
                {state.headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <PreviewTable headers={state.headers} rows={state.preview} mapping={state.mapping} />
          <button
            type="button"
            onClick={run}
            disabled={!state.mapping.outcome}
            data-testid="run-backtest"
          >
            Run back-test
          </button>
          {!state.mapping.outcome && <p role="alert">Choose the column that holds the outcome.</p>}
        </fieldset>
      )}
      {state.step === 'running' && <p role="status">Reading rows… {state.rows.toLocaleString()}</p>}
      {state.step === 'failed' && <p role="alert">Could not back-test: {state.problem}</p>}
      {state.step === 'done' && (
        <div className="reports">
          {state.reports.map(({ title, report }) => (
            <BacktestReportView key={title} title={title} report={report} />
          ))}
        </div>
      )}
    </section>
  );
}

/** The first rows as the mapping will read them, so a wrong column shows before the run. */
function PreviewTable({
  headers,
  rows,
  mapping,
}: {
  headers: string[];
  rows: string[][];
  mapping: ColumnMapping;
}) {
  const mapped = DEAL_FIELDS.filter((f) => mapping[f]);
  if (rows.length === 0) return <p>The file has no rows after its header.</p>;
  return (
    <table className="preview" data-testid="deals-preview">
      <caption>First {rows.length} rows as they will be read</caption>
      <thead>
        <tr>
          {mapped.map((f) => (
            <th key={f} scope="col">
              {FIELD_TEXT[f]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {mapped.map((f) => (
              <td key={f}>{row[headers.indexOf(mapping[f]!)] ?? ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
