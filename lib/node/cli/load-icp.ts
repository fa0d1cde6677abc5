import { readFile } from 'node:fs/promises';
import { parseIcp } from '../../core/icp/parse';
import { sampleIcp } from '../../core/icp/sample-icp';
import type { IcpConfig } from '../../core/icp/schema';
import { CliError } from './args';

/** The ICP at `path` (any supported schema version), or the built-in sample when no path is given. */
export async function loadIcp(path: string | undefined): Promise<IcpConfig> {
  if (path === undefined) return sampleIcp;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ICP ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`invalid ICP ${path}: not JSON`);
  }
  const parsed = parseIcp(json);
  if (!parsed.ok) throw new CliError(`invalid ICP ${path}: ${parsed.problems.join('; ')}`);
  return parsed.icp;
}
