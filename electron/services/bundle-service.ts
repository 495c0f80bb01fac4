// Export of the whole programme as a bundle, and import of a bundle: validated whole first, then written in one
// transaction, so an invalid or interrupted import leaves the database exactly as it was.
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, bundleShape, type Bundle } from '../../shared/domain/bundle';
import { upgradeBundle } from '../../shared/domain/bundle-upgrade';
import { masterplanPlanSchema } from '../../shared/domain/masterplan';
import { ConflictError, UserError, ValidationError } from '../../shared/errors';
import { problemsFromZod } from '../../shared/validation/messages';
import { unknownKeyProblems } from '../../shared/validation/unknown-keys';
import { tablesChildFirst } from '../db/table-order';
import type { Repositories } from '../repositories/repositories';
import { withSqliteErrors } from './sqlite-errors';

const byId = <T extends { id: number }>(items: T[]): T[] => [...items].sort((a, b) => a.id - b.id);

export function isDatabaseEmpty(repos: Repositories): boolean {
  return tablesChildFirst(repos.db).every(
    (table) => (repos.db.prepare(`SELECT EXISTS (SELECT 1 FROM ${table}) AS any`).get() as { any: number }).any === 0,
  );
}

export function clearProgramme(repos: Repositories): void {
  for (const table of tablesChildFirst(repos.db)) repos.db.prepare(`DELETE FROM ${table}`).run();
}

export function exportBundle(repos: Repositories): Bundle {
  const regency = repos.regency.get();
  const programme = repos.programme.get();
  if (!regency || !programme) {
    throw new UserError('Profil daerah dan data program belum diisi; belum ada yang dapat diekspor.');
  }
  const attendance = repos.attendance.byParticipant();
  const closure = repos.closure.get();
  const numbering = repos.numbering.get();
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    regency,
    units: byId(repos.units.list()),
    people: byId(repos.people.list()),
    positions: byId(repos.positions.list()),
    programme,
    teams: byId(repos.teams.list()),
    teamMembers: byId(repos.teamMembers.list()),
    stages: repos.stages.list(),
    stageFacilitators: byId(repos.stageFacilitators.list()),
    stageDays: byId(repos.stageDays.list()),
    participants: byId(repos.participants.list()).map((p) => ({ ...p, attendedDayIds: attendance.get(p.id) ?? [] })),
    stagePaperwork: repos.stagePaperwork.list(),
    stagePhotos: repos.stagePhotos.exportAll(),
    decree: repos.decree.get(),
    textTemplates: byId(repos.textTemplates.list()),
    closure: closure ? { ...closure, signatories: byId(repos.closureSignatories.list()) } : null,
    masterplan: {
      plan: repos.plan.get() ?? masterplanPlanSchema.parse({}),
      volumes: byId(repos.volumes.list()),
      chapters: byId(repos.chapters.list()),
      sections: byId(repos.sections.list()),
      dimensions: byId(repos.dimensions.list()),
      elements: byId(repos.elements.list()),
      readiness: byId(repos.readiness.list()),
      swot: byId(repos.swot.list()),
      programmes: byId(repos.programmeItems.list()),
      statistics: byId(repos.statistics.list()),
      regulations: byId(repos.regulations.list()),
      applications: byId(repos.applications.list()),
      readinessScores: byId(repos.readinessScores.list()),
      elementGaps: byId(repos.elementGaps.list()),
      goals: byId(repos.goals.list()),
      strategies: byId(repos.strategies.list()),
      monitoring: byId(repos.monitoring.list()),
      quickWins: byId(repos.quickWins.list()),
    },
    templates: byId(repos.templates.list()),
    numbering: {
      template: numbering?.template ?? '{kka}/{urut}/{unit}/{tahun}',
      unitCode: numbering?.unitCode ?? 'Kominfo',
      kka: numbering?.kka ?? {},
      counters: repos.counters.list(),
    },
    documentNumbers: byId(repos.documentNumbers.list()),
    documentRenders: byId(repos.documentRenders.list()),
  };
}

/** The bundle as its file holds it: stable key order, two-space indent, final newline. */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

export interface ImportSummary {
  units: number;
  people: number;
  positions: number;
  participants: number;
  signatories: number;
  sections: number;
  programmes: number;
}

function writeBundle(repos: Repositories, b: Bundle): void {
  repos.regency.save(b.regency);
  const { counters, ...numbering } = b.numbering;
  repos.numbering.save(numbering);
  for (const c of counters) repos.counters.set(c.year, c.last);
  b.units.forEach((r) => repos.units.insert(r));
  b.people.forEach((r) => repos.people.insert(r));
  b.positions.forEach((r) => repos.positions.insert(r));
  repos.programme.save(b.programme);
  b.teams.forEach((r) => repos.teams.insert(r));
  b.teamMembers.forEach((r) => repos.teamMembers.insert(r));
  b.stages.forEach((r) => repos.stages.insert(r));
  b.stageFacilitators.forEach((r) => repos.stageFacilitators.insert(r));
  b.stageDays.forEach((r) => repos.stageDays.insert(r));
  for (const { attendedDayIds, ...participant } of b.participants) {
    repos.participants.insert(participant);
    repos.attendance.set(participant.id, attendedDayIds);
  }
  b.stagePaperwork.forEach((r) => repos.stagePaperwork.insert(r));
  b.stagePhotos.forEach((r) => repos.stagePhotos.importOne(r));
  if (b.decree) repos.decree.save(b.decree);
  b.textTemplates.forEach((r) => repos.textTemplates.insert(r));
  if (b.closure) {
    const { signatories, ...closure } = b.closure;
    repos.closure.save(closure);
    signatories.forEach((r) => repos.closureSignatories.insert(r));
  }
  const m = b.masterplan;
  repos.plan.save(m.plan);
  m.volumes.forEach((r) => repos.volumes.insert(r));
  m.chapters.forEach((r) => repos.chapters.insert(r));
  m.sections.forEach((r) => repos.sections.insert(r));
  m.dimensions.forEach((r) => repos.dimensions.insert(r));
  m.elements.forEach((r) => repos.elements.insert(r));
  m.readiness.forEach((r) => repos.readiness.insert(r));
  m.swot.forEach((r) => repos.swot.insert(r));
  m.programmes.forEach((r) => repos.programmeItems.insert(r));
  m.statistics.forEach((r) => repos.statistics.insert(r));
  m.regulations.forEach((r) => repos.regulations.insert(r));
  m.applications.forEach((r) => repos.applications.insert(r));
  m.readinessScores.forEach((r) => repos.readinessScores.insert(r));
  m.elementGaps.forEach((r) => repos.elementGaps.insert(r));
  m.goals.forEach((r) => repos.goals.insert(r));
  m.strategies.forEach((r) => repos.strategies.insert(r));
  m.monitoring.forEach((r) => repos.monitoring.insert(r));
  m.quickWins.forEach((r) => repos.quickWins.insert(r));
  b.templates.forEach((r) => repos.templates.insert(r));
  b.documentNumbers.forEach((r) => repos.documentNumbers.insert(r));
  b.documentRenders.forEach((r) => repos.documentRenders.insert(r));
}

/**
 * Validates the whole bundle, then writes it in one transaction. Into a database that already holds a programme
 * only with replace: true, and then the old programme is removed in the same transaction.
 */
/**
 * A bundle of this or an older version, upgraded and validated whole: unknown keys (named, with the key probably
 * meant), field problems and broken references are reported together.
 */
export function parseBundle(input: unknown): Bundle {
  const upgraded = upgradeBundle(input);
  const unknownKeys = unknownKeyProblems(bundleShape, upgraded);
  const result = bundleSchema.safeParse(upgraded);
  const problems = [...unknownKeys, ...(result.success ? [] : problemsFromZod(result.error))];
  if (problems.length > 0 || !result.success) {
    throw new ValidationError(problems, 'Bundel tidak valid; basis data tidak diubah');
  }
  return result.data;
}

export function importBundle(repos: Repositories, input: unknown, options: { replace?: boolean } = {}): ImportSummary {
  const bundle = parseBundle(input);
  withSqliteErrors(() =>
    repos.db.transaction(() => {
      if (!isDatabaseEmpty(repos)) {
        if (!options.replace) {
          throw new ConflictError(
            'Basis data ini sudah berisi program. Impor hanya ke basis data kosong, atau pilih ganti (--replace) untuk menimpa seluruh isinya.',
          );
        }
        clearProgramme(repos);
      }
      writeBundle(repos, bundle);
    })(),
  );
  return {
    units: bundle.units.length,
    people: bundle.people.length,
    positions: bundle.positions.length,
    participants: bundle.participants.length,
    signatories: bundle.closure?.signatories.length ?? 0,
    sections: bundle.masterplan.sections.length,
    programmes: bundle.masterplan.programmes.length,
  };
}
