import { describe, expect, test } from 'vitest';
import { foldWord, skeletonWord, stripApostropheGenitive } from './normalise';

describe('normalisation', () => {
  test.each([
    ['Søren', 'soeren'],
    ['Soeren', 'soeren'],
    ['ÆRØ', 'aeroe'],
    ['Århus', 'aarhus'],
    ['Sören', 'soeren'],
    ['Café', 'cafe'],
    ['René', 'rene'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  test('gives words spelt without æ/ø/å the same skeleton', () => {
    expect(skeletonWord('Søren')).toBe(skeletonWord('Soren'));
    expect(skeletonWord('Århus')).toBe(skeletonWord('Arhus'));
    expect(skeletonWord('Mærsk')).toBe(skeletonWord('Maersk'));
    expect(skeletonWord('Søren')).not.toBe(skeletonWord('Sara'));
  });

  test.each([
    ["Hans'", 'Hans'],
    ["Søren's", 'Søren'],
    ['Søren’s', 'Søren'],
    ['Sørens', 'Sørens'],
  ])('strips the apostrophe genitive of %s', (word, bare) => {
    expect(stripApostropheGenitive(word)).toBe(bare);
  });
});
