// The published bundle documentation matches the app's validators, and the JSON Schema agrees with them.
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleSchema } from '../../shared/domain/bundle';
import { bundleJsonSchema } from '../../scripts/bundle-docs';
import { minimalBundle } from '../helpers/bundle-factory';
import { demoBundle } from '../../electron/demo/simalungun-2021';

const schemaText = readFileSync('docs/bundle.schema.json', 'utf8');
const exampleText = readFileSync('docs/bundle.example.json', 'utf8');

describe('docs/bundle.*', () => {
  it('the JSON Schema is the one the validators generate (run `npx tsx scripts/bundle-docs.ts` after changing them)', () => {
    expect(schemaText).toBe(bundleJsonSchema());
  });

  it('the example is the current minimal bundle and the app accepts it', () => {
    expect(exampleText).toBe(`${JSON.stringify(bundleSchema.parse(minimalBundle()), null, 2)}\n`);
    expect(bundleSchema.safeParse(JSON.parse(exampleText)).success).toBe(true);
  });

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(schemaText));

  it('a JSON Schema validator accepts the example and the demo bundle', () => {
    expect(validate(JSON.parse(exampleText)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(demoBundle()))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('a JSON Schema validator refuses what the app refuses for shape', () => {
    const wrongType = JSON.parse(exampleText);
    wrongType.people[0].name = 42;
    expect(validate(wrongType)).toBe(false);
    const badPaper = JSON.parse(exampleText);
    badPaper.regency.tataNaskah.paper = 'Letter';
    expect(validate(badPaper)).toBe(false);
    expect(bundleSchema.safeParse(badPaper).success).toBe(false);
  });
});
