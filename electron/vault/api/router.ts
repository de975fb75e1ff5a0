import type { z } from 'zod';
import type { MethodSpec } from '../../../shared/contract/define';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { fail, ok, type Result } from '../../../shared/result';
import { readOnlyCaseError } from '../colleagues/shared-cases';

export interface Router {
  call(method: string, input: unknown): Promise<Result<unknown>>;
}

export type InternalErrorLogger = (method: string, error: unknown) => void;

/**
 * The one place a call from the renderer is validated, dispatched and turned into a
 * Result. Main's IPC and the browser E2E harness both call this, so they cannot differ.
 */
export function createRouter<C>(options: {
  contract: Readonly<Record<string, MethodSpec>>;
  handlers: Readonly<Record<string, (input: never, ctx: C) => unknown>>;
  ctx: C;
  logInternal?: InternalErrorLogger;
}): Router {
  const { contract, handlers, ctx, logInternal = logToStderr } = options;
  return {
    async call(method, input) {
      const spec = Object.hasOwn(contract, method) ? contract[method] : undefined;
      const handler = Object.hasOwn(handlers, method) ? handlers[method] : undefined;
      if (!spec || !handler) return fail({ code: 'UNKNOWN_METHOD', message: `Unknown method: ${method}` });
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) return fail(invalidInput(parsed.error));
      try {
        return ok(await (handler as (input: unknown, ctx: C) => unknown)(parsed.data, ctx));
      } catch (error) {
        return fail(toErrorData(method, error, logInternal));
      }
    },
  };
}

function invalidInput(error: z.ZodError): AppErrorData {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(input)', code: issue.code }));
  return {
    code: 'INVALID_INPUT',
    message: `Invalid input at ${issues.map((issue) => issue.path).join(', ')}`,
    details: { issues },
  };
}

function toErrorData(method: string, error: unknown, logInternal: InternalErrorLogger): AppErrorData {
  if (error instanceof AppError) return error.toData();
  const readOnly = readOnlyCaseError(error);
  if (readOnly !== null) return readOnly.toData();
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return { code: 'DISK_FULL', message: 'The disk is full' };
  logInternal(method, error);
  // The message of an unexpected error may quote data; it stays in main.
  return { code: 'INTERNAL', message: 'Unexpected internal error' };
}

function logToStderr(method: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  process.stderr.write(`fortrolig: internal error in ${method}: ${name}\n${error instanceof Error ? (error.stack ?? '') : ''}\n`);
}
