// Generic repository over one table described by a TableMapping: list, get, insert, update, delete, with
// statements prepared once per repository.
import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { newUid } from '../db/uid';
import { columnOf, entries, recordToRow, rowToRecord, type Row, type TableMapping } from './table-mapping';

export type Clock = () => string;
export const systemClock: Clock = () => new Date().toISOString();

/** Columns written once, when the record is created; an update never changes them. */
const WRITE_ONCE = new Set(['uid', 'created_at']);

type MetaKey = 'uid' | 'createdAt' | 'updatedAt';

/** A record about to be inserted: its id may be null (SQLite chooses it), its uid and times absent (filled here). */
export type Draft<T> = { [K in keyof T as K extends MetaKey ? never : K]: K extends 'id' ? T[K] | null : T[K] } & {
  [K in keyof T & MetaKey]?: T[K] | null;
};

/** What a collection service needs of its storage, whether one table or a record with a child list. */
export interface RecordStore<T> {
  list(): T[];
  get(key: unknown): T | undefined;
  insert(record: T | Draft<T>): T;
  update(record: T): boolean;
  delete(key: unknown): boolean;
}

export class EntityRepository<T> {
  private readonly columns: string[];
  private readonly keyColumn: string;
  private readonly statements = new Map<string, Database.Statement<unknown[]>>();
  /** Whether the table has uid, created_at and updated_at (every table of records does). */
  private readonly hasMeta: boolean;

  constructor(
    protected readonly db: Db,
    readonly mapping: TableMapping<T>,
    protected readonly clock: Clock = systemClock,
  ) {
    this.columns = entries(mapping).map(([, column]) => column);
    this.keyColumn = columnOf(mapping, mapping.key);
    this.hasMeta = 'uid' in mapping.fields && 'updatedAt' in mapping.fields;
  }

  private statement(key: string, sql: () => string) {
    let stmt = this.statements.get(key);
    if (!stmt) {
      stmt = this.db.prepare<unknown[]>(sql());
      this.statements.set(key, stmt);
    }
    return stmt;
  }

  list(): T[] {
    const { table, orderBy } = this.mapping;
    return (this.statement('list', () => `SELECT * FROM ${table} ORDER BY ${orderBy}`).all() as Row[]).map((r) =>
      rowToRecord(this.mapping, r),
    );
  }

  listWhere(field: keyof T & string, value: unknown): T[] {
    const column = columnOf(this.mapping, field);
    const { table, orderBy } = this.mapping;
    return (
      this.statement(`where:${column}`, () => `SELECT * FROM ${table} WHERE ${column} = ? ORDER BY ${orderBy}`).all(
        value,
      ) as Row[]
    ).map((r) => rowToRecord(this.mapping, r));
  }

  get(key: unknown): T | undefined {
    const row = this.statement('get', () => `SELECT * FROM ${this.mapping.table} WHERE ${this.keyColumn} = ?`).get(key) as
      Row | undefined;
    return row ? rowToRecord(this.mapping, row) : undefined;
  }

  /** Inserts with the given key, or lets SQLite choose it when the key is null/undefined; returns the record stored. */
  insert(record: T | Draft<T>): T {
    const row = recordToRow(this.mapping, record as T);
    if (this.hasMeta) {
      const now = this.clock();
      row.uid ??= newUid();
      row.created_at ??= now;
      row.updated_at ??= now;
    }
    const withoutKey = row[this.keyColumn] === null;
    const columns = withoutKey ? this.columns.filter((c) => c !== this.keyColumn) : this.columns;
    const stmt = this.statement(
      withoutKey ? 'insert-auto' : 'insert',
      () => `INSERT INTO ${this.mapping.table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
    );
    if (withoutKey) delete row[this.keyColumn];
    const result = stmt.run(row);
    const key = withoutKey ? Number(result.lastInsertRowid) : (record as Row)[this.mapping.key];
    return this.get(key)!;
  }

  /** Replaces the row with the same key, keeping its uid and creation time; returns false when there is none. */
  update(record: T): boolean {
    const row = recordToRow(this.mapping, record);
    if (this.hasMeta) row.updated_at = this.clock();
    const sets = this.columns
      .filter((c) => c !== this.keyColumn && !(this.hasMeta && WRITE_ONCE.has(c)))
      .map((c) => `${c} = @${c}`);
    const stmt = this.statement(
      'update',
      () => `UPDATE ${this.mapping.table} SET ${sets.join(', ')} WHERE ${this.keyColumn} = @${this.keyColumn}`,
    );
    return stmt.run(row).changes > 0;
  }

  delete(key: unknown): boolean {
    return this.statement('delete', () => `DELETE FROM ${this.mapping.table} WHERE ${this.keyColumn} = ?`).run(key).changes > 0;
  }

  deleteAll(): void {
    this.statement('delete-all', () => `DELETE FROM ${this.mapping.table}`).run();
  }

  count(): number {
    return (this.statement('count', () => `SELECT count(*) AS n FROM ${this.mapping.table}`).get() as { n: number }).n;
  }
}
