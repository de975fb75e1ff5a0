import type { HandlerModule } from './handler-types';

export const appHandlers: HandlerModule<'app.info'> = {
  'app.info': (_input, ctx) => ctx.appInfo,
};
