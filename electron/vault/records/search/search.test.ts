import { describe, expect, it } from 'vitest';
import { caseUpdateInputSchema } from '../../../../shared/domain/schemas/case';
import { noteCreateInputSchema, noteEditInputSchema } from '../../../../shared/domain/schemas/note';
import { searchInputSchema } from '../../../../shared/domain/schemas/search';
import { updateCase } from '../cases';
import { createLearningPoint } from '../learning-points';
import { createNote, editNote } from '../notes';
import { newCase, useRecordsVault } from '../testing/records-vault';
import { searchRecords } from './search';

const { db } = useRecordsVault();

const search = (query: string, limit?: number) => searchRecords(db(), searchInputSchema.parse({ query, limit }));
const matchedWords = (query: string) =>
  search(query).hits.flatMap((hit) => hit.segments.filter((segment) => segment.match).map((segment) => segment.text));

function note(caseId: number, body: string, title: string | null = null) {
  return createNote(db(), noteCreateInputSchema.parse({ caseId, kind: 'conversation', noteDate: '2026-03-03', title, body }));
}

describe('search', () => {
  it('finds Danish words with æ, ø and å, whole and as prefixes, in any letter case', () => {
    const created = newCase(db(), { summary: 'Episode ved sommerfesten på Ærø.' });
    note(created.id, 'Samtale om beskeder efter mødet i Århus. Den berørte var ødelagt.');
    expect(matchedWords('ærø')).toEqual(['Ærø']);
    expect(matchedWords('ÅRH')).toEqual(['Århus']);
    expect(matchedWords('øde')).toEqual(['ødelagt']);
    expect(matchedWords('sommer')).toEqual(['sommerfesten']);
  });

  it('keeps æ, ø and å apart from a, o and e', () => {
    const created = newCase(db());
    note(created.id, 'Vi talte om det, der skete før festen.');
    expect(search('for').hits).toEqual([]);
    expect(search('før').hits).toHaveLength(1);
  });

  it('needs every word, and says where each hit is', () => {
    const first = newCase(db(), { summary: 'Uønskede beskeder.' });
    const second = newCase(db());
    const secondNote = note(second.id, 'Uønskede berøringer ved standen.', 'Første samtale');
    createLearningPoint(db(), { caseId: null, reportYear: 2026, text: 'Uønskede beskeder kom oftest efter arrangementer.' });

    expect(search('uønsk ber').hits).toEqual([
      {
        source: 'note',
        sourceId: secondNote.id,
        caseId: second.id,
        reference: '2026-002',
        caseStatus: 'received',
        title: 'Første samtale',
        segments: [
          { text: 'Uønskede', match: true },
          { text: ' ', match: false },
          { text: 'berøringer', match: true },
          { text: ' ved standen.', match: false },
        ],
      },
    ]);
    const sources = search('uønskede beskeder').hits.map((hit) => [hit.source, hit.reference]);
    expect(sources).toHaveLength(2);
    expect(sources).toContainEqual(['case_summary', '2026-001']);
    expect(sources).toContainEqual(['learning_point', null]);
    expect(first.reference).toBe('2026-001');
  });

  it('follows edits: only the current text of a note and summary is found', () => {
    const created = newCase(db(), { summary: 'Kommentarer ved landsmødet.' });
    const written = note(created.id, 'Oprindelig tekst om kantinen.');
    editNote(db(), noteEditInputSchema.parse({ id: written.id, basedOnVersion: 1, kind: 'conversation', noteDate: '2026-03-03', body: 'Rettet tekst om trappen.' }));
    updateCase(db(), caseUpdateInputSchema.parse({ id: created.id, summary: 'Kommentarer ved sommerlejren.' }));
    expect(search('kantinen').hits).toEqual([]);
    expect(search('landsmødet').hits).toEqual([]);
    expect(search('trappen').hits).toHaveLength(1);
    expect(search('sommerlejren').hits).toHaveLength(1);
  });

  it('treats FTS5 syntax in the query as words and never fails on it', () => {
    const created = newCase(db());
    note(created.id, 'Han sagde NOT i en mail.');
    expect(() => search('"unbalanced AND (')).not.toThrow();
    expect(search('NOT mail').hits).toHaveLength(1);
  });

  it('ranks with bm25, limits the hits and says when more exist', () => {
    const created = newCase(db());
    note(created.id, 'Dialogrådet blev nævnt.');
    const best = note(created.id, 'Dialogrådet, Dialogrådet og Dialogrådet igen.');
    for (let index = 0; index < 3; index += 1) note(created.id, `Dialogrådet nævnt i notat ${index} sammen med mange andre ord om andre ting.`);
    const result = search('dialog', 2);
    expect(result.hits).toHaveLength(2);
    expect(result.truncated).toBe(true);
    expect(result.hits[0]?.sourceId).toBe(best.id);
    expect(search('dialog', 10).truncated).toBe(false);
  });

  it('ranks only the newest 500 matches of a very common word, and says more exist', () => {
    const created = newCase(db());
    db().transaction(() => {
      for (let i = 0; i < 505; i++) note(created.id, i === 0 ? 'Første samtale, samtale og atter samtale.' : `Samtale nummer ${i}.`);
    })();
    const result = search('samtale', 10);
    expect(result.hits).toHaveLength(10);
    expect(result.truncated).toBe(true);
    // The oldest note, the best bm25 match of all, lies outside the newest 500.
    expect(result.hits.some((hit) => hit.segments.some((segment) => segment.text.includes('Første')))).toBe(false);
    expect(search('Første').hits).toHaveLength(1);
  });
});
