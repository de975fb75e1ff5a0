import { AppError } from '../../../shared/errors';

/**
 * A rule the schema cannot see (it needs the stored record) refused the input. The shape
 * matches the router's INVALID_INPUT details, so the UI marks the field either way.
 */
export interface InputIssue {
  path: string;
  code: string;
}

export function invalidInput(message: string, issues: InputIssue[]): AppError {
  return new AppError('INVALID_INPUT', message, { issues });
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `No such ${what}`);
}
