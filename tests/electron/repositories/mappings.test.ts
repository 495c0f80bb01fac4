// The table mappings against the schema SQLite itself reports for a freshly migrated database: every mapped column
// exists with a matching type, every column is mapped or read by a named repository, every table is owned by some
// repository, and every field of the bundle's records is stored. A column, table or field forgotten in one of the
// places fails here instead of silently losing data.
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/db/connection';
import * as mappings from '../../../electron/repositories/mappings';
import { createRepositories } from '../../../electron/repositories/repositories';
import { entries, type ColumnKind, type TableMapping } from '../../../electron/repositories/table-mapping';
import { bundleShape } from '../../../shared/domain/bundle';
import { openTempDatabase, type TempDatabase } from '../../helpers/temp-db';

let t: TempDatabase;
let db: Db;
beforeAll(async () => {
  t = await openTempDatabase();
  db = t.opened.db;
});
afterAll(() => t.close());

type AnyMapping = TableMapping<Record<string, unknown>>;
const isMapping = (value: unknown): value is AnyMapping =>
  typeof value === 'object' && value !== null && 'table' in value && 'fields' in value && 'key' in value;

/** Every mapping in mappings.ts, plus the ones repositories keep to themselves (template-repository's). */
function allMappings(): AnyMapping[] {
  const exported = Object.values(mappings).filter(isMapping);
  const repos = createRepositories(db);
  const fromRepositories = Object.values(repos)
    .map((repo) =>
      typeof repo === 'object' && repo !== null && 'mapping' in repo ? (repo as { mapping: unknown }).mapping : null,
    )
    .filter(isMapping);
  const byTable = new Map<string, AnyMapping>();
  for (const m of [...exported, ...fromRepositories]) {
    const existing = byTable.get(m.table);
    if (existing && existing !== m) throw new Error(`two different mappings for table ${m.table}`);
    byTable.set(m.table, m);
  }
  return [...byTable.values()];
}

/** Columns that a repository reads and writes itself, outside any mapping. */
const READ_ELSEWHERE: Record<string, string[]> = {
  regency: ['logo', 'logo_mime'], // regency-repository.ts: BLOB ↔ base64
};

/** Tables without a mapping, each with the repository that owns it and the columns it uses. */
const UNMAPPED_TABLES: Record<string, string[]> = {
  schema_migrations: ['version', 'name', 'applied_at'], // migrations.ts
  local_setting: ['key', 'value', 'updated_at'], // db/local-settings.ts (backup-service: the last external copy)
  word_template: ['id', 'name', 'file_name', 'content', 'placeholders', 'needs_stage', 'uid', 'created_at', 'updated_at'], // word-template-repository.ts
  stage_photo: [
    'id',
    'stage_number',
    'caption',
    'mime',
    'width',
    'height',
    'content',
    'sort_order',
    'uid',
    'created_at',
    'updated_at',
  ], // stage-photo-repository.ts
  number_counter: ['year', 'last'], // counter-repository.ts
  attendance: ['participant_id', 'day_id'], // attendance-repository.ts
  closure_signatory_position: ['signatory_id', 'position_id', 'sort_order'], // repositories.ts: closureSignatories
  mp_programme_funding: ['programme_id', 'source', 'amount', 'sort_order'], // masterplan-lists.ts: programmeItems
  mp_programme_target: ['programme_id', 'year', 'value', 'sort_order'], // masterplan-lists.ts: programmeItems
  mp_programme_budget: ['programme_id', 'year', 'source', 'amount', 'sort_order'], // masterplan-lists.ts: programmeItems
  mp_strategy_swot: ['strategy_id', 'swot_id', 'sort_order'], // masterplan-lists.ts: strategies
  mp_strategy_programme: ['strategy_id', 'programme_id', 'sort_order'], // masterplan-lists.ts: strategies
};

const SQL_TYPE: Record<ColumnKind, string> = { text: 'TEXT', json: 'TEXT', int: 'INTEGER', bool: 'INTEGER', real: 'REAL' };

interface Column {
  name: string;
  type: string;
  pk: number;
}
const tableInfo = (table: string): Column[] =>
  db.prepare('SELECT name, type, pk FROM pragma_table_info(?)').all(table) as Column[];
const tables = (): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('repositories/mappings.ts against PRAGMA table_info of a migrated database', () => {
  it('finds the mappings (a sanity check of the collection itself)', () => {
    const names = allMappings().map((m) => m.table);
    expect(names).toEqual(
      expect.arrayContaining(['person', 'closure_signatory', 'mp_programme', 'mp_template', 'mp_plan', 'regency']),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  // One test per table; the mappings themselves are collected inside (the database opens in beforeAll).
  const mappedTables = [
    ...Object.values(mappings)
      .filter(isMapping)
      .map((m) => m.table),
    'mp_template',
  ];
  for (const table of mappedTables) {
    it(`${table}: every mapped column exists with its type, and every column is mapped`, () => {
      const m = allMappings().find((x) => x.table === table)!;
      const columns = tableInfo(m.table);
      expect(columns.length, `table ${m.table} exists`).toBeGreaterThan(0);
      const byName = new Map(columns.map((c) => [c.name, c]));
      for (const [field, column, kind] of entries(m)) {
        const actual = byName.get(column);
        expect(actual, `${m.table}.${column} (field ${field}) exists`).toBeDefined();
        expect(actual!.type, `${m.table}.${column} holds ${kind}`).toBe(SQL_TYPE[kind]);
      }
      const mapped = new Set(entries(m).map(([, column]) => column));
      const unmapped = columns.map((c) => c.name).filter((c) => !mapped.has(c) && !(READ_ELSEWHERE[m.table] ?? []).includes(c));
      expect(unmapped, `columns of ${m.table} no mapping reads`).toEqual([]);
      // The key is the primary key, and the order clause names real columns.
      const keyColumn = m.fields[m.key]![0];
      expect(columns.filter((c) => c.pk > 0).map((c) => c.name)).toEqual([keyColumn]);
      expect(() => db.prepare(`SELECT * FROM ${m.table} ORDER BY ${m.orderBy}`)).not.toThrow();
    });
  }

  it('every table is mapped or owned by a named repository, with the columns it uses', () => {
    const mapped = new Set(allMappings().map((m) => m.table));
    const rest = tables().filter((table) => !mapped.has(table));
    expect(rest.sort()).toEqual(Object.keys(UNMAPPED_TABLES).sort());
    for (const [table, columns] of Object.entries(UNMAPPED_TABLES)) {
      expect(
        tableInfo(table)
          .map((c) => c.name)
          .sort(),
        table,
      ).toEqual([...columns].sort());
    }
    for (const [table, columns] of Object.entries(READ_ELSEWHERE)) {
      for (const column of columns)
        expect(
          tableInfo(table).map((c) => c.name),
          `${table}.${column}`,
        ).toContain(column);
    }
  });
});

/** The object schema behind wrappers (default, nullable, pipe of a transform, array element). */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const def = (
    schema as unknown as {
      _zod: {
        def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType };
      };
    }
  )._zod.def;
  if (def.type === 'object') return def.shape!;
  const inner = def.innerType ?? def.in ?? def.element;
  if (!inner) throw new Error(`no object inside a ${def.type} schema`);
  return objectShape(inner);
}

describe('every field a bundle record has is stored', () => {
  const masterplan = objectShape(bundleShape.shape.masterplan);
  /** Fields kept in another table or column, by the repository named. */
  const STORED_ELSEWHERE = [
    'logo',
    'attendedDayIds',
    'signatories',
    'positionIds',
    'fundings',
    'targets',
    'budgets',
    'swotIds',
    'programmeIds',
    'counters',
  ];
  const pairs: [string, z.ZodType, string][] = [
    ['regency', bundleShape.shape.regency, 'regency'],
    ['units', bundleShape.shape.units, 'unit'],
    ['people', bundleShape.shape.people, 'person'],
    ['positions', bundleShape.shape.positions, 'position'],
    ['programme', bundleShape.shape.programme, 'programme'],
    ['teams', bundleShape.shape.teams, 'team'],
    ['teamMembers', bundleShape.shape.teamMembers, 'team_member'],
    ['stages', bundleShape.shape.stages, 'stage'],
    ['stageFacilitators', bundleShape.shape.stageFacilitators, 'stage_facilitator'],
    ['stageDays', bundleShape.shape.stageDays, 'stage_day'],
    ['participants', bundleShape.shape.participants, 'participant'],
    ['stagePaperwork', bundleShape.shape.stagePaperwork, 'stage_paperwork'],
    ['decree', bundleShape.shape.decree, 'team_decree'],
    ['textTemplates', bundleShape.shape.textTemplates, 'text_template'],
    ['closure', bundleShape.shape.closure, 'closure'],
    ['closure.signatories', objectShape(bundleShape.shape.closure).signatories!, 'closure_signatory'],
    ['masterplan.plan', masterplan.plan!, 'mp_plan'],
    ['masterplan.volumes', masterplan.volumes!, 'mp_volume'],
    ['masterplan.chapters', masterplan.chapters!, 'mp_chapter'],
    ['masterplan.sections', masterplan.sections!, 'mp_section'],
    ['masterplan.dimensions', masterplan.dimensions!, 'mp_dimension'],
    ['masterplan.elements', masterplan.elements!, 'mp_element'],
    ['masterplan.readiness', masterplan.readiness!, 'mp_readiness'],
    ['masterplan.swot', masterplan.swot!, 'mp_swot'],
    ['masterplan.programmes', masterplan.programmes!, 'mp_programme'],
    ['masterplan.statistics', masterplan.statistics!, 'mp_statistic'],
    ['masterplan.regulations', masterplan.regulations!, 'mp_regulation'],
    ['masterplan.applications', masterplan.applications!, 'mp_application'],
    ['masterplan.readinessScores', masterplan.readinessScores!, 'mp_readiness_score'],
    ['masterplan.elementGaps', masterplan.elementGaps!, 'mp_element_gap'],
    ['masterplan.goals', masterplan.goals!, 'mp_goal'],
    ['masterplan.strategies', masterplan.strategies!, 'mp_strategy'],
    ['masterplan.monitoring', masterplan.monitoring!, 'mp_monitoring'],
    ['masterplan.quickWins', masterplan.quickWins!, 'mp_quick_win'],
    ['templates', bundleShape.shape.templates, 'mp_template'],
    ['numbering', bundleShape.shape.numbering, 'numbering'],
    ['documentNumbers', bundleShape.shape.documentNumbers, 'document_number'],
    ['documentRenders', bundleShape.shape.documentRenders, 'document_render'],
  ];

  /** Bundle lists an own repository stores (UNMAPPED_TABLES): the table and the columns named otherwise than the field. */
  const OWN_REPOSITORY: Record<string, { schema: z.ZodType; table: string; renamed: Record<string, string> }> = {
    stagePhotos: { schema: bundleShape.shape.stagePhotos, table: 'stage_photo', renamed: { base64: 'content' } },
  };
  const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  for (const [path, { schema, table, renamed }] of Object.entries(OWN_REPOSITORY)) {
    it(`${path} → ${table} (own repository)`, () => {
      const columns = Object.keys(objectShape(schema)).map((f) => renamed[f] ?? snake(f));
      expect(columns.sort()).toEqual([...UNMAPPED_TABLES[table]!].sort());
    });
  }

  it('pairs cover every list of the bundle', () => {
    const covered = new Set([...pairs.map(([path]) => path), ...Object.keys(OWN_REPOSITORY)]);
    const lists = [
      ...Object.keys(bundleShape.shape).filter((k) => !['format', 'version', 'masterplan'].includes(k)),
      ...Object.keys(masterplan).map((k) => `masterplan.${k}`),
    ];
    expect(lists.filter((l) => !covered.has(l))).toEqual([]);
  });

  for (const [path, schema, table] of pairs) {
    it(`${path} → ${table}`, () => {
      const m = allMappings().find((x) => x.table === table)!;
      expect(m, `a mapping for ${table}`).toBeDefined();
      const fields = Object.keys(objectShape(schema)).filter((f) => !STORED_ELSEWHERE.includes(f));
      const mapped = Object.keys(m.fields);
      expect(
        fields.filter((f) => !mapped.includes(f)),
        `fields of ${path} without a column`,
      ).toEqual([]);
      // A mapped field the domain does not have would be written as null forever (the singletons' id is the row key).
      expect(
        mapped.filter((f) => !fields.includes(f) && f !== 'id'),
        `columns of ${table} without a field`,
      ).toEqual([]);
    });
  }
});
