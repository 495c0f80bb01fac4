// Generates docs/bundle.schema.json from the zod schemas and docs/bundle.example.json from the test factory's
// minimal bundle. `npx tsx scripts/bundle-docs.ts` rewrites them; a test fails when they drift.
import { z } from 'zod';
import { bundleShape } from '../shared/domain/bundle';

export function bundleJsonSchema(): string {
  const schema = z.toJSONSchema(bundleShape, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const documented = {
    ...schema,
    $id: 'https://smart-city-desk.local/bundle.schema.json',
    title: 'Smart City Desk bundle',
    description:
      'One whole Gerakan Menuju Smart City programme of a regency. Cross-record rules (unique ids, references, NIP checks) are enforced by the app and listed in docs/bundle.md.',
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}

if (process.argv[1]?.endsWith('bundle-docs.ts')) {
  const { writeFileSync } = await import('node:fs');
  const { minimalBundle } = await import('../tests/helpers/bundle-factory');
  const { bundleSchema } = await import('../shared/domain/bundle');
  writeFileSync('docs/bundle.schema.json', bundleJsonSchema());
  writeFileSync('docs/bundle.example.json', `${JSON.stringify(bundleSchema.parse(minimalBundle()), null, 2)}\n`);
  console.log('docs/bundle.schema.json and docs/bundle.example.json written');
}
