// Turns SQLite constraint failures into messages a clerk understands, naming the field involved.
import { ConflictError, UserError } from '../../shared/errors';

const UNIQUE_LABELS: Record<string, string> = {
  'person.nip': 'NIP sudah dipakai orang lain',
  'person.ni_pppk': 'NI PPPK sudah dipakai orang lain',
  'unit.name': 'nama unit sudah ada',
  'team.kind': 'tim jenis ini sudah ada',
  'participant.stage_number, participant.person_id': 'orang ini sudah menjadi peserta tahap tersebut',
  'stage_day.stage_number, stage_day.date': 'tanggal ini sudah ada pada tahap tersebut',
  'closure_signatory.position_id': 'jabatan ini sudah ada di daftar penandatangan',
  'mp_volume.code': 'kode buku sudah ada',
  'mp_dimension.code': 'kode dimensi sudah ada',
  'mp_template.name': 'nama templat sudah ada',
  'document_number.kind, document_number.subject_key': 'dokumen ini sudah bernomor',
};

interface SqliteLikeError {
  code?: string;
  message: string;
}

function isSqliteError(error: unknown): error is SqliteLikeError {
  return (
    error instanceof Error &&
    typeof (error as SqliteLikeError).code === 'string' &&
    (error as SqliteLikeError).code!.startsWith('SQLITE_')
  );
}

export function translateSqliteError(error: unknown, action: 'simpan' | 'hapus' = 'simpan'): unknown {
  if (!isSqliteError(error)) return error;
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const columns = error.message.replace(/^UNIQUE constraint failed: /, '');
    return new ConflictError(`Tidak dapat disimpan: ${UNIQUE_LABELS[columns] ?? `data kembar (${columns})`}.`);
  }
  // ON DELETE RESTRICT reports itself as a trigger constraint, with the foreign-key message.
  if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || /FOREIGN KEY constraint failed/.test(error.message)) {
    return new ConflictError(
      action === 'hapus'
        ? 'Tidak dapat dihapus: data ini masih dipakai oleh data lain (misalnya program masterplan pada dimensi ini).'
        : 'Tidak dapat disimpan: data yang dirujuk (orang, unit, jabatan, tahap atau dimensi) tidak ada.',
    );
  }
  if (error.code === 'SQLITE_CONSTRAINT_CHECK' || error.code === 'SQLITE_CONSTRAINT_NOTNULL') {
    return new UserError(`Tidak dapat disimpan: ada nilai yang tidak diizinkan (${error.message}).`);
  }
  if (error.code === 'SQLITE_READONLY') return new UserError('Basis data hanya-baca; perubahan tidak dapat disimpan.');
  if (error.code === 'SQLITE_FULL') return new UserError('Disk penuh; perubahan tidak disimpan.');
  if (error.code === 'SQLITE_BUSY') return new UserError('Basis data sedang dipakai program lain; coba lagi sebentar lagi.');
  return error;
}

/** Runs fn, rethrowing SQLite failures as user errors. */
export function withSqliteErrors<T>(fn: () => T, action: 'simpan' | 'hapus' = 'simpan'): T {
  try {
    return fn();
  } catch (error) {
    throw translateSqliteError(error, action);
  }
}
