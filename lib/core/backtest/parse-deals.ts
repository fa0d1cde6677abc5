import Papa from 'papaparse';
import { guessMapping, type ColumnMapping } from './columns';
import {
  dealFromRow,
  isRowError,
  type Deal,
  type FieldIssue,
  type ReadOptions,
  type RowError,
} from './deal-row';
import { defaultOutcome, foldStage } from './stages';

/** How the file was read: what was kept, what became unknown, what was set aside. */
export interface ReadSummary {
  /** Data rows in the file, blank lines not counted. */
  rowsRead: number;
  /** Deals kept (after duplicates were counted once). */
  kept: number;
  /** Kept deals with at least one field that could not be read. */
  withUnknownFields: number;
  /** Rows set aside as a whole (no outcome, unmapped stage, broken row). */
  setAside: number;
  /** Rows whose deal id had been seen already, counted once. */
  duplicates: number;
  /** Fields that could not be read, the first ones by row. */
  unread: FieldIssue[];
  unreadCount: number;
  /** What was read by a near match or kept as written, one line per distinct value. */
  notes: { column: string; value: string; note: string; rows: number; firstRow: number }[];
  /** Each distinct stage with its row count and the outcome it was read as. */
  stages: { stage: string; rows: number; outcome?: string }[];
}

export interface ParsedDeals {
  headers: string[];
  mapping: ColumnMapping;
  deals: Deal[];
  errors: RowError[];
  summary: ReadSummary;
}

export interface ParseOptions {
  /** Column mapping; guessed from the headers when absent. */
  mapping?: ColumnMapping;
  /** Called between chunks, so a page can repaint and show progress. */
  onProgress?: (rowsRead: number) => Promise<void> | void;
  /** At most this many rows are read; the rest are reported as one error. */
  maxRows?: number;
  /** Stage and revenue-unit choices from the import preview. */
  read?: ReadOptions;
}

const MAX_ERRORS_KEPT = 1000;
const MAX_ISSUES_KEPT = 1000;

/**
 * Reads a deals CSV (a string or a File) in chunks: good rows become deals,
 * bad rows are reported with their row number and the problem, and the file
 * is never rejected as a whole for one bad row. Handles a BOM, quoted fields,
 * semicolon or tab delimiters and blank lines.
 */
export function parseDeals(input: string | Blob, options: ParseOptions = {}): Promise<ParsedDeals> {
  const maxRows = options.maxRows ?? 1_000_000;
  return new Promise((resolve, reject) => {
    const summary: ReadSummary = {
      rowsRead: 0,
      kept: 0,
      withUnknownFields: 0,
      setAside: 0,
      duplicates: 0,
      unread: [],
      unreadCount: 0,
      notes: [],
      stages: [],
    };
    const result: ParsedDeals = { headers: [], mapping: {}, deals: [], errors: [], summary };
    const notes = new Map<string, ReadSummary['notes'][number]>();
    const stages = new Map<string, ReadSummary['stages'][number]>();
    const byId = new Map<string, number>();
    const keep = (deal: Deal) => {
      if (deal.notes)
        for (const n of deal.notes) {
          const key = `${n.column}\u0000${n.value}`;
          const seen = notes.get(key);
          if (seen) seen.rows += 1;
          else
            notes.set(key, {
              column: n.column,
              value: n.value,
              note: n.note,
              rows: 1,
              firstRow: n.row,
            });
        }
      if (deal.id !== undefined) {
        const at = byId.get(deal.id);
        if (at !== undefined) {
          summary.duplicates += 1;
          // The same deal twice: a closed copy says more than an open one.
          const earlier = result.deals[at]!;
          if (earlier.outcome === 'open' && deal.outcome !== 'open') result.deals[at] = deal;
          return;
        }
        byId.set(deal.id, result.deals.length);
      }
      result.deals.push(deal);
    };
    let row = 0;
    let dropped = 0;
    let truncated = false;
    let failed = false;
    const record = (error: RowError) => {
      summary.setAside += 1;
      if (result.errors.length < MAX_ERRORS_KEPT) result.errors.push(error);
      else dropped += 1;
    };
    Papa.parse<Record<string, string>>(input as string, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (h) => h.replace(/^\uFEFF/, '').trim(),
      chunkSize: 256 * 1024,
      chunk: (results: Papa.ParseResult<Record<string, string>>, parser: Papa.Parser) => {
        if (row === 0) {
          result.headers = results.meta.fields ?? [];
          result.mapping = options.mapping ?? guessMapping(result.headers);
          if (!result.mapping.outcome) {
            failed = true;
            reject(
              new Error(
                `no outcome column found among: ${result.headers.join(', ') || '(no headers)'}`,
              ),
            );
            // abort() calls complete at once, which must not resolve.
            parser.abort();
            return;
          }
        }
        // A row the CSV parser could not split cleanly (too many or too few
        // fields) would put values under the wrong headers: report it, skip it.
        const broken = new Map<number, string>();
        for (const error of results.errors) {
          if (error.row !== undefined) broken.set(error.row, error.message);
        }
        for (const [index, data] of results.data.entries()) {
          row += 1;
          if (row > maxRows) {
            truncated = true;
            parser.abort();
            break;
          }
          const problem = broken.get(index);
          if (problem) {
            record({ row, problem });
            continue;
          }
          const stageText = (data[result.mapping.outcome!] ?? '').trim();
          if (stageText) {
            const key = foldStage(stageText);
            const seen = stages.get(key);
            if (seen) seen.rows += 1;
            else {
              const outcome = options.read?.stages?.[key] ?? defaultOutcome(stageText);
              stages.set(key, {
                stage: stageText.slice(0, 60),
                rows: 1,
                ...(outcome && { outcome }),
              });
            }
          }
          const deal = dealFromRow(data, row, result.mapping, options.read);
          if (isRowError(deal)) record(deal);
          else keep(deal);
        }
        if (options.onProgress) {
          parser.pause();
          Promise.resolve(options.onProgress(row)).then(() => parser.resume(), reject);
        }
      },
      complete: () => {
        if (failed) return;
        if (truncated)
          result.errors.push({
            row: maxRows + 1,
            problem: `only the first ${maxRows} rows were read`,
          });
        if (dropped) result.errors.push({ row, problem: `${dropped} more rows were set aside` });
        summary.rowsRead = Math.min(row, maxRows);
        summary.kept = result.deals.length;
        for (const deal of result.deals) {
          if (!deal.unread) continue;
          summary.withUnknownFields += 1;
          summary.unreadCount += deal.unread.length;
          for (const issue of deal.unread)
            if (summary.unread.length < MAX_ISSUES_KEPT) summary.unread.push(issue);
        }
        summary.notes = [...notes.values()].sort((a, b) => b.rows - a.rows);
        summary.stages = [...stages.values()].sort((a, b) => b.rows - a.rows);
        resolve(result);
      },
      error: (error: Error) => reject(error),
    });
  });
}
