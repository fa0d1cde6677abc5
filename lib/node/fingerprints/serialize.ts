// The committed table's text. Formatted by Prettier with the repository's
// settings so `prettier --check .` passes with no ignore entry; that costs
// the repository ~40% more bytes than one-line JSON but nothing at run time
// (the bundler re-minifies imported JSON), and a dataset upgrade reads as a
// line diff.

import { format, resolveConfig } from 'prettier';
import type { FingerprintTable } from '../../extension/worker/techno/fingerprints';

export async function serializeTable(table: FingerprintTable, filepath: string): Promise<string> {
  const options = (await resolveConfig(filepath)) ?? {};
  return format(JSON.stringify(table), { ...options, filepath });
}
