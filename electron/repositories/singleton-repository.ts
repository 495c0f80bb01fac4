// Repository for a one-row table (regency profile, programme, closure, numbering): get or replace row 1.
import type { Db } from '../db/connection';
import { EntityRepository, systemClock, type Clock } from './entity-repository';
import type { TableMapping } from './table-mapping';

export class SingletonRepository<T> {
  private readonly rows: EntityRepository<T & { id: number }>;

  constructor(db: Db, mapping: TableMapping<T & { id: number }>, clock: Clock = systemClock) {
    this.rows = new EntityRepository(db, mapping, clock);
  }

  get(): T | null {
    const row = this.rows.get(1);
    if (!row) return null;
    const { id: _id, ...rest } = row;
    return rest as unknown as T;
  }

  save(value: T): void {
    const row = { ...value, id: 1 } as T & { id: number };
    if (!this.rows.update(row)) this.rows.insert(row);
  }

  clear(): void {
    this.rows.deleteAll();
  }
}
