import type { ParseArgsConfig } from 'node:util';

/** What a command may use besides its arguments; tests and the entry point supply it. */
export interface CliIo {
  /** Results, one line each (what a script would capture). */
  out(line: string): void;
  /** Guidance and warnings for the person at the terminal. */
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Asks on the terminal without echo; INVALID_INPUT when there is no terminal. */
  askHidden(question: string): Promise<string>;
}

export type CliOptions = NonNullable<ParseArgsConfig['options']>;
export type CliValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One subcommand. Add a file under commands/ and list it in commands/index.ts. */
export interface CliCommand {
  name: string;
  summary: string;
  /** The argument part of the usage line, e.g. `--vault DIR --out FILE`. */
  usage: string;
  options: CliOptions;
  /** Words after the command that are not options (e.g. `contacts add`), given to `run` as `values._`. */
  positionals?: boolean;
  /** Returns the exit code (see exit-codes.ts); throws AppError for failures. */
  run(values: CliValues, io: CliIo): Promise<number>;
}
