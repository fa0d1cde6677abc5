import Papa from 'papaparse';
import { guessMapping, type ColumnMapping } from './columns';
import { dealFromRow, isRowError, type Deal, type RowError } from './deal-row';

export interface ParsedDeals {
  headers: string[];
  mapping: ColumnMapping;
  deals: Deal[];
  errors: RowError[];
}

export interface ParseOptions {
  /** Column mapping; guessed from the headers when absent. */
  mapping?: ColumnMapping;
  /** Called between chunks, so a page can repaint and show progress. */
  onProgress?: (rowsRead: number) => Promise<void> | void;
  /** At most this many rows are read; the rest are reported as one error. */
  maxRows?: number;
}

const MAX_ERRORS_KEPT = 1000;

/**
 * Reads a deals CSV (a string or a File) in chunks: good rows become deals,
 * bad rows are reported with their row number and the problem, and the file
 * is never rejected as a whole for one bad row. Handles a BOM, quoted fields,
 * semicolon or tab delimiters and blank lines.
 */
export function parseDeals(input: string | Blob, options: ParseOptions = {}): Promise<ParsedDeals> {
  const maxRows = options.maxRows ?? 1_000_000;
  return new Promise((resolve, reject) => {
    const result: ParsedDeals = { headers: [], mapping: {}, deals: [], errors: [] };
    let row = 0;
    let dropped = 0;
    let truncated = false;
    let failed = false;
    const record = (error: RowError) => {
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
          const deal = dealFromRow(data, row, result.mapping);
          if (isRowError(deal)) record(deal);
          else result.deals.push(deal);
        }
        if (options.onProgress) {
          parser.pause();
          Promise.resolve(options.onProgress(row)).then(() => parser.resume(), reject);
        }
      },
      complete: () => {
        if (failed) return;
        if (truncated)
          record({ row: maxRows + 1, problem: `only the first ${maxRows} rows were read` });
        if (dropped) record({ row, problem: `${dropped} more rows had problems` });
        resolve(result);
      },
      error: (error: Error) => reject(error),
    });
  });
}
