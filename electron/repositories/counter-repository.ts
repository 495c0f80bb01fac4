// Yearly document-number counters: the sequence restarts every year.
import type { Db } from '../db/connection';

export class CounterRepository {
  private readonly all;
  private readonly upsert;
  private readonly clearAll;
  private readonly bump;

  constructor(db: Db) {
    this.all = db.prepare<[], { year: number; last: number }>('SELECT year, last FROM number_counter ORDER BY year');
    this.upsert = db.prepare<[number, number]>(
      'INSERT INTO number_counter (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = excluded.last',
    );
    this.bump = db.prepare<[number], { last: number }>(
      'INSERT INTO number_counter (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last',
    );
    this.clearAll = db.prepare('DELETE FROM number_counter');
  }

  list(): { year: number; last: number }[] {
    return this.all.all();
  }

  set(year: number, last: number): void {
    this.upsert.run(year, last);
  }

  /** Takes the next number of the year; call inside the transaction that records it. */
  next(year: number): number {
    return this.bump.get(year)!.last;
  }

  clear(): void {
    this.clearAll.run();
  }
}
