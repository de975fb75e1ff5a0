import type { ErrorCode } from '../../shared/errors';

/** The CLI's exit codes; listed in --help, so scripts can rely on them. */
export const EXIT = {
  ok: 0,
  /** The command line, or what it points to, was refused: INVALID_INPUT (e.g. a malformed import file). */
  usage: 1,
  error: 2,
  /** The report command: the re-identification guard (or the period check) blocked the export. */
  reportBlocked: 3,
  wrongSecret: 4,
  /** verify found damage, or a vault or backup failed its checks. */
  verificationFailed: 5,
} as const;

export const EXIT_CODE_HELP = [
  `  ${EXIT.ok}  success`,
  `  ${EXIT.usage}  usage error or invalid input (unknown command or option, missing or invalid value, an import file that is not valid: one "invalid" line per problem on stdout)`,
  `  ${EXIT.error}  any other error (the message names its code)`,
  `  ${EXIT.reportBlocked}  report blocked: one "finding" line per place to rewrite on stdout, or a period overlapping an exported report`,
  `  ${EXIT.wrongSecret}  wrong passphrase or recovery key`,
  `  ${EXIT.verificationFailed}  verification failed: damaged vault or backup, broken audit log`,
];

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'INVALID_INPUT':
      return EXIT.usage;
    case 'REPORT_BLOCKED':
      return EXIT.reportBlocked;
    case 'WRONG_PASSPHRASE':
    case 'WRONG_RECOVERY_KEY':
      return EXIT.wrongSecret;
    case 'VAULT_CORRUPT':
    case 'BACKUP_INVALID':
      return EXIT.verificationFailed;
    default:
      return EXIT.error;
  }
}
