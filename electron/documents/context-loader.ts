// Reads what each document needs from the repositories and resolves it into the plain builder inputs of
// shared/documents/context.ts. Missing data a document cannot do without is named in the error message.
import type { PaperSize } from '../../shared/document/model';
import type {
  BeritaAcaraData,
  DaftarHadirData,
  DocumentBase,
  KomitmenData,
  MasterplanData,
  Official,
  Signatory,
  StageSummary,
} from '../../shared/documents/context';
import type { Stage } from '../../shared/domain/bimtek';
import type { ClosureSignatory } from '../../shared/domain/closure';
import { UserError } from '../../shared/errors';
import type { Repositories } from '../repositories/repositories';

export class MissingDataError extends UserError {}

export function contextLoader(repos: Repositories, now: () => string) {
  const officialOf = (positionId: number): Official => {
    const position = repos.positions.get(positionId);
    if (!position) throw new MissingDataError(`Jabatan dengan id ${positionId} tidak ditemukan.`);
    const person = repos.people.get(position.personId);
    if (!person) throw new MissingDataError(`Pemegang jabatan "${position.title}" tidak ditemukan.`);
    const unit = position.unitId === null ? undefined : repos.units.get(position.unitId);
    return {
      personId: person.id,
      positionId: position.id,
      name: person.name,
      frontTitle: person.frontTitle,
      backTitle: person.backTitle,
      nip: person.nip,
      niPppk: person.niPppk,
      pangkat: person.pangkat,
      title: position.title,
      role: position.role,
      status: position.status,
      unitName: unit?.name ?? null,
      unitKind: unit?.kind ?? null,
    };
  };

  const signatoryOf = (s: ClosureSignatory): Signatory => ({
    ...officialOf(s.positionId),
    kind: s.kind,
    onBehalfOf: s.onBehalfOf,
    byOrderOf: s.byOrderOf,
  });

  const base = (paper: PaperSize | undefined, number: string | null): DocumentBase => {
    const regency = repos.regency.get();
    if (!regency) throw new MissingDataError('Profil daerah belum diisi (menu Profil Daerah & Kop Surat).');
    const programme = repos.programme.get();
    if (!programme) throw new MissingDataError('Data program (tahun dan nota kesepakatan) belum diisi.');
    return { regency, programme, paper: paper ?? regency.tataNaskah.paper, number, createdAt: now() };
  };

  const stageSummary = (stage: Stage): StageSummary => ({
    number: stage.number,
    title: stage.title,
    venue: stage.venue,
    dates: repos.stageDays.listWhere('stageNumber', stage.number).map((d) => d.date),
    facilitators: stage.facilitators,
    agenda: stage.agenda,
    outputs: stage.outputs,
    participantCount: repos.participants.listWhere('stageNumber', stage.number).length,
  });

  const closureParts = () => {
    const closure = repos.closure.get();
    if (!closure) throw new MissingDataError('Data penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
    const signatories = repos.closureSignatories.list().map(signatoryOf);
    const { presidingPositionId, ...rest } = closure;
    return { closure: rest, presidingPositionId, signatories };
  };

  const ketuaTimPelaksana = (): Official | null => {
    const team = repos.teams.list().find((t) => t.kind === 'tim_pelaksana');
    const ketua = team && repos.teamMembers.listWhere('teamId', team.id).find((m) => m.role === 'ketua');
    if (!ketua) return null;
    const positionId = ketua.positionId ?? repos.positions.listWhere('personId', ketua.personId)[0]?.id;
    return positionId === undefined ? null : officialOf(positionId);
  };

  const firstWithRole = (role: Official['role']): Official | null => {
    const position = repos.positions.list().find((p) => p.role === role);
    return position ? officialOf(position.id) : null;
  };

  return {
    officialOf,

    beritaAcara(paper: PaperSize | undefined, number: string | null): BeritaAcaraData {
      const { closure, presidingPositionId, signatories } = closureParts();
      const presiding = presidingPositionId === null ? null : officialOf(presidingPositionId);
      const signer = presiding ?? ketuaTimPelaksana();
      return {
        ...base(paper, number),
        closure,
        presiding,
        commitmentSigners: signatories.filter((s) => s.kind === 'penandatangan').length,
        stages: repos.stages.list().map(stageSummary),
        signatories: signer ? [{ ...signer, kind: 'penandatangan', onBehalfOf: null, byOrderOf: null }] : [],
        mengetahui: signatories.filter((s) => s.kind === 'mengetahui'),
      };
    },

    komitmen(paper: PaperSize | undefined, number: string | null, layout: 'table' | 'grid'): KomitmenData {
      const { closure, signatories } = closureParts();
      return {
        ...base(paper, number),
        closure,
        signatories: signatories.filter((s) => s.kind === 'penandatangan'),
        mengetahui: signatories.filter((s) => s.kind === 'mengetahui'),
        layout,
      };
    },

    daftarHadir(paper: PaperSize | undefined, number: string | null, stageNumber: number, dayIndex = 1): DaftarHadirData {
      const stage = repos.stages.get(stageNumber);
      if (!stage) throw new MissingDataError(`Bimtek tahap ${stageNumber} belum diisi.`);
      const days = repos.stageDays.listWhere('stageNumber', stageNumber);
      const day = days[dayIndex - 1];
      if (!day) {
        throw new MissingDataError(
          days.length === 0
            ? `Tanggal Bimtek tahap ${stageNumber} belum diisi.`
            : `Bimtek tahap ${stageNumber} hanya ${days.length} hari; hari ke-${dayIndex} tidak ada.`,
        );
      }
      const participants = repos.participants.listWhere('stageNumber', stageNumber).map((p) => {
        const person = repos.people.get(p.personId)!;
        const official = p.positionId === null ? null : officialOf(p.positionId);
        return {
          name: person.name,
          frontTitle: person.frontTitle,
          backTitle: person.backTitle,
          nip: person.nip,
          niPppk: person.niPppk,
          jabatan: official?.title ?? null,
          instansi: p.institution ?? official?.unitName ?? null,
        };
      });
      const ketua = ketuaTimPelaksana();
      return {
        ...base(paper, number),
        stage: stageSummary(stage),
        day: { date: day.date, startTime: day.startTime, endTime: day.endTime, venue: day.venue ?? stage.venue },
        participants,
        mengetahui: ketua ? { ...ketua, kind: 'mengetahui', onBehalfOf: null, byOrderOf: null } : null,
      };
    },

    masterplan(paper: PaperSize | undefined): MasterplanData {
      const dimensions = repos.dimensions.list();
      const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
      const elementById = new Map(repos.elements.list().map((e) => [e.id, e]));
      const unitById = new Map(repos.units.list().map((u) => [u.id, u]));
      return {
        ...base(paper, null),
        volumes: repos.volumes.list().map((v) => ({
          code: v.code,
          title: v.title,
          chapters: repos.chapters.listWhere('volumeId', v.id).map((c) => ({
            id: c.id,
            title: c.title,
            sections: repos.sections
              .listWhere('chapterId', c.id)
              .map((s) => ({ id: s.id, title: s.title, body: s.body, guidance: s.guidance })),
          })),
        })),
        dimensions: dimensions.map((d) => ({
          code: d.code,
          name: d.name,
          description: d.description,
          elements: repos.elements.listWhere('dimensionId', d.id).map((e) => ({ name: e.name, description: e.description })),
        })),
        readiness: repos.readiness.list().map((r) => ({
          aspect: r.aspect,
          dimensionName: r.dimensionId === null ? null : (dimensionById.get(r.dimensionId)?.name ?? null),
          text: r.text,
        })),
        swot: repos.swot
          .list()
          .map((s) => ({ dimensionCode: dimensionById.get(s.dimensionId)!.code, kind: s.kind, text: s.text })),
        programmes: repos.programmeItems.list().map((p) => ({
          name: p.name,
          description: p.description,
          dimensionCode: dimensionById.get(p.dimensionId)!.code,
          dimensionName: dimensionById.get(p.dimensionId)!.name,
          elementName: p.elementId === null ? null : (elementById.get(p.elementId)?.name ?? null),
          unitName: p.unitId === null ? null : (unitById.get(p.unitId)?.name ?? null),
          horizon: p.horizon,
          startYear: p.startYear,
          endYear: p.endYear,
          budgetEstimate: p.budgetEstimate,
          budgetSource: p.budgetSource,
          isQuickWin: p.isQuickWin,
        })),
        bupati: firstWithRole('bupati'),
        ketuaTimPelaksana: ketuaTimPelaksana(),
      };
    },
  };
}
