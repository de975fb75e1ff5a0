import { z } from 'zod';
import { exportDocumentSchema } from './export-format';

/** Where the published JSON Schema of the export format lives in the repository. */
export const EXPORT_JSON_SCHEMA_PATH = 'docs/fortrolig-export.schema.json';

/**
 * The export format as JSON Schema, generated from the zod schema the import uses, so
 * the two cannot drift. Rules across records (an agreement's party must exist, checksums
 * match the content …) are not expressible in JSON Schema; docs/import-export.md lists them.
 */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportDocumentSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://fortrolig.invalid/schemas/fortrolig-export-1.json',
    title: 'Fortrolig export, format version 1',
  };
}

export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}
