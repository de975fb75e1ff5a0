import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START, toSegments } from './snippet-segments';

describe('toSegments', () => {
  it('cuts a marked excerpt into text and match segments', () => {
    expect(toSegments(`…efter ${MATCH_START}sommerfesten${MATCH_END} i ${MATCH_START}Århus${MATCH_END}`)).toEqual([
      { text: '…efter ', match: false },
      { text: 'sommerfesten', match: true },
      { text: ' i ', match: false },
      { text: 'Århus', match: true },
    ]);
  });

  it('joins adjacent matches and keeps markup as plain text', () => {
    expect(toSegments(`${MATCH_START}a${MATCH_END}${MATCH_START}b${MATCH_END}<b>x</b>`)).toEqual([
      { text: 'ab', match: true },
      { text: '<b>x</b>', match: false },
    ]);
  });
});
