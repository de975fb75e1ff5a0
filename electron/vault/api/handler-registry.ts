import { METHOD_NAMES, type MethodName } from '../../../shared/contract';
import type { Handlers } from './handler-types';

/**
 * Joins the modules' handlers into one table. A method handled twice, a handler for a
 * method the contract does not know, or a contract method without a handler is a
 * programming error and stops start-up rather than failing at the first call.
 */
export function combineHandlers(...modules: ReadonlyArray<Partial<Record<MethodName, unknown>>>): Handlers {
  const combined: Record<string, unknown> = {};
  for (const module of modules) {
    for (const [name, handler] of Object.entries(module)) {
      if (name in combined) throw new Error(`Handler registered twice: ${name}`);
      if (!(METHOD_NAMES as string[]).includes(name)) throw new Error(`Handler for unknown method: ${name}`);
      combined[name] = handler;
    }
  }
  const missing = METHOD_NAMES.filter((name) => !(name in combined));
  if (missing.length > 0) throw new Error(`Methods without a handler: ${missing.join(', ')}`);
  return combined as Handlers;
}
