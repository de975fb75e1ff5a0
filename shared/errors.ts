/**
 * The closed set of error codes that may cross the IPC bridge. The renderer turns each
 * code into a sentence in the user's language; nothing else about an error crosses.
 */
export const ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'WEAK_PASSPHRASE',
  'VAULT_NOT_FOUND',
  'VAULT_EXISTS',
  'KEYS_MISSING',
  'KEYS_CORRUPT',
  'VAULT_CORRUPT',
  'VAULT_TOO_NEW',
  'VAULT_IN_USE',
  'VAULT_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'BACKUP_INVALID',
  'NOT_FOUND',
  'INVALID_INPUT',
  'INVALID_TRANSITION',
  'CONSENT_REQUIRED',
  'REPORT_BLOCKED',
  'FILE_TOO_LARGE',
  'FILE_TYPE_NOT_ALLOWED',
  'DISK_FULL',
  'IO_ERROR',
  'CANCELLED',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'INTERNAL',
  'PACKAGE_INVALID',
  'PACKAGE_NOT_FOR_THIS_VAULT',
  'PACKAGE_TOO_NEW',
  'PACKAGE_WRONG_KIND',
  'PACKAGE_REPLAYED',
  'SENDER_UNKNOWN',
  'SENDER_NOT_CONFIRMED',
  'CONTACT_NOT_CONFIRMED',
  'CONTACT_KEY_CHANGED',
  'CONTACT_EXISTS',
  'RECEIPT_UNKNOWN',
  'CASE_READ_ONLY',
  'CONTRIBUTION_PERIOD_MISMATCH',
  'CONTRIBUTION_CATEGORIES_MISMATCH',
  'JOINT_APPROVAL_MISMATCH',
  'JOINT_APPROVAL_REQUIRED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Extra, content-free facts an error may carry (e.g. failing input paths, a row id). */
export type ErrorDetails = Readonly<Record<string, unknown>>;

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

/**
 * The one error type the engine throws on purpose. Anything else that reaches the IPC
 * boundary is treated as INTERNAL and its message is not shown to the user.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toData(): AppErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
