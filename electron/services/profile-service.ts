// Regency profile (with logo and Tata Naskah profile), programme year and MoU, and the numbering settings.
import { programmeSchema, type Programme } from '../../shared/domain/programme';
import { regencySchema, type Regency } from '../../shared/domain/regency';
import { profileFormSchema } from '../../shared/domain/profile-form';
import { numberingSchema, type Numbering } from '../../shared/domain/register';
import { parseOrThrow } from '../../shared/validation/messages';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

export function profileService(repos: Repositories) {
  return {
    getRegency: (): Regency | null => repos.regency.get(),
    saveRegency(input: unknown): Regency {
      const regency = parseOrThrow(regencySchema, input, 'Profil daerah tidak valid');
      withSqliteErrors(() => repos.db.transaction(() => repos.regency.save(regency))());
      return repos.regency.get()!;
    },
    getProgramme: (): Programme | null => repos.programme.get(),
    saveProgramme(input: unknown): Programme {
      const programme = parseOrThrow(programmeSchema, input, 'Data program tidak valid');
      withSqliteErrors(() => repos.db.transaction(() => repos.programme.save(programme))());
      return repos.programme.get()!;
    },
    getNumbering(): Numbering {
      const stored = repos.numbering.get();
      return numberingSchema.parse({ ...stored, counters: repos.counters.list() });
    },
    saveNumbering(input: unknown): Numbering {
      const numbering = parseOrThrow(numberingSchema, input, 'Pengaturan penomoran tidak valid');
      const { counters, ...settings } = numbering;
      withSqliteErrors(() =>
        repos.db.transaction(() => {
          repos.numbering.save(settings);
          for (const c of counters) repos.counters.set(c.year, c.last);
        })(),
      );
      return this.getNumbering();
    },
    /** Regency, programme and numbering together: all three are written, or none. */
    saveAll(input: unknown): { regency: Regency; programme: Programme; numbering: Numbering } {
      const form = parseOrThrow(profileFormSchema, input, 'Profil daerah tidak valid');
      // The counters are left alone: the form holds them as they were when it opened, and documents numbered
      // since then must not hand out the same numbers again.
      const { counters: _formCounters, ...numbering } = form.numbering;
      withSqliteErrors(() =>
        repos.db.transaction(() => {
          repos.regency.save(form.regency);
          repos.programme.save(form.programme);
          repos.numbering.save(numbering);
        })(),
      );
      return { regency: repos.regency.get()!, programme: repos.programme.get()!, numbering: this.getNumbering() };
    },
  };
}
