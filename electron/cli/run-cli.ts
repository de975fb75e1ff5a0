import { parseArgs } from 'node:util';
import { isAppError } from '../../shared/errors';
import type { CliCommand, CliIo, CliValues } from './command';
import { builtInCommands } from './commands/index';
import { EXIT, EXIT_CODE_HELP, exitCodeFor } from './exit-codes';
import type { CommandRegistry } from './registry';
import { SECRET_ENV } from './secrets';

/**
 * Runs one command line and returns the exit code. Every failure is ONE line on stderr,
 * `fortrolig: <message> (<CODE>)`; the messages carry no personal data.
 */
export async function runCli(argv: string[], io: CliIo, registry: CommandRegistry = builtInCommands()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    helpText(registry).forEach((line) => io.err(line));
    return EXIT.usage;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    helpText(registry).forEach((line) => io.out(line));
    return EXIT.ok;
  }
  const command = registry.get(name);
  if (!command) return fail(io, `unknown command "${name}"; see fortrolig --help`, 'USAGE', EXIT.usage);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: fortrolig ${command.name} ${command.usage}`);
    io.out(`  ${command.summary}`);
    return EXIT.ok;
  }

  let values: CliValues;
  try {
    const allowPositionals = command.positionals === true;
    const parsed = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals });
    values = allowPositionals ? { ...parsed.values, _: parsed.positionals } : parsed.values;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : 'invalid arguments';
    return fail(io, `${message}; usage: fortrolig ${command.name} ${command.usage}`, 'USAGE', EXIT.usage);
  }
  return run(command, values, io);
}

async function run(command: CliCommand, values: CliValues, io: CliIo): Promise<number> {
  try {
    return await command.run(values, io);
  } catch (error) {
    if (isAppError(error)) return fail(io, error.message, error.code, exitCodeFor(error.code));
    // As at the IPC boundary: a full disk met where no step named it is still a full disk.
    const errno = (error as { code?: unknown } | null)?.code;
    if (errno === 'ENOSPC' || errno === 'EDQUOT' || errno === 'SQLITE_FULL') {
      return fail(io, 'the disk is full', 'DISK_FULL', exitCodeFor('DISK_FULL'));
    }
    if (io.env.FORTROLIG_DEBUG === '1' && error instanceof Error && error.stack) io.err(error.stack);
    return fail(io, 'unexpected internal error', 'INTERNAL', EXIT.error);
  }
}

function fail(io: CliIo, message: string, code: string, exitCode: number): number {
  io.err(`fortrolig: ${message} (${code})`);
  return exitCode;
}

function helpText(registry: CommandRegistry): string[] {
  const commands = registry.list();
  const usageWidth = Math.max(...commands.map((command) => `${command.name} ${command.usage}`.length));
  return [
    'Usage: fortrolig <command> [options]',
    '',
    'Maintenance of a Fortrolig vault: a folder holding vault.db (SQLCipher 4) and keys.json.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${`${command.name} ${command.usage}`.padEnd(usageWidth)}  ${command.summary}`),
    '',
    'Secrets are never read from the command line:',
    `  passphrase       ${SECRET_ENV.passphrase}, or a hidden prompt`,
    `  new passphrase   ${SECRET_ENV.newPassphrase} (passwd; init uses ${SECRET_ENV.passphrase}), or asked twice`,
    `  recovery key     ${SECRET_ENV.recoveryKey}, or a hidden prompt`,
    '',
    '--kdf-floor uses the minimum scrypt cost instead of calibrating to ~0.75 s (test vaults).',
    'FORTROLIG_DEBUG=1 adds a stack trace to unexpected errors.',
    '',
    'Exit codes:',
    ...EXIT_CODE_HELP,
  ];
}
