/**
 * Writes survey.schema.json from the zod schema. Run after changing src/schemas.ts:
 *   pnpm --filter @svara/schema json-schema
 * A test fails when the committed file differs from what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { buildSurveyJsonSchema } from '../src/json-schema.js';

export const jsonSchemaPath = fileURLToPath(new URL('../survey.schema.json', import.meta.url));

/** The file content: stable key order from the schema, two-space indent, trailing newline. */
export function jsonSchemaFileContent(): string {
  return `${JSON.stringify(buildSurveyJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(jsonSchemaPath, jsonSchemaFileContent());
  console.log(`Wrote ${jsonSchemaPath}`);
}
