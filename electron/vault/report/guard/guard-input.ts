import { z } from 'zod';
import { parseOrThrow } from '../parse-or-throw';
import { IDENTIFIER_KINDS, type GuardOptions, type ReportText, type VaultIdentifier } from './guard-types';

const dictionarySchema = z.array(z.strictObject({ kind: z.enum(IDENTIFIER_KINDS), value: z.string() }));
const textsSchema = z.array(z.strictObject({ id: z.string(), label: z.string(), text: z.string() }));
const optionsSchema = z.strictObject({
  excerptRadius: z.int().min(0).max(500).optional(),
  commonWords: z.array(z.string()).optional(),
});

/** The dictionary and options, checked once for a guard that scans many texts. */
export function parseGuardSetup(
  dictionary: readonly VaultIdentifier[],
  options: GuardOptions,
): { dictionary: VaultIdentifier[]; excerptRadius: number; commonWords: string[] } {
  const parsedOptions = parseOrThrow(optionsSchema, options, "The guard's options do not have the expected shape");
  return {
    dictionary: parseOrThrow(dictionarySchema, dictionary, "The guard's identifiers do not have the expected shape"),
    excerptRadius: parsedOptions.excerptRadius ?? 30,
    commonWords: parsedOptions.commonWords ?? [],
  };
}

export function parseGuardTexts(texts: readonly ReportText[]): ReportText[] {
  return parseOrThrow(textsSchema, texts, "The guard's texts do not have the expected shape");
}
