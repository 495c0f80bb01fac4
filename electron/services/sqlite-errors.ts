// Turns SQLite failures into messages a clerk understands: constraint failures name the field involved, storage
// failures (locked, read-only, disk full, damaged) say what happened and what to do.
import { ConflictError, DatabaseOpenError, UserError } from '../../shared/errors';

const UNIQUE_LABELS: Record<string, string> = {
  'person.nip': 'NIP sudah dipakai orang lain',
  'person.ni_pppk': 'NI PPPK sudah dipakai orang lain',
  'unit.name': 'nama unit sudah ada',
  'team.kind': 'tim jenis ini sudah ada',
  'participant.stage_number, participant.person_id': 'orang ini sudah menjadi peserta tahap tersebut',
  'stage_day.stage_number, stage_day.date': 'tanggal ini sudah ada pada tahap tersebut',
  'closure_signatory.kind, closure_signatory.person_id': 'orang ini sudah ada di daftar penandatangan yang sama',
  'stage_facilitator.stage_number, stage_facilitator.person_id': 'orang ini sudah menjadi fasilitator tahap tersebut',
  'mp_programme.code': 'kode program sudah dipakai program lain',
  'document_number.year, document_number.seq': 'nomor urut ini sudah dipakai pada tahun yang sama',
  'mp_volume.code': 'kode buku sudah ada',
  'mp_dimension.code': 'kode dimensi sudah ada',
  'mp_template.name': 'nama templat sudah ada',
  'document_number.kind, document_number.subject_key': 'dokumen ini sudah bernomor',
  "index 'mp_readiness_score_key'": 'nilai untuk dimensi, aspek dan subaspek ini sudah ada',
  'mp_element_gap.element_id': 'elemen ini sudah punya analisis kesenjangan',
  'mp_quick_win.programme_id': 'program ini sudah punya profil quick win',
  'mp_programme_target.programme_id, mp_programme_target.year': 'target tahun ini sudah ada pada program tersebut',
  'mp_programme_budget.programme_id, mp_programme_budget.year, mp_programme_budget.source':
    'anggaran tahun dan sumber ini sudah ada pada program tersebut',
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

/** The database could not be used because of its storage: locked, read-only, full, damaged or unreachable. */
export class StorageError extends DatabaseOpenError {}

const where = (file: string | undefined) => (file ? `Basis data ${file}` : 'Basis data');

/** Whether another connection holds the lock this one needs (after waiting busy_timeout). */
export function isBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as SqliteLikeError).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || /database (table )?is locked/i.test(error.message);
}

/**
 * A storage failure as a StorageError (exit 1 in the CLI) whose message says what to do; anything else is returned
 * unchanged. `file` names the database in the message when known.
 */
export function storageError(error: unknown, file?: string): unknown {
  if (error instanceof UserError || !(error instanceof Error)) return error;
  if (isBusy(error)) {
    return new StorageError(
      `${where(file)} sedang dipakai program lain (misalnya Smart City Desk yang masih terbuka, atau impor yang sedang berjalan) dan tidak lepas dalam 5 detik. Tunggu sampai selesai atau tutup program itu, lalu coba lagi; tidak ada yang diubah.`,
    );
  }
  if (!isSqliteError(error)) return error;
  const code = (error as SqliteLikeError).code!;
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new StorageError(
      `${where(file)} hanya-baca: berkasnya, foldernya atau drive-nya tidak boleh ditulis. Ubah izinnya, atau salin basis data ke folder yang dapat ditulis lalu buka salinan itu; tidak ada yang diubah.`,
    );
  }
  if (code.startsWith('SQLITE_FULL')) {
    return new StorageError(
      'Disk penuh: perubahan tidak disimpan dan basis data tetap seperti sebelumnya. Kosongkan ruang disk, lalu coba lagi.',
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StorageError(
      `${where(file)} rusak atau bukan basis data Smart City Desk; berkas tidak diubah. Jalankan \`check\` untuk rinciannya, lalu pulihkan dari cadangan (Pengaturan → Cadangan, atau berkas .bak di samping basis data).`,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new StorageError(
      `${where(file)} tidak dapat dibuka: foldernya tidak ada, tidak boleh ditulis, atau drive-nya tidak terpasang. Periksa lokasi dan izin folder, lalu coba lagi.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StorageError(
      `${where(file)} tidak dapat dibaca atau ditulis (kesalahan disk ${code}). Periksa disk, kartu memori atau drive jaringan, lalu coba lagi; bila berulang, pulihkan dari cadangan.`,
    );
  }
  return error;
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
  return storageError(error);
}

/** Runs fn, rethrowing SQLite failures as user errors. */
export function withSqliteErrors<T>(fn: () => T, action: 'simpan' | 'hapus' = 'simpan'): T {
  try {
    return fn();
  } catch (error) {
    throw translateSqliteError(error, action);
  }
}
