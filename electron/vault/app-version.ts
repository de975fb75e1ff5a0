import packageJson from '../../package.json' with { type: 'json' };

/** Recorded in a new vault's meta row, so a support person can tell which app made it. */
export const APP_VERSION: string = packageJson.version;
