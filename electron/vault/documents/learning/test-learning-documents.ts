import type { LearningDocumentInput } from './learning-input';

// A realistic learning document for the tests, with æ, ø and å in every kind of text.
// Each call returns a fresh object, so a test may change its copy freely.

export function danishLearningDocument(): LearningDocumentInput {
  return {
    language: 'da',
    organisationName: 'Alternativet',
    period: { from: '2025-09-01', to: '2026-08-31' },
    method: {
      suppressionThreshold: 5,
      rules: [
        'Tabellerne viser én oplysning ad gangen og krydser aldrig to oplysninger.',
        'Tal under 10 skjules, hvor mindreårige eller tvang og overgreb indgår.',
        'Roller er samlet i ansat, valgt, frivillig og medlem.',
      ],
    },
    tables: [
      {
        title: 'Henvendelser fordelt på kategori',
        rows: [
          { label: 'Kønskrænkende adfærd (sexisme)', value: { kind: 'count', count: 7 } },
          { label: 'Uønsket seksuel opmærksomhed (sexchikane)', value: { kind: 'count', count: 6 } },
          { label: 'Seksuel tvang og overgreb', value: { kind: 'suppressed', marker: 'færre end 10' } },
          { label: 'Anden krænkende adfærd', value: { kind: 'suppressed', marker: 'færre end 5' } },
        ],
      },
      {
        title: 'Håndtering',
        rows: [
          { label: 'Skriftlig aftale indgået', value: { kind: 'percentage', percent: 62.5 } },
          { label: 'Samtaleforløb tilbudt', value: { kind: 'percentage', percent: 100 } },
        ],
      },
      { title: 'Fordelt på udfald', rows: [] },
    ],
    learningPoints: [
      'Flere henvendelser kom efter arrangementer med overnatning.',
      'Mange kendte ikke til muligheden for at tage en bisidder med.',
    ],
    recommendations: [
      'Politikken bør nævne arrangementer med overnatning særskilt.',
      'Kurset for nyvalgte bør gennemgå, hvordan man henvender sig til kontaktpersonerne.',
    ],
  };
}

/** A year with too few cases for tables: only the banded total and the learning points. */
export function smallDanishLearningDocument(): LearningDocumentInput {
  return { ...danishLearningDocument(), tables: [], bandedTotal: 'færre end 5' };
}
