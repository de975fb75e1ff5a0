import { describe, expect, it } from 'vitest';
import type { ReportFinding } from '../../../shared/contract/reports';
import { todayIsoDate } from '../records/clock';
import { useTestRouter } from './testing/test-router';

/*
 * The inline guard of the learning-point editor through the real contract and router: the
 * same dictionary the export uses, on a text nobody has saved, with nothing written.
 */

const { session, value, call, failure } = useTestRouter();
const year = Number(todayIsoDate().slice(0, 4));

async function caseWithParty() {
  const created = await value<{ id: number }>('cases.create', { receivedDate: todayIsoDate(), channel: 'phone' });
  await value('parties.add', { caseId: created.id, role: 'accused', name: 'Søren Mølgaard', phone: '12345678', unit: 'Lokalafdeling Vestervig' });
  return created;
}

const check = (text: string, reportYear = year) => value<ReportFinding[]>('learningPoints.check', { text, reportYear });

describe('learningPoints.check', () => {
  it('marks a party’s name, also inflected, and a phone number written another way', async () => {
    await caseWithParty();
    const text = 'Vi lærte af Sørens sag. Ring på 12 34 56 78.';
    const findings = await check(text);
    expect(findings.map(({ kind, text: found }) => [kind, found])).toEqual([
      ['name', 'Sørens'],
      ['phone', '12 34 56 78'],
    ]);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it('finds a CPR number by pattern alone, and nothing in a text that names no one', async () => {
    await caseWithParty();
    expect((await check('Personnummer 010203-1234 stod i mailen.')).map((finding) => finding.kind)).toEqual(['cpr']);
    expect(await check('Tidlig kontakt og en klar aftale gjorde en forskel.')).toEqual([]);
    expect(await check('   ')).toEqual([]);
  });

  it('sees a party added after the last check (the kept guard follows changes)', async () => {
    const created = await value<{ id: number }>('cases.create', { receivedDate: todayIsoDate(), channel: 'phone' });
    expect(await check('Vi talte med Henriette om forløbet.')).toEqual([]);
    await value('parties.add', { caseId: created.id, role: 'witness', name: 'Henriette Kjær' });
    expect((await check('Vi talte med Henriette om forløbet.')).map((finding) => finding.text)).toEqual(['Henriette']);
  });

  it('writes nothing: no learning point and no audit row', async () => {
    await caseWithParty();
    const db = session().require().db;
    const before = db.prepare('SELECT max(seq) AS seq FROM audit_log').get();
    await check('Søren Mølgaard');
    expect(db.prepare('SELECT max(seq) AS seq FROM audit_log').get()).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM learning_points').get()).toEqual({ n: 0 });
  });

  it('refuses a text over the limit and a year out of range as INVALID_INPUT, and is VAULT_LOCKED when locked', async () => {
    expect((await failure('learningPoints.check', { text: 'x'.repeat(100_000), reportYear: year })).code).toBe('INVALID_INPUT');
    expect((await failure('learningPoints.check', { text: 'Hej', reportYear: 1999 })).code).toBe('INVALID_INPUT');
    session().lock('user');
    expect(await call('learningPoints.check', { text: 'Hej', reportYear: year })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});
