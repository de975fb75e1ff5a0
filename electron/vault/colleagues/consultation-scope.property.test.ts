import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportedCase } from '../records/exchange/export-format';
import { applyConsultationScope, REDACTED } from './consultation-scope';

const INSTANT = '2026-03-02T10:00:00.000Z';

const word = fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{2,9}$/);

/** "Søren" as typed on a keyboard without ø. */
const folded = (name: string) => name.replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa').replaceAll('Æ', 'Ae').replaceAll('Ø', 'Oe').replaceAll('Å', 'Aa');
/** The last two letters swapped: the commonest typo. */
const typo = (name: string) => `${name.slice(0, -2)}${name.at(-1)}${name.at(-2)}`;
/**
 * Where the guard promises to find a typo: six letters or more, the swapped pair plain
 * letters (swapping æ/ø/å, spelt out as two letters each, is more than one edit).
 */
const typoFindable = (name: string) => name.length >= 6 && /^[a-z]{2}$/.test(name.slice(-2));

function caseWith(name: string, nickname: string, email: string, phone: string, story: string): ExportedCase {
  const party = {
    id: 1,
    role: 'affected' as const,
    under18: false,
    name,
    nickname,
    organisationalRole: null,
    unit: null,
    email,
    phone,
    contactPerson: null,
    description: story,
    createdAt: INSTANT,
    updatedAt: INSTANT,
  };
  return {
    reference: '2026-001',
    receivedDate: '2026-03-02',
    channel: 'phone',
    reporterKind: null,
    category: null,
    context: null,
    summary: story,
    status: 'received',
    closedDate: null,
    outcome: null,
    createdAt: INSTANT,
    updatedAt: INSTANT,
    statusHistory: [],
    parties: [party],
    notes: [{ kind: 'phone', noteDate: '2026-03-02', title: story, body: story, editReason: null, version: 1, createdAt: INSTANT, updatedAt: INSTANT, earlierVersions: [] }],
    conversations: [],
    consents: [],
    actionsTaken: [],
    severityAssessments: [],
    tasks: [{ title: story, dueDate: null, doneOn: null, createdAt: INSTANT, updatedAt: INSTANT }],
    attachments: [],
    agreements: [],
    learningPoints: [],
  };
}

describe('a consultation package without names', () => {
  it('holds no party name, name part, nickname, e-mail or phone in any spelling the text used', () => {
    fc.assert(
      fc.property(word, word, word, fc.stringMatching(/^[2-9]\d{7}$/), fc.array(fc.constantFrom('upper', 'lower', 'genitive', 'plain', 'spaced-phone', 'email', 'folded', 'typo'), { minLength: 1, maxLength: 6 }), (first, last, nickname, phone, mentions) => {
        const email = `${first.toLowerCase()}.${last.toLowerCase()}@example.dk`;
        const spelled = mentions.map((mention) => {
          if (mention === 'upper') return `${first.toUpperCase()} ${last.toUpperCase()}`;
          if (mention === 'lower') return `${first.toLowerCase()} ${last.toLowerCase()}`;
          if (mention === 'genitive') return `${first}s og ${nickname}s`;
          if (mention === 'spaced-phone') return phone.replace(/(\d{2})(?=\d)/g, '$1 ');
          if (mention === 'email') return `skrev fra ${email}`;
          if (mention === 'folded') return `${folded(first)} ${folded(last)}`;
          if (mention === 'typo') return `hos ${typoFindable(first) ? typo(first) : first}`;
          return `${first} ${last}`;
        });
        const story = `Samtale: ${spelled.join(', ')} — det skete efter mødet.`;
        const scoped = applyConsultationScope(caseWith(`${first} ${last}`, nickname, email, phone, story), 'without_names');
        // Every text value (codes and dates left out: a generated name may equal a code such as "phone").
        const [note, party, task] = [scoped.notes[0], scoped.parties[0], scoped.tasks[0]];
        const values = [scoped.summary, note?.title, note?.body, party?.name, party?.nickname, party?.email, party?.phone, party?.description, task?.title];
        const text = JSON.stringify(values).toLocaleLowerCase('da');
        const variants = [first, last, nickname, email, phone, folded(first), folded(last), ...(typoFindable(first) && mentions.includes('typo') ? [typo(first)] : [])];
        for (const identifier of variants) expect(text, identifier).not.toContain(identifier.toLocaleLowerCase('da'));
        expect(text.replace(/\s/g, '')).not.toContain(phone);
        expect(scoped.notes[0]?.body).toContain(REDACTED);
      }),
      { numRuns: 300 },
    );
  });
});
