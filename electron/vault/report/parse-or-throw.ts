import type { z } from 'zod';
import { AppError } from '../../../shared/errors';

/**
 * Parses or throws INVALID_INPUT with `message` and only the failing paths and issue
 * codes: the inputs here are about real people, so no value is ever copied into an error.
 */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown, message: string): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
  throw new AppError('INVALID_INPUT', message, { issues });
}
