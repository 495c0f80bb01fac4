// Document numbers and the register of produced documents. A document gets its number once (per kind and
// subject); renders after that reuse it. A number issued elsewhere (SRIKANDI) can be entered by hand.
import { toRoman } from '../../shared/format/roman';
import {
  DEFAULT_KKA,
  formatDocumentNumber,
  type DocumentKind,
  type DocumentNumber,
  type DocumentRender,
} from '../../shared/domain/register';
import type { Repositories } from '../repositories/repositories';
import { NotFoundError } from '../../shared/errors';
import { withSqliteErrors } from './sqlite-errors';

export interface IssueNumberRequest {
  kind: DocumentKind;
  subjectKey: string;
  /** The document's date (ISO); its year selects the counter. */
  date: string;
  /** A number issued elsewhere; replaces any number this document had. */
  manualNumber?: string | null;
}

export function registerService(repos: Repositories, now: () => string = () => new Date().toISOString()) {
  /** The document's active number; withdrawn (batal) numbers stay in the register but are never reused. */
  const findNumber = (kind: DocumentKind, subjectKey: string) =>
    repos.documentNumbers.list().find((n) => n.kind === kind && n.subjectKey === subjectKey && n.status === 'aktif');

  const numberFor = (request: IssueNumberRequest, seq: number): string => {
    const settings = repos.numbering.get();
    return formatDocumentNumber(settings?.template ?? '{kka}/{urut}/{unit}/{tahun}', {
      kka: settings?.kka[request.kind] ?? DEFAULT_KKA[request.kind],
      urut: seq,
      unit: settings?.unitCode ?? 'Kominfo',
      bulanRomawi: toRoman(Number(request.date.slice(5, 7))),
      tahun: Number(request.date.slice(0, 4)),
    });
  };

  return {
    findNumber,
    /** The number issueNumber would give now, without taking it (a file is written before the number is). */
    previewNumber(request: IssueNumberRequest): string {
      const manual = request.manualNumber?.trim();
      if (manual) return manual;
      const existing = findNumber(request.kind, request.subjectKey);
      if (existing) return existing.number;
      const year = Number(request.date.slice(0, 4));
      const last = repos.counters.list().find((c) => c.year === year)?.last ?? 0;
      return numberFor(request, last + 1);
    },
    /**
     * Returns the document's active number, issuing the next one of the year when it has none. A number entered by
     * hand replaces the active one, which stays in the register marked batal.
     */
    issueNumber(request: IssueNumberRequest): DocumentNumber {
      return withSqliteErrors(() =>
        repos.db.transaction((): DocumentNumber => {
          const existing = findNumber(request.kind, request.subjectKey);
          const year = Number(request.date.slice(0, 4));
          const manual = request.manualNumber?.trim();
          if (manual) {
            if (existing?.number === manual) return existing;
            if (existing) repos.documentNumbers.update({ ...existing, status: 'batal' });
            return repos.documentNumbers.insert({
              id: null,
              kind: request.kind,
              subjectKey: request.subjectKey,
              year,
              seq: null,
              number: manual,
              manual: true,
              issuedAt: now(),
              status: 'aktif',
            });
          }
          if (existing) return existing;
          const seq = repos.counters.next(year);
          return repos.documentNumbers.insert({
            id: null,
            kind: request.kind,
            subjectKey: request.subjectKey,
            year,
            seq,
            number: numberFor(request, seq),
            manual: false,
            issuedAt: now(),
            status: 'aktif',
          });
        })(),
      );
    },
    /** Withdraws a number: it stays in the register as batal, and the document gets a new one when next made. */
    cancelNumber(id: number): DocumentNumber {
      return withSqliteErrors(() =>
        repos.db.transaction((): DocumentNumber => {
          const number = repos.documentNumbers.get(id);
          if (!number) throw new NotFoundError(`Nomor dokumen dengan id ${id} tidak ditemukan.`);
          if (number.status === 'aktif') repos.documentNumbers.update({ ...number, status: 'batal' });
          return repos.documentNumbers.get(id)!;
        })(),
      );
    },
    recordRender(render: Omit<DocumentRender, 'id' | 'createdAt' | 'uid' | 'updatedAt'>): DocumentRender {
      return withSqliteErrors(() => repos.documentRenders.insert({ ...render, id: null, createdAt: now() }));
    },
    numbers: (): DocumentNumber[] => repos.documentNumbers.list(),
    renders: (): DocumentRender[] => [...repos.documentRenders.list()].reverse(),
  };
}
