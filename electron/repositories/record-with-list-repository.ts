// A record whose list fields live in child tables (a signatory's positions; a programme's funding lines, yearly
// targets and yearly budget; a strategy's SWOT items and programmes): the parent row through its mapping, each list
// as ordered child rows replaced whole on every write.
import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { EntityRepository, systemClock, type Clock, type Draft, type RecordStore } from './entity-repository';
import type { Row, TableMapping } from './table-mapping';

export interface ChildList<Item> {
  table: string;
  parentColumn: string;
  /** Columns besides the parent and sort_order, in the order toRow returns their values. */
  columns: readonly string[];
  toRow(item: Item): unknown[];
  fromRow(row: Row): Item;
}

type ItemOf<L> = L extends readonly (infer I)[] ? I : never;
export type ChildLists<T, F extends keyof T> = { [K in F]: ChildList<ItemOf<T[K]>> };

interface ListStatements {
  child: ChildList<unknown>;
  selectOne: Database.Statement<[number]>;
  selectAll: Database.Statement<[]>;
  remove: Database.Statement<[number]>;
  add: Database.Statement<unknown[]>;
}

export class RecordWithListsRepository<T extends { id: number }, F extends keyof T & string> implements RecordStore<T> {
  private readonly rows: EntityRepository<Omit<T, F>>;
  private readonly lists: [F, ListStatements][];

  constructor(db: Db, mapping: TableMapping<Omit<T, F>>, lists: ChildLists<T, F>, clock: Clock = systemClock) {
    this.rows = new EntityRepository(db, mapping, clock);
    this.lists = (Object.entries(lists) as [F, ChildList<unknown>][]).map(([field, child]) => {
      const { table, parentColumn, columns } = child;
      return [
        field,
        {
          child,
          selectOne: db.prepare(`SELECT * FROM ${table} WHERE ${parentColumn} = ? ORDER BY sort_order, rowid`),
          selectAll: db.prepare(`SELECT * FROM ${table} ORDER BY ${parentColumn}, sort_order, rowid`),
          remove: db.prepare(`DELETE FROM ${table} WHERE ${parentColumn} = ?`),
          add: db.prepare(
            `INSERT INTO ${table} (${parentColumn}, ${columns.join(', ')}, sort_order) VALUES (${['?', ...columns.map(() => '?'), '?'].join(', ')})`,
          ),
        },
      ];
    });
  }

  get mapping() {
    return this.rows.mapping;
  }

  private withItems(records: Omit<T, F>[]): T[] {
    const all = this.lists.map(([field, s]) => {
      const byParent = new Map<number, unknown[]>();
      for (const row of s.selectAll.all() as Row[]) {
        const parent = row[s.child.parentColumn] as number;
        const list = byParent.get(parent) ?? [];
        list.push(s.child.fromRow(row));
        byParent.set(parent, list);
      }
      return [field, byParent] as const;
    });
    return records.map((r) => {
      const id = (r as unknown as { id: number }).id;
      const out: Record<string, unknown> = { ...r };
      for (const [field, byParent] of all) out[field] = byParent.get(id) ?? [];
      return out as unknown as T;
    });
  }

  private writeItems(parentId: number, record: T | Draft<T>): void {
    for (const [field, s] of this.lists) {
      s.remove.run(parentId);
      ((record as Record<string, unknown>)[field] as readonly unknown[] | undefined)?.forEach((item, i) =>
        s.add.run(parentId, ...s.child.toRow(item), i),
      );
    }
  }

  private withoutLists(record: T | Draft<T>): Record<string, unknown> {
    const rest: Record<string, unknown> = { ...(record as Record<string, unknown>) };
    for (const [field] of this.lists) delete rest[field];
    return rest;
  }

  list(): T[] {
    return this.withItems(this.rows.list());
  }

  listWhere(field: keyof Omit<T, F> & string, value: unknown): T[] {
    return this.withItems(this.rows.listWhere(field, value));
  }

  get(id: unknown): T | undefined {
    const row = this.rows.get(id);
    if (!row) return undefined;
    const out: Record<string, unknown> = { ...row };
    for (const [field, s] of this.lists) out[field] = (s.selectOne.all(Number(id)) as Row[]).map((r) => s.child.fromRow(r));
    return out as unknown as T;
  }

  insert(record: T | Draft<T>): T {
    const stored = this.rows.insert(this.withoutLists(record) as unknown as Draft<Omit<T, F>>) as unknown as { id: number };
    this.writeItems(stored.id, record);
    return this.get(stored.id)!;
  }

  update(record: T): boolean {
    if (!this.rows.update(this.withoutLists(record) as unknown as Omit<T, F>)) return false;
    this.writeItems(record.id, record);
    return true;
  }

  delete(id: unknown): boolean {
    return this.rows.delete(id);
  }

  deleteAll(): void {
    this.rows.deleteAll();
  }

  count(): number {
    return this.rows.count();
  }
}

/** A record with one list field in a child table. */
export class RecordWithListRepository<T extends { id: number }, F extends keyof T & string> extends RecordWithListsRepository<
  T,
  F
> {
  constructor(db: Db, mapping: TableMapping<Omit<T, F>>, field: F, child: ChildList<ItemOf<T[F]>>, clock: Clock = systemClock) {
    super(db, mapping, { [field]: child } as ChildLists<T, F>, clock);
  }
}
