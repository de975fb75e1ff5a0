import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { isWellFormedText, wellFormedString } from '../domain/schemas/common';
import { contract, METHOD_NAMES } from './index';

const NUL = 'før\u0000efter';
const LONE_HIGH = 'før\uD800efter';
const LONE_LOW = 'før\uDC00efter';

interface ZodInternals {
  _zod: { def: Record<string, unknown> & { type: string } };
}

/**
 * Every string schema reachable from a method's input, with the path to it. Follows the
 * zod 4 definition tree; a lazy schema (JSON values) is followed once.
 */
function stringLeaves(schema: z.ZodType, at: string, seen = new Set<unknown>()): { path: string; schema: z.ZodType }[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as ZodInternals)._zod.def;
  const walk = (child: unknown, suffix: string) => stringLeaves(child as z.ZodType, `${at}${suffix}`, seen);
  switch (def.type) {
    case 'string':
      return [{ path: at, schema }];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) => walk(child, `.${key}`));
    case 'array':
      return walk(def.element, '[]');
    case 'union':
      return (def.options as unknown[]).flatMap((option, index) => walk(option, `|${index}`));
    case 'intersection':
      return [...walk(def.left, ''), ...walk(def.right, '')];
    case 'record':
      return [...walk(def.keyType, '{key}'), ...walk(def.valueType, '{}')];
    case 'tuple':
      return (def.items as unknown[]).flatMap((item, index) => walk(item, `[${index}]`));
    case 'pipe': {
      // A string read through a pipe into a check (e.g. spaces stripped, then a pattern) is
      // judged as a whole; a pipe into a plain transform leaves its strings to guard themselves.
      const inner = walk(def.in, '');
      if (inner.length > 0 && (def.out as ZodInternals)._zod.def.type !== 'transform') return [{ path: at, schema }];
      return [...inner, ...walk(def.out, '')];
    }
    case 'lazy':
      return walk((def.getter as () => unknown)(), '');
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return walk(def.innerType, '');
    default:
      return [];
  }
}

/**
 * A form draft keeps the values exactly as typed, as JSON in the vault (where NUL and lone
 * surrogates are escaped and come back unchanged); the record's own schema judges them when
 * the form is saved. Nothing else is exempt.
 */
const KEPT_AS_TYPED = /^drafts\.save\.values/;

describe('text crossing the bridge', () => {
  it('is refused when it holds NUL or a lone surrogate, and accepted with real astral characters', () => {
    expect(isWellFormedText('Æble 😀 ø')).toBe(true);
    for (const bad of [NUL, LONE_HIGH, LONE_LOW, '\uDC00\uD800']) expect(isWellFormedText(bad)).toBe(false);
    expect(wellFormedString().safeParse('😀').success).toBe(true);
    expect(wellFormedString().safeParse(LONE_HIGH).success).toBe(false);
  });

  it('every string field of every contract method refuses NUL and lone surrogates', () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const name of METHOD_NAMES) {
      for (const leaf of stringLeaves(contract[name].input, name).filter((leaf) => !KEPT_AS_TYPED.test(leaf.path))) {
        checked += 1;
        for (const bad of [NUL, LONE_HIGH, LONE_LOW]) {
          if (leaf.schema.safeParse(bad).success) leaks.push(`${leaf.path} accepts ${JSON.stringify(bad)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(leaks).toEqual([]);
  });
});
