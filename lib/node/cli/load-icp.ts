import { parseIcp } from '../../core/icp/parse';
import { sampleIcp } from '../../core/icp/sample-icp';
import type { IcpConfig } from '../../core/icp/schema';
import { CliError, readText } from './args';

/** The ICP at `path` (any supported schema version), or the built-in sample when no path is given. */
export async function loadIcp(path: string | undefined): Promise<IcpConfig> {
  if (path === undefined) return sampleIcp;
  const text = await readText(path, 'ICP');
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
