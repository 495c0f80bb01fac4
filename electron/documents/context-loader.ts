// Reads what each document needs from the repositories and resolves it into the plain builder inputs of
// shared/documents/context.ts. Every printed jabatan is computed here, once, with formatJabatan/joinJabatan and the
// regency, and every printed name of a facilitator or team member with printedName: the builders only print them.
// Missing data a document cannot do without is named in the error message.
import type { PaperSize } from '../../shared/document/model';
import type {
  AttendanceRow,
  BeritaAcaraData,
  DaftarHadirData,
  DecreeData,
  DocumentBase,
  FacilitatorInfo,
  KomitmenData,
  MasterplanData,
  MasterplanPlanData,
  InvitationData,
  Official,
  ParticipantCount,
  Signatory,
  StageDayInfo,
  StageReportData,
  StageSummary,
  TeamData,
} from '../../shared/documents/context';
import { officialName } from '../../shared/documents/signature';
import type { Participant, Stage, StageDay, StageFacilitator } from '../../shared/domain/bimtek';
import type { Closure, ClosureSignatory, SignatoryKind } from '../../shared/domain/closure';
import type {
  Chapter,
  Dimension,
  Element,
  MasterplanPlan,
  ProgrammeItem,
  ReadinessNote,
  Section,
  SwotItem,
  Volume,
} from '../../shared/domain/masterplan';
import type { Person, Position, Unit } from '../../shared/domain/organisation';
import { masterplanBookRows, type MasterplanBookRepositories } from './masterplan-book-data';
import type { TextTemplate } from '../../shared/domain/text-template';
import { decreeSchema, stagePaperworkSchema, type Decree, type StagePaperwork } from '../../shared/domain/paperwork';
import { memberRoleText, TEAM_LABELS, type Programme, type Team, type TeamMember } from '../../shared/domain/programme';
import type { Regency } from '../../shared/domain/regency';
import { UserError } from '../../shared/errors';
import { positionsJabatan } from '../../shared/format/jabatan';
import { formatVenue } from '../../shared/format/venue';

export class MissingDataError extends UserError {}

/** The reading side of a repository of many records, as the document loader uses it. */
export interface ReadRepository<T> {
  list(): T[];
  get(key: number): T | undefined;
  listWhere(field: keyof T & string, value: unknown): T[];
}

/** The reading side of a one-row repository. */
export interface ReadSingleton<T> {
  get(): T | null;
}

/** Everything the documents read; the app's Repositories provide it, and so can a test's in-memory data. */
export interface DocumentRepositories extends MasterplanBookRepositories {
  regency: ReadSingleton<Regency>;
  programme: ReadSingleton<Programme>;
  closure: ReadSingleton<Omit<Closure, 'signatories'>>;
  plan: ReadSingleton<MasterplanPlan>;
  units: ReadRepository<Unit>;
  people: ReadRepository<Person>;
  positions: ReadRepository<Position>;
  teams: ReadRepository<Team>;
  teamMembers: ReadRepository<TeamMember>;
  stages: ReadRepository<Stage>;
  stageFacilitators: ReadRepository<StageFacilitator>;
  stageDays: ReadRepository<StageDay>;
  participants: ReadRepository<Omit<Participant, 'attendedDayIds'>>;
  closureSignatories: ReadRepository<ClosureSignatory>;
  volumes: ReadRepository<Volume>;
  chapters: ReadRepository<Chapter>;
  sections: ReadRepository<Section>;
  dimensions: ReadRepository<Dimension>;
  elements: ReadRepository<Element>;
  readiness: ReadRepository<ReadinessNote>;
  swot: ReadRepository<SwotItem>;
  programmeItems: ReadRepository<ProgrammeItem>;
  /** The paperwork facts (schema 004); absent in older in-memory test data, which then reads as never saved. */
  stagePaperwork?: Pick<ReadRepository<StagePaperwork>, 'get'>;
  decree?: ReadSingleton<Decree>;
  /** Days each participant signed for; without it the report counts registrations only. */
  attendance?: { byParticipant(): Map<number, number[]> };
  /** The office's own wording of document prose (schema 005). */
  textTemplates?: Pick<ReadRepository<TextTemplate>, 'list'>;
  /** Documentation photos of the stages (schema 009); absent in older in-memory test data, which then has none. */
  stagePhotos?: {
    listByStage(
      stageNumber: number,
    ): { caption: string; mime: 'image/png' | 'image/jpeg'; width: number; height: number; content: Uint8Array }[];
  };
}

/** Roles whose holders an invitation reaches by default: the heads of the OPD and the camat. */
const DEFAULT_INVITEE_ROLES: readonly Position['role'][] = ['kepala_opd', 'direktur_rsud', 'kepala_satuan', 'camat'];

const EMPTY_PLAN: MasterplanPlanData = {
  title: null,
  periodStart: null,
  periodEnd: null,
  vision: null,
  missions: [],
  legalBases: [],
  horizons: { pendek: null, menengah: null, panjang: null },
  attachments: [],
  prefaceDate: null,
  prefacePlace: null,
};

const bySortOrder = <T extends { sortOrder: number; id: number }>(a: T, b: T) => a.sortOrder - b.sortOrder || a.id - b.id;

export function contextLoader(repos: DocumentRepositories, now: () => string) {
  const regency = (): Regency => {
    const r = repos.regency.get();
    if (!r) throw new MissingDataError('Profil daerah belum diisi (menu Profil Daerah & Kop Surat).');
    return r;
  };

  const personOf = (personId: number, what: string): Person => {
    const person = repos.people.get(personId);
    if (!person) throw new MissingDataError(`${what} tidak ditemukan (orang dengan id ${personId}).`);
    return person;
  };

  const positionOf = (positionId: number): Position => {
    const position = repos.positions.get(positionId);
    if (!position) throw new MissingDataError(`Jabatan dengan id ${positionId} tidak ditemukan.`);
    return position;
  };

  /** A person acting in the given positions (in printed order), with THE jabatan string. */
  const officialOfPositions = (personId: number, positionIds: readonly number[], profile: Regency): Official => {
    const positions = positionIds.map(positionOf);
    const first = positions[0];
    const person = personOf(personId, first ? `Pemegang jabatan "${first.title}"` : 'Penandatangan');
    return {
      personId: person.id,
      name: person.name,
      frontTitle: person.frontTitle,
      backTitle: person.backTitle,
      nip: person.nip,
      niPppk: person.niPppk,
      pangkat: person.pangkat,
      asn: person.asn,
      institution: person.institution,
      jabatan: positionsJabatan(positions, profile),
      positions: positions.map((p) => {
        const unit = p.unitId === null ? undefined : repos.units.get(p.unitId);
        return { positionId: p.id, role: p.role, status: p.status, unitName: unit?.name ?? null, unitKind: unit?.kind ?? null };
      }),
    };
  };

  const officialOf = (positionId: number, profile: Regency = regency()): Official =>
    officialOfPositions(positionOf(positionId).personId, [positionId], profile);

  const signatoryOf = (s: ClosureSignatory, profile: Regency): Signatory => ({
    ...officialOfPositions(s.personId, s.positionIds, profile),
    kind: s.kind,
    onBehalfOf: s.onBehalfOf,
    byOrderOf: s.byOrderOf,
  });

  const base = (paper: PaperSize | undefined, number: string | null): DocumentBase => {
    const profile = regency();
    const programme = repos.programme.get();
    if (!programme) throw new MissingDataError('Data program (tahun dan nota kesepakatan) belum diisi.');
    const own = repos.textTemplates?.list() ?? [];
    return {
      regency: profile,
      programme,
      paper: paper ?? profile.tataNaskah.paper,
      number,
      createdAt: now(),
      ...(own.length ? { texts: Object.fromEntries(own.map((t) => [`${t.kind}.${t.part}`, t.text])) } : {}),
    };
  };

  const facilitatorsOf = (stageNumber: number, profile: Regency): FacilitatorInfo[] =>
    repos.stageFacilitators
      .listWhere('stageNumber', stageNumber)
      .sort(bySortOrder)
      .map((f) => {
        const person = personOf(f.personId, 'Fasilitator');
        return {
          name: officialName(person, profile.tataNaskah.signerNameCase),
          institution: person.institution,
          role: f.role,
        };
      });

  const stageSummary = (stage: Stage, profile: Regency): StageSummary => ({
    number: stage.number,
    title: stage.title,
    venue: formatVenue(stage),
    venueName: stage.venueName,
    venueAddress: stage.venueAddress,
    venueCity: stage.venueCity,
    mode: stage.mode,
    meetingLink: stage.meetingLink,
    dates: repos.stageDays
      .listWhere('stageNumber', stage.number)
      .map((d) => d.date)
      .sort(),
    facilitators: facilitatorsOf(stage.number, profile),
    agenda: stage.agenda,
    outputs: stage.outputs,
    participantCount: repos.participants.listWhere('stageNumber', stage.number).length,
  });

  const stages = (profile: Regency) => repos.stages.list().map((s) => stageSummary(s, profile));

  const signatoriesOf = (profile: Regency) => {
    const all = repos.closureSignatories.list().sort(bySortOrder);
    const of = (kind: SignatoryKind) => all.filter((s) => s.kind === kind).map((s) => signatoryOf(s, profile));
    return { penandatangan: of('penandatangan'), mengetahui: of('mengetahui'), beritaAcara: of('mengetahui_berita_acara') };
  };

  const closureParts = (profile: Regency) => {
    const closure = repos.closure.get();
    if (!closure) throw new MissingDataError('Data penutupan Bimtek belum diisi (menu Penutupan & Komitmen).');
    const {
      presidingPositionId,
      firstPartyPositionId,
      secondPartyPositionId,
      uid: _uid,
      createdAt: _createdAt,
      updatedAt: _updatedAt,
      ...facts
    } = closure;
    const optional = (id: number | null) => (id === null ? null : officialOf(id, profile));
    return {
      closure: facts,
      presiding: optional(presidingPositionId),
      firstParty: optional(firstPartyPositionId),
      secondParty: optional(secondPartyPositionId),
      signatories: signatoriesOf(profile),
    };
  };

  /**
   * A person in one position, as every list prints them: when the person signs the closure in that position, the
   * whole signing jabatan ("… dan Plt. …"), so that they read the same on the attendance list, in the team and on
   * the commitment sheet.
   */
  /** The closure's signatories in order (none without a closure); read once per document, not once per person. */
  const signatoriesInOrder = () => (repos.closure.get() ? repos.closureSignatories.list().sort(bySortOrder) : []);

  const asSigning = (
    personId: number,
    positionId: number,
    profile: Regency,
    signatories: ReturnType<typeof signatoriesInOrder> = signatoriesInOrder(),
  ): Official => {
    const signing = signatories.find((s) => s.personId === personId && s.positionIds.includes(positionId));
    return signing ? officialOfPositions(personId, signing.positionIds, profile) : officialOf(positionId, profile);
  };

  const teamOf = (kind: Team['kind']) => repos.teams.list().find((t) => t.kind === kind);

  const ketuaTimPelaksana = (profile: Regency): Official | null => {
    const team = teamOf('tim_pelaksana');
    const ketua = team && repos.teamMembers.listWhere('teamId', team.id).find((m) => m.role === 'ketua');
    if (!ketua) return null;
    const positionId = ketua.positionId ?? repos.positions.listWhere('personId', ketua.personId)[0]?.id;
    return positionId === undefined ? null : asSigning(ketua.personId, positionId, profile);
  };

  const firstWithRole = (role: Position['role'], profile: Regency): Official | null => {
    const position =
      repos.positions.list().find((p) => p.role === role && p.status === 'definitif') ??
      repos.positions.list().find((p) => p.role === role);
    return position ? officialOf(position.id, profile) : null;
  };

  const stageOf = (stageNumber: number): Stage => {
    const stage = repos.stages.get(stageNumber);
    if (!stage) throw new MissingDataError(`Bimtek tahap ${stageNumber} belum diisi.`);
    return stage;
  };

  const daysOf = (stage: Stage): StageDayInfo[] => {
    const days = repos.stageDays.listWhere('stageNumber', stage.number).sort((x, y) => x.date.localeCompare(y.date));
    if (days.length === 0) throw new MissingDataError(`Tanggal Bimtek tahap ${stage.number} belum diisi.`);
    return days.map((d) => ({ date: d.date, startTime: d.startTime, endTime: d.endTime, venue: formatVenue(stage, d.venue) }));
  };

  const paperworkOf = (stageNumber: number): StagePaperwork =>
    repos.stagePaperwork?.get(stageNumber) ?? stagePaperworkSchema.parse({ stageNumber });

  /** Every head of an OPD, then every camat, in the order of their units; a definitif holder before an acting one. */
  const defaultInvitees = (): Position[] => {
    const units = new Map(repos.units.list().map((u, i) => [u.id, { unit: u, index: i }]));
    const byUnit = new Map<string, Position>();
    for (const p of repos.positions.list()) {
      if (!DEFAULT_INVITEE_ROLES.includes(p.role)) continue;
      const key = p.unitId === null ? `position-${p.id}` : `unit-${p.unitId}`;
      const held = byUnit.get(key);
      if (!held || (held.status !== 'definitif' && p.status === 'definitif')) byUnit.set(key, p);
    }
    const rank = (p: Position) => [
      p.role === 'camat' ? 1 : 0,
      p.unitId === null ? Infinity : (units.get(p.unitId)?.index ?? Infinity),
    ];
    return [...byUnit.values()].sort((a, b) => {
      const [ca, ua] = rank(a);
      const [cb, ub] = rank(b);
      return ca! - cb! || ua! - ub! || a.id - b.id;
    });
  };

  const teams = (profile: Regency, signatories = signatoriesInOrder()): TeamData[] =>
    repos.teams.list().map((team) => ({
      kind: team.kind,
      name: team.name?.trim() || TEAM_LABELS[team.kind],
      skNumber: team.skNumber,
      skDate: team.skDate,
      skTitle: team.skTitle,
      members: repos.teamMembers
        .listWhere('teamId', team.id)
        .sort(bySortOrder)
        .map((m) => {
          const person = personOf(m.personId, 'Anggota tim');
          const official = m.positionId === null ? null : asSigning(m.personId, m.positionId, profile, signatories);
          return {
            name: officialName(official ?? person, profile.tataNaskah.signerNameCase),
            jabatan: official?.jabatan ?? person.institution,
            role: memberRoleText(m),
          };
        }),
    }));

  return {
    officialOf,

    beritaAcara(paper: PaperSize | undefined, number: string | null): BeritaAcaraData {
      const b = base(paper, number);
      const { closure, presiding, firstParty, secondParty, signatories } = closureParts(b.regency);
      // Older data has no parties: the presiding official signs, else the ketua Tim Pelaksana.
      const signer = presiding ?? ketuaTimPelaksana(b.regency);
      return {
        ...b,
        closure,
        presiding,
        firstParty,
        secondParty,
        commitmentSigners: signatories.penandatangan.length,
        stages: stages(b.regency),
        signatories: signer ? [{ ...signer, kind: 'penandatangan', onBehalfOf: null, byOrderOf: null }] : [],
        mengetahui: signatories.beritaAcara,
      };
    },

    komitmen(paper: PaperSize | undefined, number: string | null, layout: 'table' | 'grid'): KomitmenData {
      const b = base(paper, number);
      const { closure, signatories } = closureParts(b.regency);
      return { ...b, closure, signatories: signatories.penandatangan, mengetahui: signatories.mengetahui, layout };
    },

    daftarHadir(paper: PaperSize | undefined, number: string | null, stageNumber: number, dayIndex = 1): DaftarHadirData {
      const b = base(paper, number);
      const stage = repos.stages.get(stageNumber);
      if (!stage) throw new MissingDataError(`Bimtek tahap ${stageNumber} belum diisi.`);
      const days = repos.stageDays.listWhere('stageNumber', stageNumber).sort((x, y) => x.date.localeCompare(y.date));
      const day = days[dayIndex - 1];
      if (!day) {
        throw new MissingDataError(
          days.length === 0
            ? `Tanggal Bimtek tahap ${stageNumber} belum diisi.`
            : `Bimtek tahap ${stageNumber} hanya ${days.length} hari; hari ke-${dayIndex} tidak ada.`,
        );
      }
      const signatories = signatoriesInOrder();
      const participants = repos.participants
        .listWhere('stageNumber', stageNumber)
        .sort(bySortOrder)
        .map((p): AttendanceRow => {
          const person = personOf(p.personId, 'Peserta');
          // Someone who signs the closure in this position reads here as on the commitment sheet.
          const official = p.positionId === null ? null : asSigning(p.personId, p.positionId, b.regency, signatories);
          return {
            name: person.name,
            frontTitle: person.frontTitle,
            backTitle: person.backTitle,
            nip: person.nip,
            niPppk: person.niPppk,
            pangkat: person.pangkat,
            asn: person.asn,
            jabatan: official?.jabatan ?? null,
            instansi: p.institution ?? person.institution ?? official?.positions[0]?.unitName ?? null,
            positions: official?.positions ?? [],
          };
        });
      const ketua = ketuaTimPelaksana(b.regency);
      return {
        ...b,
        stage: stageSummary(stage, b.regency),
        day: { date: day.date, startTime: day.startTime, endTime: day.endTime, venue: formatVenue(stage, day.venue) },
        participants,
        mengetahui: ketua ? { ...ketua, kind: 'mengetahui', onBehalfOf: null, byOrderOf: null } : null,
      };
    },

    undangan(paper: PaperSize | undefined, number: string | null, stageNumber: number): InvitationData {
      const b = base(paper, number);
      const stage = stageOf(stageNumber);
      const { inviteePositionIds, signerPositionId, signerOnBehalfOf, ...invitation } = paperworkOf(stageNumber).invitation;
      const signatories = signatoriesInOrder();
      const invitees = inviteePositionIds.length
        ? inviteePositionIds.map((id) => asSigning(positionOf(id).personId, id, b.regency, signatories))
        : defaultInvitees().map((p) => asSigning(p.personId, p.id, b.regency, signatories));
      const signer = signerPositionId === null ? firstWithRole('bupati', b.regency) : officialOf(signerPositionId, b.regency);
      return {
        ...b,
        stage: stageSummary(stage, b.regency),
        days: daysOf(stage),
        invitation,
        invitees,
        signer: signer ? { ...signer, kind: 'penandatangan', onBehalfOf: signerOnBehalfOf, byOrderOf: null } : null,
      };
    },

    keputusan(paper: PaperSize | undefined, number: string | null): DecreeData {
      const b = base(paper, number);
      const {
        uid: _uid,
        createdAt: _createdAt,
        updatedAt: _updatedAt,
        ...decree
      } = repos.decree?.get() ?? decreeSchema.parse({});
      const all = teams(b.regency);
      return {
        ...b,
        decree,
        dewan: all.find((t) => t.kind === 'dewan') ?? null,
        tim: all.find((t) => t.kind === 'tim_pelaksana') ?? null,
        bupati: firstWithRole('bupati', b.regency),
      };
    },

    laporan(paper: PaperSize | undefined, number: string | null, stageNumber: number): StageReportData {
      const b = base(paper, number);
      const stage = stageOf(stageNumber);
      const days = repos.stageDays.listWhere('stageNumber', stageNumber).sort((x, y) => x.date.localeCompare(y.date));
      const attended = repos.attendance?.byParticipant();
      const counts = new Map<string, ParticipantCount>();
      for (const p of repos.participants.listWhere('stageNumber', stageNumber).sort(bySortOrder)) {
        const person = personOf(p.personId, 'Peserta');
        const unit = p.positionId === null ? null : officialOf(p.positionId, b.regency).positions[0]?.unitName;
        const instansi = p.institution ?? person.institution ?? unit ?? 'Lainnya';
        const row = counts.get(instansi) ?? { instansi, registered: 0, present: days.map(() => 0) };
        row.registered += 1;
        const mine = attended?.get(p.id) ?? [];
        days.forEach((d, i) => {
          if (mine.includes(d.id)) row.present[i]! += 1;
        });
        counts.set(instansi, row);
      }
      return {
        ...b,
        stage: stageSummary(stage, b.regency),
        days: daysOf(stage),
        report: paperworkOf(stageNumber).report,
        participants: [...counts.values()],
        attendanceKnown: attended !== undefined && [...counts.values()].some((c) => c.present.some((n) => n > 0)),
        teams: teams(b.regency),
        ketuaTimPelaksana: ketuaTimPelaksana(b.regency),
        photos: (repos.stagePhotos?.listByStage(stageNumber) ?? []).map((p) => ({
          caption: p.caption,
          image: { data: p.content, mime: p.mime },
          width: p.width,
          height: p.height,
        })),
      };
    },

    masterplan(paper: PaperSize | undefined): MasterplanData {
      const b = base(paper, null);
      const dimensions = repos.dimensions.list();
      const dimensionById = new Map(dimensions.map((d) => [d.id, d]));
      const elementById = new Map(repos.elements.list().map((e) => [e.id, e]));
      const unitById = new Map(repos.units.list().map((u) => [u.id, u]));
      const stored = repos.plan.get();
      const plan: MasterplanPlanData = stored
        ? {
            title: stored.title,
            periodStart: stored.periodStart,
            periodEnd: stored.periodEnd,
            vision: stored.vision,
            missions: stored.missions,
            legalBases: stored.legalBases,
            horizons: stored.horizons,
            attachments: stored.attachments,
            prefaceDate: stored.prefaceDate ?? null,
            prefacePlace: stored.prefacePlace ?? null,
          }
        : EMPTY_PLAN;
      return {
        ...b,
        plan,
        stages: stages(b.regency),
        teams: teams(b.regency),
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
        ...masterplanBookRows(repos, {
          dimensions,
          elements: [...elementById.values()],
          units: [...unitById.values()],
          swot: repos.swot.list(),
          programmes: repos.programmeItems.list(),
        }),
        bupati: firstWithRole('bupati', b.regency),
        ketuaTimPelaksana: ketuaTimPelaksana(b.regency),
      };
    },
  };
}
