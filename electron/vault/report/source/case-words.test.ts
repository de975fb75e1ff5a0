import { describe, expect, it } from 'vitest';
import { caseUpdateInputSchema } from '../../../../shared/domain/schemas/case';
import { caseDeleteInputSchema } from '../../../../shared/domain/schemas/case-view';
import { noteCreateInputSchema, noteEditInputSchema } from '../../../../shared/domain/schemas/note';
import { partyCreateInputSchema } from '../../../../shared/domain/schemas/party';
import type { Database } from '../../db/database';
import { deleteCase } from '../../records/case-deletion';
import { updateCase } from '../../records/cases';
import { createNote, editNote } from '../../records/notes';
import { addParty } from '../../records/parties';
import { newCase, useRecordsVault } from '../../records/testing/records-vault';
import { createGuard } from '../guard/guard-texts';
import { readVaultIdentifiers } from './read-identifiers';
import { refreshCaseWords, storedCaseWords } from './case-words';

const vault = useRecordsVault();
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const SETTINGS = { organisationName: 'Partiet', contactPersons: { secretariat_head: null, trusted_person: null } };

function identifiers(db: Database, caseWords: 'fresh' | 'stored'): string[] {
  return readVaultIdentifiers(db, PERIOD, SETTINGS, { caseWords })
    .map((identifier) => `${identifier.kind}:${identifier.value}`)
    .sort();
}

function expectStoredEqualsFresh(db: Database): void {
  expect(identifiers(db, 'stored')).toEqual(identifiers(db, 'fresh'));
}

const note = (db: Database, caseId: number, body: string) =>
  createNote(db, noteCreateInputSchema.parse({ caseId, kind: 'conversation', noteDate: '2026-03-02', body }));

describe('the guard harvest kept in the vault', () => {
  it('finds what reading every text finds, through creates, edits, descriptions and deletion', () => {
    const db = vault.db();
    const first = newCase(db, { summary: 'Henvendelse efter et møde i Silkeborg.' });
    const second = newCase(db, { summary: 'Episode under sommerlejren.', receivedDate: '2026-05-10' });
    expectStoredEqualsFresh(db);
    expect(storedCaseWords(db, PERIOD, [])).toEqual(['Silkeborg']);

    const written = note(db, first.id, 'Hun mødte ham på Hotel Phønix i Aarhus. Bagefter ringede Bjarne.');
    note(db, second.id, 'Der var fest hos Lykkegaard. Partiet sagde intet.');
    expectStoredEqualsFresh(db);
    // The organisation's own name is a common word, decided when the words are used.
    expect(storedCaseWords(db, PERIOD, ['Partiet'])).not.toContain('Partiet');

    // An edit keeps the earlier version, whose words still count.
    editNote(
      db,
      noteEditInputSchema.parse({ id: written.id, basedOnVersion: 1, kind: 'conversation', noteDate: '2026-03-02', body: 'Mødet var i Horsens.' }),
    );
    addParty(db, partyCreateInputSchema.parse({ caseId: second.id, role: 'witness', name: 'X', description: 'Kollega fra Kolding-afdelingen' }));
    updateCase(db, caseUpdateInputSchema.parse({ id: first.id, summary: 'Nu nævnes Vejle i stedet.' }));
    expectStoredEqualsFresh(db);
    expect(storedCaseWords(db, PERIOD, [])).toEqual(expect.arrayContaining(['Aarhus', 'Horsens', 'Vejle', 'Phønix']));
    expect(storedCaseWords(db, PERIOD, [])).not.toContain('Silkeborg');

    deleteCase(db, caseDeleteInputSchema.parse({ caseId: second.id, confirm: true }));
    expectStoredEqualsFresh(db);
    expect(storedCaseWords(db, PERIOD, [])).not.toContain('Lykkegaard');
    // Nothing of the deleted case is left, not even its number among the marks.
    expect(db.prepare('SELECT count(*) FROM report_case_words WHERE case_id = ?').pluck().get(second.id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM report_words_dirty').pluck().get()).toBe(0);
  });

  it('marks a case in the same transaction as its change, and a rolled-back change not at all', () => {
    const db = vault.db();
    const created = newCase(db);
    refreshCaseWords(db);
    expect(refreshCaseWords(db)).toBe(0);
    expect(() =>
      db.transaction(() => {
        note(db, created.id, 'Hun hedder Trine.');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(refreshCaseWords(db)).toBe(0);
    note(db, created.id, 'Hun hedder Trine og er fra Odense.');
    expect(refreshCaseWords(db)).toBe(1);
    expect(storedCaseWords(db, PERIOD, [])).toEqual(['Odense', 'Trine']);
  });

  it('keeps the harvest in the period: a case received outside it adds nothing', () => {
    const db = vault.db();
    newCase(db, { summary: 'Møde i Esbjerg om sagen.', receivedDate: '2025-06-01' });
    expect(storedCaseWords(db, PERIOD, [])).toEqual([]);
    expect(storedCaseWords(db, { from: '2025-01-01', to: '2025-12-31' }, [])).toEqual(['Esbjerg']);
  });

  it('harvests initials the contact person wrote in a note or a description, so the guard knows them', () => {
    const db = vault.db();
    const created = newCase(db);
    addParty(db, partyCreateInputSchema.parse({ caseId: created.id, role: 'accused', name: 'X', description: 'Kaldes LL i afdelingen; skriver som K.B. på nettet' }));
    note(db, created.id, 'Hun talte med SMS og HR om det, og om TJ.');
    expectStoredEqualsFresh(db);
    const initials = readVaultIdentifiers(db, PERIOD, SETTINGS, { caseWords: 'stored' }).filter((identifier) => identifier.kind === 'initials');
    // Abbreviations (SMS, HR) are not initials.
    expect(initials.map((identifier) => identifier.value).sort()).toEqual(['KB', 'LL', 'TJ']);
    const guard = createGuard(readVaultIdentifiers(db, PERIOD, SETTINGS, { caseWords: 'stored' }));
    const findings = guard.texts([{ id: 'p', label: 'læringspunkt', text: 'Det var L.L., der blev ved, og K. B. hjalp til.' }]);
    expect(findings.map((finding) => finding.matched)).toEqual(['LL', 'KB']);
  });
});
