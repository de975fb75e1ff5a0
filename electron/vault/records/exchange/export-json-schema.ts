import { z } from 'zod';
import { EXPORT_FORMAT_VERSION, exportDocumentSchema } from './export-format';

/** Where the published JSON Schema of the export format lives in the repository. */
export const EXPORT_JSON_SCHEMA_PATH = 'docs/fortrolig-export.schema.json';

/**
 * The current export format as JSON Schema, generated from the zod schema the import
 * uses, so the two cannot drift. Rules across records (an agreement's party must exist,
 * checksums match the content …) are not expressible in JSON Schema, and neither is how
 * an older version the import still reads differs; docs/import-export.md says both.
 */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportDocumentSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: `https://fortrolig.invalid/schemas/fortrolig-export-${EXPORT_FORMAT_VERSION}.json`,
    title: `Fortrolig export, format version ${EXPORT_FORMAT_VERSION}`,
  };
}

export function exportJsonSchemaText(): string {
  return `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
}
