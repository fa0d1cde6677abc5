// The small shared shell of the project's CLIs (`extract`, `score`):
// argument parsing with node:util parseArgs, and one error convention —
// a usage problem is a CliError, printed as `<name>: <message>` on stderr
// with exit code 2; anything else is a bug and exits 1 with its stack.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

/** A problem with how the CLI was called (bad argument, unreadable file). Exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Option names and their kinds, e.g. `{ url: 'string', icp: 'string' }`. */
export type OptionSpec = Record<string, 'string' | 'boolean'>;

export type OptionValues<S extends OptionSpec> = {
  [K in keyof S]?: S[K] extends 'boolean' ? boolean : string;
};

export interface ParsedArgs<S extends OptionSpec> {
  /** The one required positional argument (the HTML file). */
  file: string;
  options: OptionValues<S>;
}

/**
 * Parses `<file> --name value …`. Unknown options, a missing or second
 * positional argument, or an option without its value throw a CliError.
 */
export function parseCliArgs<S extends OptionSpec>(argv: string[], spec: S): ParsedArgs<S> {
  const { positionals, options } = parseOptions(argv, spec);
  const [file, extra] = positionals;
  if (file === undefined) throw new CliError('missing <file.html> argument');
  if (extra !== undefined) throw new CliError(`unexpected argument "${extra}"`);
  return { file, options };
}

/** Options and positional arguments, with node:util's errors as CliErrors. */
export function parseOptions<S extends OptionSpec>(
  argv: string[],
  spec: S,
): { positionals: string[]; options: OptionValues<S> } {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const [name, type] of Object.entries(spec)) options[name] = { type };
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { positionals: parsed.positionals, options: parsed.values as OptionValues<S> };
  } catch (error) {
    // Node's messages go on with advice about "--"; the first sentence names the problem.
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(message.split(/\.\s/)[0] ?? message);
  }
}

/**
 * Runs a CLI's main function with `process.argv.slice(2)`. A string it
 * returns is printed on stdout. A CliError prints `<name>: <message>` on
 * stderr and sets exit code 2; any other error exits 1.
 */
export function runCli(
  name: string,
  main: (argv: string[]) => Promise<string | void> | string | void,
): Promise<void> {
  return Promise.resolve()
    .then(() => main(process.argv.slice(2)))
    .then(
      (output) => {
        if (typeof output === 'string')
          process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      },
      (error: unknown) => {
        if (error instanceof CliError) {
          process.stderr.write(`${name}: ${error.message}\n`);
          process.exitCode = 2;
        } else {
          const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
          process.stderr.write(`${name}: unexpected error: ${detail}\n`);
          process.exitCode = 1;
        }
      },
    );
}

/** A text file's contents, or a CliError naming `what` could not be read and why. */
export async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
}
