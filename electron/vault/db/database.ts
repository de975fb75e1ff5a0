import type Sqlite from 'better-sqlite3-multiple-ciphers';

/** The open, keyed SQLCipher connection every vault service works with. */
export type Database = InstanceType<typeof Sqlite>;
