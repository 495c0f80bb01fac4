// The documents the app produces, with what each needs (a stage, a chapter) and how the CLI and UI name them.
import type { DocumentKind } from '../domain/register';

export interface DocumentKindInfo {
  kind: DocumentKind;
  label: string;
  needs: 'nothing' | 'stage' | 'chapter';
  /** Documents that carry a NOMOR get one from the register. */
  numbered: boolean;
  /** Made per day of a stage (the attendance list): the stage and the day are chosen. */
  perDay?: boolean;
}

export const DOCUMENT_KIND_INFO: readonly DocumentKindInfo[] = [
  { kind: 'berita-acara', label: 'Berita Acara Penutupan Bimtek', needs: 'nothing', numbered: true },
  { kind: 'komitmen', label: 'Lembar Komitmen Bersama (tabel)', needs: 'nothing', numbered: false },
  { kind: 'komitmen-grid', label: 'Lembar Komitmen Bersama (blok tanda tangan)', needs: 'nothing', numbered: false },
  { kind: 'daftar-hadir', label: 'Daftar Hadir Bimtek per tahap dan hari', needs: 'stage', numbered: false, perDay: true },
  { kind: 'masterplan-bab', label: 'Masterplan: satu bab', needs: 'chapter', numbered: false },
  { kind: 'masterplan', label: 'Masterplan: draf lengkap (empat buku dan lampiran)', needs: 'nothing', numbered: false },
  { kind: 'masterplan-buku1', label: 'Masterplan: Buku I Analisis Strategis', needs: 'nothing', numbered: false },
  { kind: 'masterplan-buku2', label: 'Masterplan: Buku II Masterplan Smart City', needs: 'nothing', numbered: false },
  { kind: 'ringkasan-eksekutif', label: 'Masterplan: Ringkasan Eksekutif', needs: 'nothing', numbered: false },
  { kind: 'profil-quick-win', label: 'Masterplan: Profil Quick Win', needs: 'nothing', numbered: false },
  { kind: 'templat-bab', label: 'Templat bab kosong (judul dan petunjuk)', needs: 'chapter', numbered: false },
  { kind: 'undangan-bimtek', label: 'Surat Undangan Bimtek per tahap', needs: 'stage', numbered: true },
  {
    kind: 'keputusan-tim',
    label: 'Keputusan Bupati: Dewan Smart City dan Tim Pelaksana (draf)',
    needs: 'nothing',
    numbered: true,
  },
  { kind: 'laporan-bimtek', label: 'Laporan Pelaksanaan Bimtek per tahap', needs: 'stage', numbered: false },
];

export function kindInfo(kind: DocumentKind): DocumentKindInfo {
  return DOCUMENT_KIND_INFO.find((k) => k.kind === kind)!;
}
