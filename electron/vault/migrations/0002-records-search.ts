/*
 * Full-text search, inside the encrypted file. One FTS5 index per source table, each an
 * external-content index over its table, so no text is stored twice; triggers keep the
 * indexes in step with every insert, update and delete, including the deletes a case
 * deletion cascades to.
 *
 * - `unicode61 remove_diacritics 0`: æ, ø and å are letters of their own in Danish
 *   ("for" and "før" differ), so they must neither be folded away nor split words.
 * - `secure-delete`: a deleted row's words are removed from the index itself, not just
 *   marked deleted, so a deleted case leaves no words behind in the shadow tables.
 */

interface SearchSource {
  index: string;
  table: string;
  columns: readonly string[];
}

const SOURCES: readonly SearchSource[] = [
  { index: 'cases_fts', table: 'cases', columns: ['summary'] },
  { index: 'notes_fts', table: 'notes', columns: ['title', 'body'] },
  { index: 'agreements_fts', table: 'agreements', columns: ['wishes', 'disclosure', 'other_party_involvement'] },
  { index: 'learning_points_fts', table: 'learning_points', columns: ['text'] },
];

function searchIndexSql({ index, table, columns }: SearchSource): string {
  const list = columns.join(', ');
  const values = (row: 'NEW' | 'OLD') => columns.map((column) => `${row}.${column}`).join(', ');
  return `
  CREATE VIRTUAL TABLE ${index} USING fts5(
    ${list}, content = '${table}', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 0'
  );
  INSERT INTO ${index} (${index}, rank) VALUES ('secure-delete', 1);

  CREATE TRIGGER ${index}_after_insert AFTER INSERT ON ${table}
  BEGIN
    INSERT INTO ${index} (rowid, ${list}) VALUES (NEW.id, ${values('NEW')});
  END;
  CREATE TRIGGER ${index}_after_delete AFTER DELETE ON ${table}
  BEGIN
    INSERT INTO ${index} (${index}, rowid, ${list}) VALUES ('delete', OLD.id, ${values('OLD')});
  END;
  CREATE TRIGGER ${index}_after_update AFTER UPDATE OF ${list} ON ${table}
  BEGIN
    INSERT INTO ${index} (${index}, rowid, ${list}) VALUES ('delete', OLD.id, ${values('OLD')});
    INSERT INTO ${index} (rowid, ${list}) VALUES (NEW.id, ${values('NEW')});
  END;
`;
}

export const recordsSearch = SOURCES.map(searchIndexSql).join('');
