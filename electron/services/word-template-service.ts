// The office's own Word templates kept in the database: added only when the whole template checks (every
// placeholder known, every loop closed), listed with what data they take, removed, and filled from the programme
// into a new DOCX (the stage's facts and lists when the template uses them).
import { addWordTemplateSchema, fillWordTemplateSchema, type WordTemplateView } from '../../shared/domain/word-template';
import { UserError, ValidationError } from '../../shared/errors';
import { parseOrThrow } from '../../shared/validation/messages';
import { checkWordTemplate, fillWordTemplate } from '../documents/word-template';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

export interface FilledWordTemplate {
  bytes: Uint8Array;
  /** "Undangan-Rapat-Tahap-4.docx": the template's name, the stage, .docx. */
  fileName: string;
}

/** A file name Windows accepts, from the template's name. */
export function filledFileName(name: string, stage: number | null): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${base || 'Templat-Word'}${stage !== null ? `-Tahap-${stage}` : ''}.docx`;
}

export function wordTemplateService(repos: Repositories, now: () => string) {
  const find = (id: number): WordTemplateView => {
    const t = repos.wordTemplates.get(id);
    if (!t) throw new UserError('Templat Word itu tidak ada lagi (mungkin sudah dihapus). Muat ulang daftar templat.');
    return t;
  };

  return {
    list: (): WordTemplateView[] => repos.wordTemplates.list(),

    add(input: unknown): WordTemplateView {
      const t = parseOrThrow(addWordTemplateSchema, input, 'Templat Word tidak valid');
      const bytes = new Uint8Array(Buffer.from(t.base64, 'base64'));
      // Checked as if a stage were chosen, so that stage placeholders are known; the list says it needs one.
      const check = checkWordTemplate(bytes, { stage: 1 });
      if (repos.wordTemplates.findByName(t.name)) {
        throw new ValidationError(
          [{ path: 'name', message: `nama "${t.name}" sudah dipakai templat lain` }],
          'Templat Word tidak disimpan',
        );
      }
      return withSqliteErrors(() =>
        repos.db.transaction(() =>
          repos.wordTemplates.insert({
            name: t.name,
            fileName: t.fileName,
            content: bytes,
            placeholders: check.placeholders,
            needsStage: check.needsStage,
          }),
        )(),
      );
    },

    remove(id: number): void {
      withSqliteErrors(() => repos.db.transaction(() => repos.wordTemplates.delete(id))());
    },

    /** The template filled from the programme; nothing is written here (the caller writes the file atomically). */
    fill(input: unknown): FilledWordTemplate {
      const r = parseOrThrow(fillWordTemplateSchema, input, 'Permintaan pengisian templat tidak valid');
      const template = find(r.id);
      if (template.needsStage && r.stage === null) {
        throw new ValidationError(
          [{ path: 'stage', message: 'pilih tahap Bimtek: templat ini memakai data tahap' }],
          'Templat belum dapat diisi',
        );
      }
      const stage = template.needsStage ? r.stage : null;
      const filled = fillWordTemplate(repos.wordTemplates.content(r.id)!, repos, now, { stage });
      return { bytes: filled.bytes, fileName: filledFileName(template.name, stage) };
    },
  };
}
