import type { z } from 'zod';
import { AppError } from '../../../../shared/errors';

/**
 * Parses a builder's input, or throws INVALID_INPUT naming only the failing paths and
 * issue codes: the values themselves may be personal data and never go into an error.
 */
export function parseDocumentInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  documentName: string,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code }));
  throw new AppError('INVALID_INPUT', `${documentName} input does not have the expected shape`, { issues });
}

/** Null, empty and whitespace-only text all count as nothing written. */
export function isBlank(text: string | null): boolean {
  return text === null || text.trim().length === 0;
}
