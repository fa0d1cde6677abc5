// The icp CLI end to end: child processes in a temp dir, as a manager runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleIcp } from '../../../lib/core/icp/sample-icp';
import type { Envelope } from '../../../lib/core/sync/envelope';
import { icpVersion } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = path.join(ROOT, 'lib/node/cli/icp.ts');
// Runs in a temp dir, where the bare name "tsx" would not resolve.
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

let dir: string;
function icp(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const file = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'icp-lens-cli-'));
  writeFileSync(file('v1.json'), JSON.stringify(sampleIcp, null, 2));
  writeFileSync(file('v2.json'), JSON.stringify(icpVersion(2), null, 2));
});

// Each case spawns Node with tsx: allow for a busy machine.
describe('icp CLI', { timeout: 30_000 }, () => {
  it('keygen, sign, verify: a round trip; one changed byte fails with exit 1', () => {
    const keygen = icp('keygen');
    expect(keygen.stderr).toBe('');
    expect(keygen.status).toBe(0);
    const keyId = /key id: ([0-9a-f]{16})/.exec(keygen.stdout)?.[1];
    expect(keyId).toBeDefined();
    expect(statSync(file('icp-signing.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(file('icp-signing.pub'), 'utf8').trim()).toMatch(/^[\w-]{43}$/);

    const sign = icp(
      'sign',
      '--key',
      'icp-signing.key',
      '--publisher',
      'RevOps',
      '--changelog',
      'Mid-market means 1,000+ employees.',
      '--out',
      'v2.envelope.json',
      'v2.json',
    );
    expect(sign.status).toBe(0);
    expect(sign.stderr).toMatch(`with key ${keyId}`);

    const verify = icp('verify', '--pub', 'icp-signing.pub', 'v2.envelope.json');
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(
      `valid: Pipeline analytics for B2B software teams (sample) v2 signed by ${keyId}`,
    );

    // One byte of the payload: "min":1000 becomes "min":1001.
    const text = readFileSync(file('v2.envelope.json'), 'utf8');
    const envelope = JSON.parse(text) as Envelope;
    expect(envelope.payload).toContain('"min":1000');
    writeFileSync(file('tampered.json'), text.replace('\\"min\\":1000', '\\"min\\":1001'));
    expect(readFileSync(file('tampered.json'), 'utf8')).not.toBe(text);
    const tampered = icp('verify', '--pub', 'icp-signing.pub', 'tampered.json');
    expect(tampered.status).toBe(1);
    expect(tampered.stderr).toMatch(/^invalid: bad signature/);

    // And a changed byte that breaks the JSON itself.
    writeFileSync(file('broken.json'), text.replace('{', '['));
    expect(icp('verify', '--pub', 'icp-signing.pub', 'broken.json')).toMatchObject({
      status: 1,
      stderr: 'invalid: not JSON\n',
    });

    // keygen never overwrites a key.
    expect(icp('keygen')).toMatchObject({ status: 2 });
  });

  it('prints the envelope on stdout without --out, and takes the key text for --pub', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'icp-lens-keys-'));
    expect(icp('keygen', '--out', out).status).toBe(0);
    const sign = icp(
      'sign',
      '--key',
      path.join(out, 'icp-signing.key'),
      '--publisher',
      'X',
      'v1.json',
    );
    expect(sign.status).toBe(0);
    writeFileSync(file('v1.envelope.json'), sign.stdout);
    const pub = readFileSync(path.join(out, 'icp-signing.pub'), 'utf8').trim();
    expect(icp('verify', '--pub', pub, 'v1.envelope.json').status).toBe(0);
  });

  it('validate: exit 0 for a valid ICP, exit 2 with one path line per problem', () => {
    expect(icp('validate', 'v1.json')).toMatchObject({
      status: 0,
      stdout: 'valid: Pipeline analytics for B2B software teams (sample) v1\n',
    });
    const broken = structuredClone(sampleIcp) as unknown as Record<string, any>;
    broken.segments[0].criteria[1].weight = 500;
    broken.tiers[0].id = 'unknown';
    writeFileSync(file('broken-icp.json'), JSON.stringify(broken));
    const result = icp('validate', 'broken-icp.json');
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'icp: broken-icp.json is not a valid ICP:',
      'segments[0].criteria[1].weight: Too big: expected number to be <=100',
      'tiers[0].id: "unknown" and "needs-discovery" are reserved',
      '',
    ]);
  });

  it('sign refuses an invalid ICP with its problems, exit 2', () => {
    const keys = mkdtempSync(path.join(tmpdir(), 'icp-lens-keys-'));
    expect(icp('keygen', '--out', keys).status).toBe(0);
    writeFileSync(file('empty.json'), JSON.stringify({ ...sampleIcp, segments: [] }));
    const result = icp('sign', '--key', path.join(keys, 'icp-signing.key'), 'empty.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('segments: Too small: expected array to have >=1 items');
  });

  it('diff prints what changed, from ICP or envelope files', () => {
    const sentence =
      "Mid-market B2B software: 'employees' now requires 1,000+ employees (was 200-2,000)\n";
    expect(icp('diff', 'v1.json', 'v2.json')).toMatchObject({ status: 0, stdout: sentence });
    expect(icp('diff', 'v1.json', 'v1.json').stdout).toBe('no changes\n');
  });

  it.each([
    [[], /missing command/],
    [['publish'], /unknown command "publish"/],
    [['verify', 'v1.json'], /missing --pub/],
    [['validate'], /missing file argument/],
    [['validate', 'nope.json'], /cannot read ICP nope\.json: ENOENT/],
    [['diff', 'v1.json'], /missing two files argument/],
    [['sign', '--key'], /argument missing/],
  ])('usage error %j exits 2', (args, message) => {
    const result = icp(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^icp: /);
    expect(result.stderr).toMatch(message);
  });
});
