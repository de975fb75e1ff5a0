import { describe, expect, it } from 'vitest';
import { recoveryKeyGroups } from './recovery-key-groups';

describe('the recovery key on screen', () => {
  it('is cut only between groups, each group keeping the hyphen after it', () => {
    expect(recoveryKeyGroups('D4VH-NZKJ-MXCV-MTV0')).toEqual(['D4VH-', 'NZKJ-', 'MXCV-', 'MTV0']);
    expect(recoveryKeyGroups('D4VH-NZKJ-MXCV-MTV0').join('')).toBe('D4VH-NZKJ-MXCV-MTV0');
  });

  it('keeps a key without hyphens whole', () => {
    expect(recoveryKeyGroups('ABCDEFGH')).toEqual(['ABCDEFGH']);
  });
});
