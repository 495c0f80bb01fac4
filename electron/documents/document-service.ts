// Renders documents: domain data → document model (shared builders) → PDF or DOCX bytes; numbers them from the
// register, writes files atomically and enters every saved render in the register with its hash. The data is read
// here, in the calling thread; the CPU work runs in the given renderer (the render worker in the app and web shell).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { DocumentModel } from '../../shared/document/model';
import { renderRequestSchema, type RenderRequest } from '../../shared/domain/render';
import { templateValuesRequestSchema, type TemplateValues } from '../../shared/domain/text-template';
import type { DocumentBase } from '../../shared/documents/context';
import { beritaAcaraTemplateValues } from '../../shared/documents/berita-acara';
import { daftarHadirTemplateValues } from '../../shared/documents/daftar-hadir';
import { komitmenTemplateValues } from '../../shared/documents/komitmen';
import { keputusanTemplateValues } from '../../shared/documents/keputusan';
import { laporanTemplateValues } from '../../shared/documents/laporan-bimtek';
import { undanganTemplateValues } from '../../shared/documents/undangan';
import { UserError } from '../../shared/errors';
import type { DocumentRender } from '../../shared/domain/register';
import { parseOrThrow } from '../../shared/validation/messages';
import { writeTransaction } from '../db/transaction';
import { prepareAtomicWrite } from '../files/atomic-write';
import type { Repositories } from '../repositories/repositories';
import type { registerService } from '../services/register-service';
import { contextLoader } from './context-loader';
import { DOCUMENT_KIND_INFO, kindInfo } from '../../shared/documents/document-kinds';
import { buildModel, type ModelSource } from './render-job';
import { inProcessRenderer, type DocumentRenderer } from './render-pool';
import { localDate, localYear } from '../../shared/time/local-date';
import type { PaperSize } from '../../shared/document/model';
import type { LampiranDocuments } from '../../shared/documents/masterplan-books/lampiran';

export interface RenderedDocument {
  bytes: Uint8Array;
  fileName: string;
  number: string | null;
  /** Known for PDF; a DOCX is paginated by the word processor. */
  pageCount: number | null;
}

function subjectKey(r: RenderRequest): string {
  switch (r.kind) {
    case 'daftar-hadir':
      return `tahap-${r.stage}-hari-${r.day}`;
    case 'masterplan-bab':
    case 'templat-bab':
      return `bab-${r.chapterId}`;
    case 'masterplan':
    case 'masterplan-buku1':
    case 'masterplan-buku2':
    case 'ringkasan-eksekutif':
    case 'profil-quick-win':
      return r.kind;
    case 'undangan-bimtek':
    case 'laporan-bimtek':
      return `tahap-${r.stage}`;
    case 'keputusan-tim':
      return 'dewan-tim';
    default:
      return 'penutupan';
  }
}

function fileNameFor(r: RenderRequest, year: number): string {
  const stem: Record<RenderRequest['kind'], string> = {
    'berita-acara': `Berita-Acara-Penutupan-Bimtek-${year}`,
    komitmen: `Lembar-Komitmen-Bersama-${year}`,
    'komitmen-grid': `Lembar-Komitmen-Bersama-Blok-${year}`,
    'daftar-hadir': `Daftar-Hadir-Bimtek-Tahap-${r.stage}-Hari-${r.day}`,
    'masterplan-bab': `Masterplan-Bab-${r.chapterId}`,
    masterplan: `Draf-Masterplan-Smart-City-${year}`,
    'masterplan-buku1': `Masterplan-Buku-I-Analisis-Strategis-${year}`,
    'masterplan-buku2': `Masterplan-Buku-II-Masterplan-${year}`,
    'ringkasan-eksekutif': `Masterplan-Ringkasan-Eksekutif-${year}`,
    'profil-quick-win': `Masterplan-Profil-Quick-Win-${year}`,
    'templat-bab': `Templat-Bab-${r.chapterId}`,
    'undangan-bimtek': `Surat-Undangan-Bimtek-Tahap-${r.stage}-${year}`,
    'keputusan-tim': `Draf-Keputusan-Dewan-dan-Tim-Smart-City-${year}`,
    'laporan-bimtek': `Laporan-Pelaksanaan-Bimtek-Tahap-${r.stage}-${year}`,
  };
  return `${stem[r.kind]}.${r.format}`;
}

/** Another process issued the number this render previewed; the document is rendered again. */
class NumberTaken extends Error {}

export interface SavedDocument {
  render: DocumentRender;
  number: string | null;
  file: string;
}

export function documentService(
  repos: Repositories,
  register: ReturnType<typeof registerService>,
  now: () => string,
  renderer: DocumentRenderer = inProcessRenderer,
) {
  const contexts = contextLoader(repos, now);
  /** The regency's zone: a number taken at 06:30 WIB on 1 January belongs to the new year (shared/time/local-date). */
  const zone = () => repos.regency.get()?.tataNaskah.timeZone ?? 'WIB';

  const numberRequest = (r: RenderRequest) => {
    const closure = repos.closure.get();
    return {
      kind: r.kind,
      subjectKey: subjectKey(r),
      date: closure?.date ?? localDate(now(), zone()),
      manualNumber: r.manualNumber,
    };
  };

  /** The programme's documents for the full masterplan's lampiran, each with what is missing when it cannot be made. */
  const lampiranDocuments = (paper: PaperSize | undefined): LampiranDocuments => {
    const attempt = <T>(load: () => T): T | string => {
      try {
        return load();
      } catch (error) {
        if (error instanceof UserError) return error.message;
        throw error;
      }
    };
    const days = repos.stages
      .list()
      .flatMap((s) => repos.stageDays.listWhere('stageNumber', s.number).map((_, i) => ({ stage: s.number, day: i + 1 })));
    return {
      komitmen: attempt(() => contexts.komitmen(paper, null, 'table')),
      beritaAcara: attempt(() => contexts.beritaAcara(paper, null)),
      daftarHadir: attempt(() => days.map((d) => contexts.daftarHadir(paper, null, d.stage, d.day))),
    };
  };

  /** What the model is built from; `texts` (preview only) prints unsaved wording of text templates instead of the stored one. */
  const sourceFor = (r: RenderRequest, number: string | null, texts?: Record<string, string>): ModelSource => {
    const paper = r.paper ?? undefined;
    const t = <T extends DocumentBase>(data: T): T => (texts ? { ...data, texts: { ...data.texts, ...texts } } : data);
    switch (r.kind) {
      case 'berita-acara':
        return { kind: r.kind, data: t(contexts.beritaAcara(paper, number)) };
      case 'komitmen':
        return { kind: r.kind, data: t(contexts.komitmen(paper, number, 'table')) };
      case 'komitmen-grid':
        return { kind: 'komitmen', data: t(contexts.komitmen(paper, number, 'grid')) };
      case 'daftar-hadir':
        return { kind: r.kind, data: t(contexts.daftarHadir(paper, number, r.stage!, r.day)) };
      case 'masterplan':
        return { kind: r.kind, data: contexts.masterplan(paper), lampiran: lampiranDocuments(paper) };
      case 'masterplan-buku1':
      case 'masterplan-buku2':
      case 'ringkasan-eksekutif':
      case 'profil-quick-win':
        return { kind: r.kind, data: contexts.masterplan(paper) };
      case 'masterplan-bab':
      case 'templat-bab':
        return { kind: r.kind, data: contexts.masterplan(paper), chapterId: r.chapterId! };
      case 'undangan-bimtek':
        return { kind: r.kind, data: t(contexts.undangan(paper, number, r.stage!)) };
      case 'keputusan-tim':
        return { kind: r.kind, data: t(contexts.keputusan(paper, number)) };
      case 'laporan-bimtek':
        return { kind: r.kind, data: t(contexts.laporan(paper, number, r.stage!)) };
    }
  };

  /** What each placeholder of a kind's text templates becomes on the current data (stage and day where needed). */
  const templateValues = (input: unknown): TemplateValues => {
    const r = parseOrThrow(templateValuesRequestSchema, input, 'Permintaan nilai placeholder tidak valid');
    try {
      switch (r.kind) {
        case 'berita-acara':
          return { values: beritaAcaraTemplateValues(contexts.beritaAcara(undefined, null)), problem: null };
        case 'komitmen':
          return { values: komitmenTemplateValues(contexts.komitmen(undefined, null, 'table')), problem: null };
        case 'daftar-hadir':
          return { values: daftarHadirTemplateValues(contexts.daftarHadir(undefined, null, r.stage, r.day)), problem: null };
        case 'undangan-bimtek':
          return { values: undanganTemplateValues(contexts.undangan(undefined, null, r.stage)), problem: null };
        case 'laporan-bimtek':
          return { values: laporanTemplateValues(contexts.laporan(undefined, null, r.stage)), problem: null };
        case 'keputusan-tim':
          return { values: keputusanTemplateValues(contexts.keputusan(undefined, null)), problem: null };
      }
    } catch (error) {
      if (error instanceof UserError) return { values: {}, problem: error.message };
      throw error;
    }
  };

  /** Renders with the number the document has or would get; nothing is written to the database here. */
  const render = async (request: RenderRequest, texts?: Record<string, string>): Promise<RenderedDocument> => {
    const number = kindInfo(request.kind).numbered ? register.previewNumber(numberRequest(request)) : null;
    const source = sourceFor(request, number, texts);
    const year = repos.programme.get()?.year ?? localYear(now(), zone());
    const fileName = fileNameFor(request, year);
    const { bytes, pageCount } = await renderer.render({ source, format: request.format });
    return { bytes, fileName, number, pageCount };
  };

  return {
    kinds: () => DOCUMENT_KIND_INFO,
    /** The file name a save dialog proposes, e.g. "Lembar-Komitmen-Bersama-2021.pdf". */
    suggestedFileName(input: unknown): string {
      const request = parseOrThrow(renderRequestSchema, input, 'Permintaan dokumen tidak valid');
      return fileNameFor(request, repos.programme.get()?.year ?? localYear(now(), zone()));
    },
    model: (input: unknown): DocumentModel => {
      const request = parseOrThrow(renderRequestSchema, input, 'Permintaan dokumen tidak valid');
      return buildModel(
        sourceFor(request, kindInfo(request.kind).numbered ? register.previewNumber(numberRequest(request)) : null),
      );
    },
    /** Bytes for the preview pane, with the unsaved wording of text templates when given; the register is untouched. */
    preview: (input: unknown) => {
      const request = parseOrThrow(renderRequestSchema, input, 'Permintaan dokumen tidak valid');
      return render(request, request.texts);
    },
    templateValues,
    /**
     * Renders, writes the new file beside the old one, then takes the number and enters the render in the register
     * in one transaction, and only then puts the file in place: a failure anywhere leaves the old file, the counter
     * and the register as they were, and no file carries a number that was not issued. Should another process take
     * the previewed number meanwhile, the document is rendered again with the number it gets.
     */
    async save(input: unknown, outFile: string): Promise<SavedDocument> {
      const request = parseOrThrow(renderRequestSchema, input, 'Permintaan dokumen tidak valid');
      for (let attempt = 1; ; attempt++) {
        const rendered = await render(request);
        const pending = prepareAtomicWrite(outFile, rendered.bytes);
        let entry: DocumentRender;
        try {
          entry = writeTransaction(repos.db, () => {
            const issued = kindInfo(request.kind).numbered ? register.issueNumber(numberRequest(request)) : null;
            if (issued && issued.number !== rendered.number) {
              if (attempt < 3) throw new NumberTaken();
              throw new Error(`Nomor ${rendered.number} berubah menjadi ${issued.number} saat disimpan`);
            }
            return register.recordRender({
              numberId: issued?.id ?? null,
              kind: request.kind,
              subjectKey: subjectKey(request),
              format: request.format,
              paper: request.paper ?? repos.regency.get()!.tataNaskah.paper,
              sha256: createHash('sha256').update(rendered.bytes).digest('hex'),
              sizeBytes: rendered.bytes.length,
              fileName: basename(outFile),
            });
          });
        } catch (error) {
          pending.discard();
          if (error instanceof NumberTaken) continue;
          throw error;
        }
        pending.commit();
        return { render: entry, number: rendered.number, file: outFile };
      }
    },
  };
}

export type DocumentService = ReturnType<typeof documentService>;
