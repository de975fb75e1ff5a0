import type { Database } from './database';

function prepare(db: Database, sql: string) {
  return db.prepare<unknown[]>(sql);
}

type Statement = ReturnType<typeof prepare>;

/*
 * Every service query goes through here, so each SQL text is prepared once per open
 * database and reused, instead of being parsed again on every call. The cache dies with
 * the connection (WeakMap), so a locked and reopened vault starts fresh.
 */
const caches = new WeakMap<Database, Map<string, Statement>>();

export function statement(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === undefined) {
    prepared = prepare(db, sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

/** Parameters are positional values or one object of named values (`@name`). */
type Params = unknown[];

export function queryOne<Row>(db: Database, sql: string, ...params: Params): Row | undefined {
  return statement(db, sql).get(...params) as Row | undefined;
}

export function queryAll<Row>(db: Database, sql: string, ...params: Params): Row[] {
  return statement(db, sql).all(...params) as Row[];
}

/** Runs a write and returns the id of the row it inserted (when it inserted one). */
export function execute(db: Database, sql: string, ...params: Params): { changes: number; lastId: number } {
  const result = statement(db, sql).run(...params);
  return { changes: result.changes, lastId: Number(result.lastInsertRowid) };
}
