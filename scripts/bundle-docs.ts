// Generates docs/bundle.schema.json from the app's own zod schema (bundleShape), so the published JSON Schema cannot
// say something the validators do not. `npx tsx scripts/bundle-docs.ts` rewrites it; tests/docs/bundle-docs.test.ts
// fails when the committed file drifts from what this generates. docs/bundle.example.json is written by hand and
// checked by the same test (JSON Schema validator and the app's import).
import { z } from 'zod';
import { bundleShape, BUNDLE_VERSION } from '../shared/domain/bundle';

export const SCHEMA_FILE = 'docs/bundle.schema.json';

type JsonSchema = { [key: string]: unknown };

/**
 * The app refuses keys it does not know (shared/validation/unknown-keys.ts); zod's input schema leaves objects open,
 * so every object with fixed properties is closed here. Records (numbering.kka) keep their own rule.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonSchema;
  if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
  }
  Object.values(schema).forEach(closeObjects);
}

export function bundleJsonSchema(): string {
  // io 'input': the file as written (defaults make fields optional); transforms (NIP spaces, gender from the NIP)
  // act on the way in, so their input side is what a file may hold.
  const schema = z.toJSONSchema(bundleShape, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  closeObjects(schema);
  const { $schema, ...rest } = schema;
  const documented = {
    $schema,
    $id: 'https://smart-city-desk.local/bundle.schema.json',
    title: `Smart City Desk bundle, version ${BUNDLE_VERSION}`,
    description:
      'One whole Gerakan Menuju Smart City programme of a regency. Cross-record rules (unique ids and uids, references, NIP checks) are enforced by the app and listed in docs/bundle.md. Version 1 files are not described here: the app upgrades them on import.',
    ...rest,
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('bundle-docs.ts')) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(SCHEMA_FILE, bundleJsonSchema());
  console.log(`${SCHEMA_FILE} written`);
}
