import { contract } from '../../../shared/contract';
import type { HandlerContext } from './handler-context';
import { handlers } from './handlers';
import { createRouter, type Router } from './router';

/** The app's router: the real contract bound to the real handlers. */
export function createAppRouter(ctx: HandlerContext): Router {
  return createRouter({ contract, handlers, ctx });
}
