import { describe, expect, it } from 'vitest';
import { toPrefixQuery } from './fts-query';

describe('toPrefixQuery', () => {
  it('quotes every word as a prefix, keeping æ, ø and å', () => {
    expect(toPrefixQuery('  Bøj  gudenå ')).toBe('"Bøj"* "gudenå"*');
  });

  it('turns FTS5 syntax into plain words', () => {
    expect(toPrefixQuery('"sommer" OR body:fest* NEAR(a b) ^x -y')).toBe(
      '"sommer"* "OR"* "body"* "fest"* "NEAR"* "a"* "b"* "x"* "y"*',
    );
  });

  it('has nothing to search for in punctuation alone', () => {
    expect(toPrefixQuery(' "*" - ')).toBeNull();
  });
});
