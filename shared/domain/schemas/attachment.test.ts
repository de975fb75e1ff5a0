import { describe, expect, test } from 'vitest';
import { attachmentFileNameSchema, attachmentRemoveInputSchema } from './attachment';

describe('attachment schemas', () => {
  test('a file name is a base name with Danish letters allowed', () => {
    expect(attachmentFileNameSchema.parse(' Underskrevet aftale – Søren.pdf ')).toBe('Underskrevet aftale – Søren.pdf');
  });

  test.each(['../aftale.pdf', 'C:\\Users\\x\\aftale.pdf', 'aftale\u0000.pdf', '..', ''])('refuses %j', (name) => {
    expect(attachmentFileNameSchema.safeParse(name).success).toBe(false);
  });

  test('removing needs confirm: true', () => {
    expect(attachmentRemoveInputSchema.safeParse({ id: 1 }).success).toBe(false);
    expect(attachmentRemoveInputSchema.safeParse({ id: 1, confirm: false }).success).toBe(false);
    expect(attachmentRemoveInputSchema.parse({ id: 1, confirm: true })).toEqual({ id: 1, confirm: true });
  });
});
