/**
 * One schema version. `sql` runs inside a transaction together with the bump of
 * `PRAGMA user_version`, so a migration applies completely or not at all. Tables are
 * STRICT. Never edit a migration that has shipped; add the next number instead.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
