import type { HandlerModule } from './handler-types';

export const settingsHandlers: HandlerModule<'settings.get' | 'settings.set'> = {
  'settings.get': (_input, ctx) => ctx.settings.get(),
  'settings.set': (patch, ctx) => ctx.settings.update(patch),
};
