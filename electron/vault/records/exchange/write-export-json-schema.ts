import { writeFileAtomic } from '../../fs/atomic-write';
import { EXPORT_JSON_SCHEMA_PATH, exportJsonSchemaText } from './export-json-schema';

// Run from the repository root after changing export-format.ts:
//   npx tsx electron/vault/records/exchange/write-export-json-schema.ts
writeFileAtomic(EXPORT_JSON_SCHEMA_PATH, exportJsonSchemaText());
process.stdout.write(`Wrote ${EXPORT_JSON_SCHEMA_PATH}\n`);
