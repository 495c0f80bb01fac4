// The programme's tables in an order they can be emptied without breaking a reference (children first), derived
// from the foreign keys SQLite itself reports, so a new table never has to be added to a hand-kept list.
import type Database from 'better-sqlite3';

/**
 * Bookkeeping that a programme export, import or clear leaves alone: the schema history, this file's own settings and
 * the office's Word templates (its forms, not the programme's data).
 */
export const NOT_PROGRAMME: ReadonlySet<string> = new Set(['schema_migrations', 'local_setting', 'word_template']);

export function tablesChildFirst(db: Database.Database): string[] {
  const tables = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[]
  )
    .map((t) => t.name)
    .filter((name) => !NOT_PROGRAMME.has(name));
  const parents = new Map<string, Set<string>>();
  for (const table of tables) {
    const refs = db.prepare(`SELECT "table" AS parent FROM pragma_foreign_key_list(?)`).all(table) as { parent: string }[];
    parents.set(table, new Set(refs.map((r) => r.parent).filter((p) => p !== table)));
  }
  // A table goes after every table that refers to it: emit children (tables nobody left refers to) first.
  const order: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const free = [...remaining].filter((t) => ![...remaining].some((other) => other !== t && parents.get(other)!.has(t)));
    if (free.length === 0) throw new Error(`foreign keys form a cycle among: ${[...remaining].join(', ')}`);
    for (const t of free) {
      order.push(t);
      remaining.delete(t);
    }
  }
  return order;
}
