// Imports people and their positions from .xlsx or .csv: every row validated with the same schemas as the forms,
// errors listed by row before anything is written; the import itself is one transaction.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { draftOf } from '../../shared/domain/common';
import {
  personFields,
  personRules,
  positionFields,
  positionRules,
  type PositionRole,
  type PositionStatus,
} from '../../shared/domain/organisation';
import {
  IMPORT_COLUMNS,
  peopleImportSchema,
  type ImportRowPreview,
  type PeopleImportPreview,
} from '../../shared/domain/people-import';
import { UserError, ValidationError } from '../../shared/errors';
import { normalizeNip } from '../../shared/format/nip';
import { isPangkatCode, PANGKAT_CODES, PANGKAT_NAMES } from '../../shared/format/pangkat';
import { parseOrThrow, problemsFromZod } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

type Field = keyof typeof IMPORT_COLUMNS;
const personDraft = draftOf(personFields, personRules);
const positionDraft = draftOf(positionFields, positionRules);
const MAX_ROWS = 5000;

/**
 * The text of a CSV as Excel writes it: "CSV UTF-8" (with or without its byte-order mark), "Unicode text" (UTF-16 with
 * its mark), or plain "CSV" in the Windows code page of an Indonesian or English Windows (windows-1252, where é is one
 * byte). Bytes that are not valid UTF-8 are read as windows-1252, so "Sékretaris" stays itself instead of "S�kretaris".
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * 0x80–0x9F of windows-1252 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ; the five unassigned bytes as
 * themselves); every other byte is its Latin-1 character. Spelled out because Node 20's TextDecoder('windows-1252')
 * decodes as Latin-1 and turns Excel's curly quotes and dashes into control characters.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b),
    );
    text += chunk.join('');
  }
  return text;
}

async function readRows(fileName: string, bytes: Buffer): Promise<string[][]> {
  if (/\.csv$/i.test(fileName)) {
    const parsed = Papa.parse<string[]>(decodeCsv(bytes), {
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', ';', '\t'],
    });
    return parsed.data.map((row) => row.map((cell) => String(cell ?? '')));
  }
  try {
    const rows = await readSheet(bytes);
    return rows.map((row) =>
      row.map((cell) =>
        cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell),
      ),
    );
  } catch {
    throw new UserError(`Berkas ${fileName} bukan lembar kerja Excel (.xlsx) yang dapat dibaca.`);
  }
}

function pangkatOf(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  const code = /\b(I{1,3}V?|IV)\s*\/\s*([a-e])\b/i.exec(t);
  if (code) {
    const candidate = `${code[1]!.toUpperCase()}/${code[2]!.toLowerCase()}`;
    if (isPangkatCode(candidate)) return candidate;
  }
  const byName = PANGKAT_CODES.find(
    (c) =>
      PANGKAT_NAMES[c].toLowerCase() ===
      t
        .toLowerCase()
        .replace(/\s*\(.*\)$/, '')
        .replace(/tk\./, 'tingkat'),
  );
  return byName ?? t;
}

function statusOf(text: string): PositionStatus | string {
  const t = text.trim().toLowerCase().replace(/\.$/, '');
  if (!t || t === 'definitif') return 'definitif';
  if (t === 'plt' || t === 'plh' || t === 'pj') return t;
  return text;
}

function roleOf(title: string): PositionRole {
  const t = title.toLowerCase();
  if (t.startsWith('camat')) return 'camat';
  if (t.startsWith('kepala') || t.startsWith('inspektur')) return 'kepala_opd';
  if (t.startsWith('sekretaris daerah')) return 'sekda';
  if (t.startsWith('sekretaris')) return 'sekretaris_opd';
  if (t.startsWith('staf ahli')) return 'staf_ahli';
  if (t.startsWith('asisten')) return 'asisten';
  return 'lainnya';
}

interface ParsedRow {
  preview: ImportRowPreview;
  person: unknown;
  position: unknown | null;
}

export function peopleImportService(repos: Repositories) {
  const analyse = async (input: unknown): Promise<{ rows: ParsedRow[]; columns: string[] }> => {
    const request = parseOrThrow(peopleImportSchema, input, 'Berkas impor tidak valid');
    const table = await readRows(request.fileName, Buffer.from(request.base64, 'base64'));
    const [head, ...body] = table;
    if (!head) throw new UserError('Berkas kosong: baris pertama harus berisi judul kolom (Nama, NIP, Jabatan, Unit, …).');
    if (body.length > MAX_ROWS) throw new UserError(`Berkas berisi ${body.length} baris; paling banyak ${MAX_ROWS}.`);
    const index = new Map<Field, number>();
    head.forEach((title, i) => {
      const t = title.trim().toLowerCase();
      for (const [field, names] of Object.entries(IMPORT_COLUMNS) as [Field, readonly string[]][])
        if (names.includes(t) && !index.has(field)) index.set(field, i);
    });
    if (!index.has('name')) throw new UserError('Kolom "Nama" tidak ditemukan di baris judul.');
    const units = repos.units.list();
    const knownNips = new Set(repos.people.list().flatMap((p) => (p.nip ? [p.nip] : [])));
    const seenNips = new Map<string, number>();
    const rows = body
      .map((cells, i) => ({ cells, row: i + 2 }))
      .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
      .map(({ cells, row }): ParsedRow => {
        const get = (f: Field) => (index.has(f) ? (cells[index.get(f)!] ?? '').trim() : '');
        const problems: string[] = [];
        const nip = get('nip') ? normalizeNip(get('nip')) : null;
        const person = {
          id: null,
          name: get('name'),
          frontTitle: get('frontTitle'),
          backTitle: get('backTitle'),
          nip,
          niPppk: get('niPppk') || null,
          pangkat: pangkatOf(get('pangkat')),
          phone: get('phone') || null,
        };
        const checked = personDraft.safeParse(person);
        if (!checked.success) problems.push(...problemsFromZod(checked.error).map((p) => `${p.path}: ${p.message}`));
        if (nip && knownNips.has(nip)) problems.push('nip: NIP sudah dipakai orang lain di basis data');
        if (nip && seenNips.has(nip)) problems.push(`nip: NIP sama dengan baris ${seenNips.get(nip)}`);
        if (nip) seenNips.set(nip, row);
        const title = get('title');
        const unitName = get('unit');
        const unit = unitName
          ? units.find(
              (u) => u.name.toLowerCase() === unitName.toLowerCase() || u.shortName?.toLowerCase() === unitName.toLowerCase(),
            )
          : undefined;
        if (unitName && !unit) problems.push(`unit: "${unitName}" tidak ada di daftar OPD & Kecamatan`);
        let position: unknown | null = null;
        if (title) {
          position = {
            id: null,
            personId: 1,
            title,
            unitId: unit?.id ?? null,
            role: roleOf(title),
            status: statusOf(get('status')),
          };
          const pos = positionDraft.safeParse(position);
          if (!pos.success)
            problems.push(...problemsFromZod(pos.error).map((p) => `${p.path === 'title' ? 'jabatan' : p.path}: ${p.message}`));
        }
        return {
          preview: { row, name: get('name'), nip, jabatan: title || null, unit: unit?.name ?? (unitName || null), problems },
          person,
          position,
        };
      });
    return {
      rows,
      columns: [...index.keys()].sort((a, b) => index.get(a)! - index.get(b)!).map((f) => head[index.get(f)!]!.trim()),
    };
  };

  return {
    async preview(input: unknown): Promise<PeopleImportPreview> {
      const { rows, columns } = await analyse(input);
      const invalid = rows.filter((r) => r.preview.problems.length > 0).length;
      return { rows: rows.map((r) => r.preview), valid: rows.length - invalid, invalid, columns };
    },

    /** Writes every row in one transaction, or nothing when any row has a problem. */
    async commit(input: unknown): Promise<{ people: number; positions: number }> {
      const { rows } = await analyse(input);
      const problems = rows.flatMap((r) => r.preview.problems.map((message) => ({ path: `baris ${r.preview.row}`, message })));
      if (problems.length > 0) throw new ValidationError(problems, 'Impor dibatalkan, tidak ada yang disimpan');
      if (rows.length === 0) throw new UserError('Berkas tidak berisi baris data.');
      return withSqliteErrors(() =>
        repos.db.transaction(() => {
          let positions = 0;
          for (const r of rows) {
            const person = repos.people.insert(personDraft.parse(r.person));
            if (r.position) {
              repos.positions.insert(positionDraft.parse({ ...(r.position as object), personId: person.id }));
              positions++;
            }
          }
          return { people: rows.length, positions };
        })(),
      );
    },
  };
}
