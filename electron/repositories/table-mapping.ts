// Maps a domain record to a table row and back. One description per table drives every repository, the bundle
// export and the bundle import, so field names and conversions live in exactly one place.
export type ColumnKind = 'text' | 'int' | 'real' | 'bool' | 'json';

export interface TableMapping<T> {
  table: string;
  /** Field → [column, kind]; every field of T that is stored in this table. */
  fields: { [K in keyof T & string]?: readonly [column: string, kind: ColumnKind] };
  /** The primary-key field. */
  key: keyof T & string;
  orderBy: string;
}

export type Row = Record<string, unknown>;

function toColumn(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    default:
      return value;
  }
}

function fromColumn(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'bool':
      return value === 1;
    case 'json':
      return JSON.parse(String(value));
    default:
      return value;
  }
}

export function entries<T>(mapping: TableMapping<T>): [field: string, column: string, kind: ColumnKind][] {
  return Object.entries(mapping.fields).map(([field, spec]) => {
    const [column, kind] = spec as readonly [string, ColumnKind];
    return [field, column, kind];
  });
}

export function rowToRecord<T>(mapping: TableMapping<T>, row: Row): T {
  const out: Row = {};
  for (const [field, column, kind] of entries(mapping)) out[field] = fromColumn(kind, row[column]);
  return out as T;
}

export function recordToRow<T>(mapping: TableMapping<T>, record: T): Row {
  const out: Row = {};
  const source = record as Row;
  for (const [field, column, kind] of entries(mapping)) out[column] = toColumn(kind, source[field]);
  return out;
}

export function columnOf<T>(mapping: TableMapping<T>, field: keyof T & string): string {
  const spec = mapping.fields[field];
  if (!spec) throw new Error(`${mapping.table} has no field ${field}`);
  return spec[0];
}
