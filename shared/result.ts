import type { AppErrorData } from './errors';

/** Every IPC result: a value, or an error as data. Never a thrown exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: AppErrorData): Result<T> {
  return { ok: false, error };
}
