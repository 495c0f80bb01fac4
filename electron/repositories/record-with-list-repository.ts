// A record whose one list field lives in a child table (a signatory's positions, a programme's funding lines):
// the parent row through its mapping, the list as ordered child rows replaced whole on every write.
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

export class RecordWithListRepository<T extends { id: number }, F extends keyof T & string> implements RecordStore<T> {
  private readonly rows: EntityRepository<Omit<T, F>>;
  private readonly selectOne: Database.Statement<[number]>;
  private readonly selectAll: Database.Statement<[]>;
  private readonly remove: Database.Statement<[number]>;
  private readonly add: Database.Statement<unknown[]>;

  constructor(
    db: Db,
    mapping: TableMapping<Omit<T, F>>,
    private readonly field: F,
    private readonly child: ChildList<T[F] extends readonly (infer I)[] ? I : never>,
    clock: Clock = systemClock,
  ) {
    this.rows = new EntityRepository(db, mapping, clock);
    const { table, parentColumn, columns } = child;
    this.selectOne = db.prepare(`SELECT * FROM ${table} WHERE ${parentColumn} = ? ORDER BY sort_order, rowid`);
    this.selectAll = db.prepare(`SELECT * FROM ${table} ORDER BY ${parentColumn}, sort_order, rowid`);
    this.remove = db.prepare(`DELETE FROM ${table} WHERE ${parentColumn} = ?`);
    this.add = db.prepare(
      `INSERT INTO ${table} (${parentColumn}, ${columns.join(', ')}, sort_order) VALUES (${['?', ...columns.map(() => '?'), '?'].join(', ')})`,
    );
  }

  get mapping() {
    return this.rows.mapping;
  }

  private itemsOf(parentId: number): T[F] {
    return (this.selectOne.all(parentId) as Row[]).map((r) => this.child.fromRow(r)) as T[F];
  }

  private withItems(records: Omit<T, F>[]): T[] {
    const byParent = new Map<number, unknown[]>();
    for (const row of this.selectAll.all() as Row[]) {
      const parent = row[this.child.parentColumn] as number;
      const list = byParent.get(parent) ?? [];
      list.push(this.child.fromRow(row));
      byParent.set(parent, list);
    }
    return records.map((r) => ({ ...r, [this.field]: byParent.get((r as unknown as { id: number }).id) ?? [] }) as unknown as T);
  }

  private writeItems(parentId: number, items: T[F]): void {
    this.remove.run(parentId);
    (items as unknown as readonly unknown[]).forEach((item, i) =>
      this.add.run(parentId, ...this.child.toRow(item as never), i),
    );
  }

  list(): T[] {
    return this.withItems(this.rows.list());
  }

  listWhere(field: keyof Omit<T, F> & string, value: unknown): T[] {
    return this.withItems(this.rows.listWhere(field, value));
  }

  get(id: unknown): T | undefined {
    const row = this.rows.get(id);
    return row ? ({ ...row, [this.field]: this.itemsOf(Number(id)) } as unknown as T) : undefined;
  }

  insert(record: T | Draft<T>): T {
    const { [this.field]: items, ...rest } = record as T;
    const stored = this.rows.insert(rest as unknown as Draft<Omit<T, F>>) as unknown as { id: number };
    this.writeItems(stored.id, items);
    return this.get(stored.id)!;
  }

  update(record: T): boolean {
    const { [this.field]: items, ...rest } = record;
    if (!this.rows.update(rest as unknown as Omit<T, F>)) return false;
    this.writeItems(record.id, items);
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
