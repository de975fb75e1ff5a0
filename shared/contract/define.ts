import type { z } from 'zod';

/**
 * One contract method: its zod input schema and, as a type only, its result. The result
 * type never exists at runtime; it lets main, preload and renderer agree without codegen.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly __result?: O;
}

export function method<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): MethodSpec<I, O> {
      return { input };
    },
  };
}

type AnySpecs = Readonly<Record<string, MethodSpec>>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * Joins the modules' method tables into one contract, refusing a name defined twice so a
 * module can never silently replace another's method.
 */
export function defineContract<const T extends readonly AnySpecs[]>(...modules: T): UnionToIntersection<T[number]> {
  const merged: Record<string, MethodSpec> = {};
  for (const module of modules) {
    for (const [name, spec] of Object.entries(module)) {
      if (name in merged) throw new Error(`Contract method defined twice: ${name}`);
      merged[name] = spec;
    }
  }
  return Object.freeze(merged) as UnionToIntersection<T[number]>;
}
