// One render as plain data: the loaded context of a document (read from the database by the caller) and the format;
// renderJob turns it into bytes (document model → layout → PDF or DOCX). Pure CPU work, run in the render worker.
import type { DocumentModel } from '../../shared/document/model';
import type {
  BeritaAcaraData,
  DaftarHadirData,
  DecreeData,
  InvitationData,
  KomitmenData,
  MasterplanData,
  StageReportData,
} from '../../shared/documents/context';
import { buildBeritaAcara } from '../../shared/documents/berita-acara';
import { buildDaftarHadir } from '../../shared/documents/daftar-hadir';
import { buildKeputusan } from '../../shared/documents/keputusan';
import { buildKomitmen } from '../../shared/documents/komitmen';
import { buildLaporanBimtek } from '../../shared/documents/laporan-bimtek';
import { buildChapterTemplate, buildMasterplanChapter } from '../../shared/documents/masterplan';
import { buildMasterplanBook, buildMasterplanFull, type MasterplanBookKind } from '../../shared/documents/masterplan-books/books';
import type { LampiranDocuments } from '../../shared/documents/masterplan-books/lampiran';
import { buildUndangan } from '../../shared/documents/undangan';
import { renderDocxFromLayout } from './docx-from-layout';
import { layoutForPdf, writePdf } from './pdf/render-pdf';

/** What a document is built from: its kind and the plain data its builder takes (structured-cloneable). */
export type ModelSource =
  | { kind: 'berita-acara'; data: BeritaAcaraData }
  | { kind: 'komitmen'; data: KomitmenData }
  | { kind: 'daftar-hadir'; data: DaftarHadirData }
  | { kind: 'masterplan'; data: MasterplanData; lampiran?: LampiranDocuments }
  | { kind: MasterplanBookKind; data: MasterplanData }
  | { kind: 'masterplan-bab' | 'templat-bab'; data: MasterplanData; chapterId: number }
  | { kind: 'undangan-bimtek'; data: InvitationData }
  | { kind: 'keputusan-tim'; data: DecreeData }
  | { kind: 'laporan-bimtek'; data: StageReportData };

export interface RenderJob {
  source: ModelSource;
  format: 'pdf' | 'docx';
}

export interface RenderOutput {
  bytes: Uint8Array;
  /** Known for PDF; a DOCX is paginated by the word processor. */
  pageCount: number | null;
}

export function buildModel(source: ModelSource): DocumentModel {
  switch (source.kind) {
    case 'berita-acara':
      return buildBeritaAcara(source.data);
    case 'komitmen':
      return buildKomitmen(source.data);
    case 'daftar-hadir':
      return buildDaftarHadir(source.data);
    case 'masterplan':
      return buildMasterplanFull(source.data, source.lampiran);
    case 'masterplan-buku1':
    case 'masterplan-buku2':
    case 'ringkasan-eksekutif':
    case 'profil-quick-win':
      return buildMasterplanBook(source.data, source.kind);
    case 'masterplan-bab':
      return buildMasterplanChapter(source.data, source.chapterId);
    case 'templat-bab':
      return buildChapterTemplate(source.data, source.chapterId);
    case 'undangan-bimtek':
      return buildUndangan(source.data);
    case 'keputusan-tim':
      return buildKeputusan(source.data);
    case 'laporan-bimtek':
      return buildLaporanBimtek(source.data);
  }
}

export async function renderJob(job: RenderJob): Promise<RenderOutput> {
  const model = buildModel(job.source);
  if (job.format === 'pdf') {
    const layout = layoutForPdf(model);
    return { bytes: await writePdf(model, layout), pageCount: layout.pages.length };
  }
  return { bytes: await renderDocxFromLayout(model), pageCount: null };
}
