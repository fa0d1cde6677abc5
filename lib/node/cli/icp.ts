// `npm run --silent icp -- <command>`: a manager's ICP publishing tools.
//   keygen [--out <dir>]                  writes icp-signing.key (0600) and icp-signing.pub
//   sign --key <file> [--publisher <name>] [--changelog <text>] [--date <ISO>] [--out <file>] <icp.json>
//   verify --pub <file|key> <envelope.json>   exit 0 when valid, 1 when not
//   validate <icp.json>                   exit 0 when valid, 2 with one "path: message" line per problem
//   diff <old.json> <new.json>            what changed, one sentence per line (ICP or envelope files)
// Usage problems (unknown command or option, unreadable file) exit 2.
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diffIcp } from '../../core/icp/diff';
import { parseIcp } from '../../core/icp/parse';
import type { IcpConfig } from '../../core/icp/schema';
import {
  ENVELOPE_FORMAT,
  signEnvelope,
  SignError,
  verifyEnvelopeText,
} from '../../core/sync/envelope';
import { generateSigningKeyPair, isPublicKeyText, KeyError } from '../../core/sync/keys';
import { CliError, parseOptions, readText, runCli, type OptionSpec } from './args';

const PRIVATE_KEY_FILE = 'icp-signing.key';
const PUBLIC_KEY_FILE = 'icp-signing.pub';
const USAGE = 'use keygen, sign, verify, validate or diff';

/** A result that is not a usage error but still a failure: printed on stderr with its exit code. */
class Failure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

runCli('icp', async (argv) => {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'keygen':
        return await keygen(rest);
      case 'sign':
        return await sign(rest);
      case 'verify':
        return await verify(rest);
      case 'validate':
        return await validate(rest);
      case 'diff':
        return await diff(rest);
      case undefined:
        throw new CliError(`missing command: ${USAGE}`);
      default:
        throw new CliError(`unknown command "${command}": ${USAGE}`);
    }
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    process.stderr.write(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
    process.exitCode = error.exitCode;
  }
});

async function keygen(argv: string[]): Promise<string> {
  const { options } = args(argv, { out: 'string' }, 0);
  const dir = options.out ?? '.';
  const privatePath = path.join(dir, PRIVATE_KEY_FILE);
  const publicPath = path.join(dir, PUBLIC_KEY_FILE);
  if ((await exists(privatePath)) || (await exists(publicPath)))
    throw new CliError(`${privatePath} or ${publicPath} already exists; not overwriting a key`);
  const pair = await generateSigningKeyPair();
  await mkdir(dir, { recursive: true });
  // Only the owner may read the private key; "wx" never overwrites one.
  await writeFile(privatePath, `${pair.privateKey}\n`, { mode: 0o600, flag: 'wx' });
  await writeFile(publicPath, `${pair.publicKey}\n`, { flag: 'wx' });
  return [
    `key id: ${pair.keyId}`,
    `private key: ${privatePath} (keep it secret; anyone with it can publish to your team)`,
    `public key: ${publicPath} (${pair.publicKey}) for the team's sync settings`,
  ].join('\n');
}

async function sign(argv: string[]): Promise<string | void> {
  const spec = {
    key: 'string',
    publisher: 'string',
    changelog: 'string',
    date: 'string',
    out: 'string',
  } as const;
  const { options, files } = args(argv, spec, 1);
  if (!options.key) throw new CliError('missing --key <private key file>');
  const privateKey = (await readText(options.key, 'private key')).trim();
  const icp = await readJson(files[0]!, 'ICP');
  if (options.date !== undefined && Number.isNaN(Date.parse(options.date)))
    throw new CliError(`--date "${options.date}" is not a date`);
  let envelope;
  try {
    envelope = await signEnvelope(icp, privateKey, {
      ...(options.publisher !== undefined && { publisher: options.publisher }),
      ...(options.changelog !== undefined && { changelog: options.changelog }),
      ...(options.date !== undefined && { publishedAt: options.date }),
    });
  } catch (error) {
    if (error instanceof KeyError) throw new CliError(`${options.key}: ${error.message}`);
    if (error instanceof SignError)
      throw new Failure(
        [`icp: cannot sign ${files[0]}: ${error.message}`, ...error.problems].join('\n'),
        2,
      );
    throw error;
  }
  const json = `${JSON.stringify(envelope, null, 2)}\n`;
  if (options.out === undefined) return json;
  await writeFile(options.out, json);
  process.stderr.write(
    `signed ${envelope.publisher}'s v${envelope.version} with key ${envelope.keyId}: ${options.out}\n`,
  );
}

async function verify(argv: string[]): Promise<string> {
  const { options, files } = args(argv, { pub: 'string' }, 1);
  if (!options.pub) throw new CliError('missing --pub <public key file or key>');
  const publicKey = await readPublicKey(options.pub);
  const text = await readText(files[0]!, 'envelope');
  const result = await verifyEnvelopeText(text, publicKey);
  if (!result.ok) throw new Failure(`invalid: ${result.reason}`, 1);
  const { icp, envelope } = result;
  return `valid: ${icp.name} v${icp.version} signed by ${envelope.keyId} (${envelope.publisher}, ${envelope.publishedAt})`;
}

async function validate(argv: string[]): Promise<string> {
  const { files } = args(argv, {}, 1);
  const parsed = parseIcp(await readJson(files[0]!, 'ICP'));
  if (!parsed.ok)
    throw new Failure([`icp: ${files[0]} is not a valid ICP:`, ...parsed.problems].join('\n'), 2);
  const migrated = parsed.migratedFrom ? ` (schema v${parsed.migratedFrom}, migrated)` : '';
  return `valid: ${parsed.icp.name} v${parsed.icp.version}${migrated}`;
}

async function diff(argv: string[]): Promise<string> {
  const { files } = args(argv, {}, 2);
  const [old, next] = await Promise.all(files.map((f) => readIcpOrEnvelope(f)));
  const sentences = diffIcp(old!, next!);
  return sentences.length ? sentences.join('\n') : 'no changes';
}

/** An ICP file, or the (unverified) payload of an envelope file: diff compares content only. */
async function readIcpOrEnvelope(file: string): Promise<IcpConfig> {
  let json = await readJson(file, 'ICP');
  if (isEnvelope(json)) {
    try {
      json = JSON.parse(json.payload);
    } catch {
      throw new CliError(`${file}: the envelope's payload is not JSON`);
    }
  }
  const parsed = parseIcp(json);
  if (!parsed.ok)
    throw new Failure([`icp: ${file} is not a valid ICP:`, ...parsed.problems].join('\n'), 2);
  return parsed.icp;
}

function isEnvelope(json: unknown): json is { payload: string } {
  return (
    typeof json === 'object' &&
    json !== null &&
    (json as { format?: unknown }).format === ENVELOPE_FORMAT &&
    typeof (json as { payload?: unknown }).payload === 'string'
  );
}

/** The key itself when the argument is one, else the file it names. */
async function readPublicKey(arg: string): Promise<string> {
  if (!(await exists(arg)) && isPublicKeyText(arg)) return arg;
  const text = (await readText(arg, 'public key')).trim();
  if (!isPublicKeyText(text))
    throw new CliError(`${arg}: not a public key (43 base64url characters)`);
  return text;
}

function args<S extends OptionSpec>(argv: string[], spec: S, positionals: number) {
  const { positionals: files, options } = parseOptions(argv, spec);
  if (files.length < positionals)
    throw new CliError(`missing ${positionals === 2 ? 'two files' : 'file'} argument`);
  if (files.length > positionals) throw new CliError(`unexpected argument "${files[positionals]}"`);
  return { files, options };
}

async function readJson(file: string, what: string): Promise<unknown> {
  const text = await readText(file, what);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`invalid ${what} ${file}: not JSON`);
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
