import { describe, expect, test } from 'vitest';
import { ORGANISATION_WORDS } from './fixtures/dictionary-da';
import { CLASSES_DICTIONARY_DA, CLASSES_NEGATIVES_DA, CLASSES_RECALL_DA } from './fixtures/classes-da';
import { LEARNING_POINTS_DA } from './fixtures/learning-points-da';
import { createGuard } from './guard-texts';

const guard = createGuard(CLASSES_DICTIONARY_DA, { commonWords: ORGANISATION_WORDS });
const findingsIn = (text: string) => guard.texts([{ id: 'x', label: 'x', text }]);

describe('the guard on disguises that are classes (issue 14, §3)', () => {
  test(`flags initials of double first names, glued compounds and marked lower-case names (${CLASSES_RECALL_DA.length} cases)`, async ({ annotate }) => {
    const missed: string[] = [];
    let named = 0;
    for (const { text, identifier, hit } of CLASSES_RECALL_DA) {
      const start = text.indexOf(hit);
      const end = start + hit.length;
      const overlapping = findingsIn(text).filter((finding) => finding.start < end && finding.end > start);
      if (overlapping.length === 0) missed.push(text);
      if (overlapping.some((finding) => finding.matched === identifier)) named += 1;
    }
    const flagged = CLASSES_RECALL_DA.length - missed.length;
    await annotate(`recall: ${flagged} of ${CLASSES_RECALL_DA.length} flagged, ${named} named; missed: ${JSON.stringify(missed)}`);
    expect(missed).toEqual([]);
    expect(named).toBe(CLASSES_RECALL_DA.length);
  });

  test('keeps false positives on the tricky negatives and on the learning points at or below 5 %', async ({ annotate }) => {
    const texts = [...CLASSES_NEGATIVES_DA, ...LEARNING_POINTS_DA];
    const flagged = texts.filter((text) => findingsIn(text).length > 0);
    const rate = flagged.length / texts.length;
    await annotate(`false positives: ${flagged.length} of ${texts.length} texts (${(100 * rate).toFixed(1)} %): ${JSON.stringify(flagged)}`);
    expect(rate).toBeLessThanOrEqual(0.05);
    // Measured: none of the class negatives; the policy's "medlemmer under 18 år" (age pattern) among the learning points.
    expect(CLASSES_NEGATIVES_DA.filter((text) => findingsIn(text).length > 0)).toEqual([]);
  });
});
