import { appHandlers } from './app-handlers';
import { combineHandlers } from './handler-registry';
import { settingsHandlers } from './settings-handlers';

/** Every module's handlers, combined once. Add a module here when adding its contract. */
export const handlers = combineHandlers(appHandlers, settingsHandlers);
