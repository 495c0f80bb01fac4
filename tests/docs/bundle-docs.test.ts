// The published bundle documentation matches the app: the JSON Schema is what the zod schema generates now (drift
// test), the hand-written example is valid for a JSON Schema validator and imports with the app, and the prose in
// docs/bundle.md names every collection and field of the format.
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../electron/demo/simalungun-2021';
import { parseBundle, serializeBundle } from '../../electron/services/bundle-service';
import { bundleJsonSchema, SCHEMA_FILE } from '../../scripts/bundle-docs';
import { BUNDLE_VERSION, bundleSchema, bundleShape } from '../../shared/domain/bundle';
import { largeBundle, minimalBundle } from '../helpers/bundle-factory';
import { type TempDatabase, tempDatabasePerTest } from '../helpers/temp-db';

const schemaText = readFileSync(SCHEMA_FILE, 'utf8');
const exampleText = readFileSync('docs/bundle.example.json', 'utf8');
const guide = readFileSync('docs/bundle.md', 'utf8');
const example = () => JSON.parse(exampleText) as Record<string, any>;

const openDb = tempDatabasePerTest();
async function db(): Promise<TempDatabase> {
  const t = await openDb();
  return t;
}

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(schemaText));
const errors = () => JSON.stringify(validate.errors, null, 1);

describe('docs/bundle.schema.json', () => {
  it('is what `npx tsx scripts/bundle-docs.ts` generates from the zod schema now', () => {
    expect(schemaText, 'run `npx tsx scripts/bundle-docs.ts` after changing a domain schema').toBe(bundleJsonSchema());
  });

  it('describes the current version and every top-level collection', () => {
    const schema = JSON.parse(schemaText);
    expect(schema.properties.version.const).toBe(BUNDLE_VERSION);
    expect(Object.keys(schema.properties)).toEqual(Object.keys(bundleShape.shape));
    expect(schema.additionalProperties).toBe(false);
  });

  it('accepts what the app writes: the demo, the test bundles and their exports', async () => {
    for (const bundle of [demoBundle(), minimalBundle(), largeBundle(5)]) {
      expect(validate(JSON.parse(JSON.stringify(bundle))), errors()).toBe(true);
      expect(validate(JSON.parse(JSON.stringify(bundleSchema.parse(bundle)))), errors()).toBe(true);
    }
    const t = await db();
    t.services.bundle.import(demoBundle());
    expect(validate(JSON.parse(serializeBundle(t.services.bundle.export()))), errors()).toBe(true);
  });

  it('refuses what the app refuses for shape: a wrong type, an unknown value, an unknown key, an old version', () => {
    const cases: [string, (b: Record<string, any>) => void][] = [
      ['wrong type', (b) => (b.people[0].name = 42)],
      ['unknown paper', (b) => (b.regency.tataNaskah.paper = 'Letter')],
      ['unknown key', (b) => (b.people[1].pangkt = 'IV/a')],
      ['v1 key in a signatory', (b) => (b.closure.signatories[0].positionId = 3)],
      ['no position in a signature', (b) => (b.closure.signatories[0].positionIds = [])],
      ['unknown number status', (b) => (b.documentNumbers[0].status = 'dihapus')],
      ['unknown funding source', (b) => (b.masterplan.programmes[0].fundings[0].source = 'Hibah')],
      ['readiness score above 5', (b) => (b.masterplan.readinessScores[0].score = 6)],
      ['unknown TOWS kind', (b) => (b.masterplan.strategies[0].kind = 'OS')],
      ['negative yearly budget', (b) => (b.masterplan.programmes[0].budgets[0].amount = -1)],
      ['unknown programme status', (b) => (b.masterplan.programmes[0].status = 'batal')],
      ['version 1', (b) => (b.version = 1)],
    ];
    for (const [name, mutate] of cases) {
      const bad = example();
      mutate(bad);
      expect(validate(bad), name).toBe(false);
      // The app reads an old version (it upgrades it); everything else it refuses too.
      if (name !== 'version 1') expect(() => parseBundle(bad), name).toThrow(/Bundel tidak valid/);
    }
  });
});

describe('docs/bundle.example.json', () => {
  it('is valid for a JSON Schema validator and for the app', () => {
    expect(validate(example()), errors()).toBe(true);
    expect(bundleSchema.safeParse(example()).success).toBe(true);
  });

  it('imports with the app, and its export imports again to the same bytes', async () => {
    const a = await db();
    const summary = a.services.bundle.import(example());
    expect(summary).toMatchObject({ people: 4, positions: 4, signatories: 4, programmes: 1 });
    const exported = serializeBundle(a.services.bundle.export());
    const b = await db();
    b.services.bundle.import(JSON.parse(exported));
    expect(serializeBundle(b.services.bundle.export())).toBe(exported);
    // Records given a uid keep it.
    expect(JSON.parse(exported).people[0].uid).toBe(example().people[0].uid);
  });

  it('shows the v2 features: non-ASN people, a dual-position signature, units with parents, funding lines, a withdrawn number', () => {
    const ex = example();
    expect(ex.version).toBe(3);
    expect(ex.people.some((p: any) => p.asn === false && p.institution)).toBe(true);
    expect(ex.closure.signatories.some((s: any) => s.positionIds.length > 1)).toBe(true);
    expect(ex.units.some((u: any) => u.parentId)).toBe(true);
    expect(ex.masterplan.programmes[0].fundings.length).toBeGreaterThan(1);
    expect(ex.documentNumbers.map((n: any) => n.status)).toEqual(['batal', 'aktif']);
    expect(ex.stageFacilitators.length).toBeGreaterThan(0);
    expect(ex.masterplan.plan.vision).toBeTruthy();
  });

  it('shows the v3 records: a programme with yearly targets and budget, a strategy tied to SWOT items, a quick-win profile', () => {
    const m = example().masterplan;
    expect(m.programmes[0].budgets.length).toBeGreaterThan(0);
    expect(m.programmes[0].targets.length).toBeGreaterThan(0);
    expect(m.strategies[0].swotIds.length).toBeGreaterThan(1);
    expect(m.quickWins[0].programmeId).toBe(m.programmes[0].id);
    for (const key of ['statistics', 'regulations', 'applications', 'readinessScores', 'elementGaps', 'goals', 'monitoring']) {
      expect(m[key].length, key).toBeGreaterThan(0);
    }
  });
});

describe('docs/bundle.md', () => {
  it('documents version 3 and every collection of the format', () => {
    expect(guide).toMatch(/version 3/);
    const collections = [
      ...Object.keys(bundleShape.shape),
      ...Object.keys((bundleShape.shape.masterplan.unwrap() as unknown as { shape: Record<string, unknown> }).shape),
    ];
    for (const key of collections) expect(guide, key).toContain(`\`${key}\``);
  });

  it('names every field of every record, so a new field cannot go undocumented', () => {
    const schema = JSON.parse(schemaText);
    const fields = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      const s = node as Record<string, unknown>;
      if (s.properties && typeof s.properties === 'object') Object.keys(s.properties).forEach((k) => fields.add(k));
      Object.values(s).forEach(walk);
    };
    walk(schema);
    const missing = [...fields].filter((f) => !guide.includes(`\`${f}\``));
    expect(missing).toEqual([]);
  });

  it('explains the v1 and v2 upgrades and the refusal of unknown keys', () => {
    expect(guide).toMatch(/version 1/i);
    expect(guide).toMatch(/version 2 file .* becomes version 3/);
    expect(guide).toMatch(/positionIds/);
    expect(guide).toMatch(/mungkin maksudnya/);
  });
});
