// Table mappings for every stored record of the programme (see table-mapping.ts).
import type { Participant, Stage, StageDay, StageFacilitator } from '../../shared/domain/bimtek';
import type { Closure, ClosureSignatory } from '../../shared/domain/closure';
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
import type { Decree, StagePaperwork } from '../../shared/domain/paperwork';
import type { TextTemplate } from '../../shared/domain/text-template';
import type { Programme, Team, TeamMember } from '../../shared/domain/programme';
import type { DocumentNumber, DocumentRender, Numbering } from '../../shared/domain/register';
import type { Regency } from '../../shared/domain/regency';
import type { TableMapping } from './table-mapping';

export type Mapping<T> = TableMapping<T>;

export * from './masterplan-mappings';

/** uid, created_at and updated_at, which every stored record has (see recordMeta in shared/domain/common.ts). */
const META = {
  uid: ['uid', 'text'],
  createdAt: ['created_at', 'text'],
  updatedAt: ['updated_at', 'text'],
} as const;

export const unitMapping: TableMapping<Unit> = {
  table: 'unit',
  key: 'id',
  orderBy: 'sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    kind: ['kind', 'text'],
    name: ['name', 'text'],
    shortName: ['short_name', 'text'],
    parentId: ['parent_id', 'int'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const personMapping: TableMapping<Person> = {
  table: 'person',
  key: 'id',
  orderBy: 'name COLLATE NOCASE, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    name: ['name', 'text'],
    frontTitle: ['front_title', 'text'],
    backTitle: ['back_title', 'text'],
    nip: ['nip', 'text'],
    niPppk: ['ni_pppk', 'text'],
    pangkat: ['pangkat', 'text'],
    phone: ['phone', 'text'],
    asn: ['is_asn', 'bool'],
    institution: ['institution', 'text'],
    gender: ['gender', 'text'],
    eselon: ['eselon', 'text'],
    isDemo: ['is_demo', 'bool'],
  },
};

export const positionMapping: TableMapping<Position> = {
  table: 'position',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    personId: ['person_id', 'int'],
    title: ['title', 'text'],
    withRegion: ['with_region', 'bool'],
    unitId: ['unit_id', 'int'],
    role: ['role', 'text'],
    status: ['status', 'text'],
    startDate: ['start_date', 'text'],
    endDate: ['end_date', 'text'],
  },
};

export const teamMapping: TableMapping<Team> = {
  table: 'team',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    kind: ['kind', 'text'],
    name: ['name', 'text'],
    skNumber: ['sk_number', 'text'],
    skDate: ['sk_date', 'text'],
    skTitle: ['sk_title', 'text'],
  },
};

export const teamMemberMapping: TableMapping<TeamMember> = {
  table: 'team_member',
  key: 'id',
  orderBy: 'team_id, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    teamId: ['team_id', 'int'],
    personId: ['person_id', 'int'],
    positionId: ['position_id', 'int'],
    role: ['role', 'text'],
    roleText: ['role_text', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const stageMapping: TableMapping<Stage> = {
  table: 'stage',
  key: 'number',
  orderBy: 'number',
  fields: {
    ...META,
    number: ['number', 'int'],
    title: ['title', 'text'],
    venueName: ['venue_name', 'text'],
    venueAddress: ['venue_address', 'text'],
    venueCity: ['venue_city', 'text'],
    mode: ['mode', 'text'],
    meetingLink: ['meeting_link', 'text'],
    agenda: ['agenda', 'json'],
    outputs: ['outputs', 'json'],
  },
};

export const stageFacilitatorMapping: TableMapping<StageFacilitator> = {
  table: 'stage_facilitator',
  key: 'id',
  orderBy: 'stage_number, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    stageNumber: ['stage_number', 'int'],
    personId: ['person_id', 'int'],
    role: ['role', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const stageDayMapping: TableMapping<StageDay> = {
  table: 'stage_day',
  key: 'id',
  orderBy: 'stage_number, date, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    stageNumber: ['stage_number', 'int'],
    date: ['date', 'text'],
    startTime: ['start_time', 'text'],
    endTime: ['end_time', 'text'],
    venue: ['venue', 'text'],
  },
};

/** attendedDayIds lives in the attendance table; the bimtek repository joins it. */
export const participantMapping: TableMapping<Omit<Participant, 'attendedDayIds'>> = {
  table: 'participant',
  key: 'id',
  orderBy: 'stage_number, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    stageNumber: ['stage_number', 'int'],
    personId: ['person_id', 'int'],
    positionId: ['position_id', 'int'],
    institution: ['institution', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const closureMapping: TableMapping<Omit<Closure, 'signatories'> & { id: number }> = {
  table: 'closure',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    date: ['date', 'text'],
    venue: ['venue', 'text'],
    place: ['place', 'text'],
    presidingPositionId: ['presiding_position_id', 'int'],
    firstPartyPositionId: ['first_party_position_id', 'int'],
    secondPartyPositionId: ['second_party_position_id', 'int'],
    commitmentTitle: ['commitment_title', 'text'],
    preamble: ['preamble', 'text'],
    points: ['points', 'json'],
    closingText: ['closing_text', 'text'],
    beritaAcaraTitle: ['berita_acara_title', 'text'],
    beritaAcaraPoints: ['berita_acara_points', 'json'],
    closingTime: ['closing_time', 'text'],
    copies: ['copies', 'int'],
  },
};

/** positionIds live in closure_signatory_position; the signatory repository joins them. */
export const closureSignatoryMapping: TableMapping<Omit<ClosureSignatory, 'positionIds'>> = {
  table: 'closure_signatory',
  key: 'id',
  orderBy: "CASE kind WHEN 'penandatangan' THEN 0 WHEN 'mengetahui' THEN 1 ELSE 2 END, sort_order, id",
  fields: {
    ...META,
    id: ['id', 'int'],
    personId: ['person_id', 'int'],
    kind: ['kind', 'text'],
    onBehalfOf: ['on_behalf_of', 'text'],
    byOrderOf: ['by_order_of', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const programmeMapping: TableMapping<Programme & { id: number }> = {
  table: 'programme',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    year: ['year', 'int'],
    name: ['name', 'text'],
    mouNumber: ['mou_number', 'text'],
    mouDate: ['mou_date', 'text'],
    mouPartner: ['mou_partner', 'text'],
  },
};

/** The logo is stored as a BLOB; the regency repository converts it to and from base64. */
export const regencyMapping: TableMapping<Omit<Regency, 'logo'> & { id: number }> = {
  table: 'regency',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    kind: ['kind', 'text'],
    name: ['name', 'text'],
    province: ['province', 'text'],
    capital: ['capital', 'text'],
    officeName: ['office_name', 'text'],
    address: ['address', 'text'],
    phone: ['phone', 'text'],
    fax: ['fax', 'text'],
    website: ['website', 'text'],
    email: ['email', 'text'],
    postalCode: ['postal_code', 'text'],
    regionCode: ['region_code', 'text'],
    tataNaskah: ['tata_naskah', 'json'],
  },
};

export const numberingMapping: TableMapping<Omit<Numbering, 'counters'> & { id: number }> = {
  table: 'numbering',
  key: 'id',
  orderBy: 'id',
  fields: { id: ['id', 'int'], template: ['template', 'text'], unitCode: ['unit_code', 'text'], kka: ['kka', 'json'] },
};

export const volumeMapping: TableMapping<Volume> = {
  table: 'mp_volume',
  key: 'id',
  orderBy: 'sort_order, id',
  fields: { ...META, id: ['id', 'int'], code: ['code', 'text'], title: ['title', 'text'], sortOrder: ['sort_order', 'int'] },
};

export const chapterMapping: TableMapping<Chapter> = {
  table: 'mp_chapter',
  key: 'id',
  orderBy: 'volume_id, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    volumeId: ['volume_id', 'int'],
    title: ['title', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const sectionMapping: TableMapping<Section> = {
  table: 'mp_section',
  key: 'id',
  orderBy: 'chapter_id, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    chapterId: ['chapter_id', 'int'],
    title: ['title', 'text'],
    body: ['body', 'text'],
    guidance: ['guidance', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const dimensionMapping: TableMapping<Dimension> = {
  table: 'mp_dimension',
  key: 'id',
  orderBy: 'sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    code: ['code', 'text'],
    name: ['name', 'text'],
    description: ['description', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const elementMapping: TableMapping<Element> = {
  table: 'mp_element',
  key: 'id',
  orderBy: 'dimension_id, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    dimensionId: ['dimension_id', 'int'],
    name: ['name', 'text'],
    description: ['description', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const readinessMapping: TableMapping<ReadinessNote> = {
  table: 'mp_readiness',
  key: 'id',
  orderBy: 'aspect, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    aspect: ['aspect', 'text'],
    dimensionId: ['dimension_id', 'int'],
    text: ['text', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

export const swotMapping: TableMapping<SwotItem> = {
  table: 'mp_swot',
  key: 'id',
  orderBy: 'dimension_id, kind, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    dimensionId: ['dimension_id', 'int'],
    kind: ['kind', 'text'],
    text: ['text', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

/** fundings, targets and budgets live in mp_programme_funding, _target and _budget; the repository joins them. */
export const programmeItemMapping: TableMapping<Omit<ProgrammeItem, ProgrammeLists>> = {
  table: 'mp_programme',
  key: 'id',
  orderBy: 'dimension_id, sort_order, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    code: ['code', 'text'],
    name: ['name', 'text'],
    description: ['description', 'text'],
    dimensionId: ['dimension_id', 'int'],
    elementId: ['element_id', 'int'],
    unitId: ['unit_id', 'int'],
    horizon: ['horizon', 'text'],
    startYear: ['start_year', 'int'],
    endYear: ['end_year', 'int'],
    isQuickWin: ['is_quick_win', 'bool'],
    indicator: ['indicator', 'text'],
    baseline: ['baseline', 'text'],
    rpjmdRef: ['rpjmd_ref', 'text'],
    renstraRef: ['renstra_ref', 'text'],
    enabler: ['enabler', 'text'],
    partners: ['partners', 'text'],
    risk: ['risk', 'text'],
    status: ['status', 'text'],
    sortOrder: ['sort_order', 'int'],
  },
};

/** The programme's list fields, each in its own child table. */
export type ProgrammeLists = 'fundings' | 'targets' | 'budgets';

export const documentNumberMapping: TableMapping<DocumentNumber> = {
  table: 'document_number',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    kind: ['kind', 'text'],
    subjectKey: ['subject_key', 'text'],
    year: ['year', 'int'],
    seq: ['seq', 'int'],
    number: ['number', 'text'],
    manual: ['manual', 'bool'],
    issuedAt: ['issued_at', 'text'],
    status: ['status', 'text'],
  },
};

export const documentRenderMapping: TableMapping<DocumentRender> = {
  table: 'document_render',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    numberId: ['number_id', 'int'],
    kind: ['kind', 'text'],
    subjectKey: ['subject_key', 'text'],
    format: ['format', 'text'],
    paper: ['paper', 'text'],
    sha256: ['sha256', 'text'],
    sizeBytes: ['size_bytes', 'int'],
    fileName: ['file_name', 'text'],
    createdAt: ['created_at', 'text'],
  },
};

export const planMapping: TableMapping<MasterplanPlan & { id: number }> = {
  table: 'mp_plan',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    title: ['title', 'text'],
    periodStart: ['period_start', 'int'],
    periodEnd: ['period_end', 'int'],
    vision: ['vision', 'text'],
    missions: ['missions', 'json'],
    legalBases: ['legal_bases', 'json'],
    horizons: ['horizons', 'json'],
    attachments: ['attachments', 'json'],
    prefaceDate: ['preface_date', 'text'],
    prefacePlace: ['preface_place', 'text'],
  },
};

/** What the Surat Undangan and the Laporan Pelaksanaan of one stage need beyond the stage itself (004). */
export const stagePaperworkMapping: TableMapping<StagePaperwork> = {
  table: 'stage_paperwork',
  key: 'stageNumber',
  orderBy: 'stage_number',
  fields: {
    ...META,
    stageNumber: ['stage_number', 'int'],
    invitation: ['invitation', 'json'],
    report: ['report', 'json'],
  },
};

/** The Keputusan Bupati forming the Dewan and the Tim Pelaksana: one row (004). */
export const decreeMapping: TableMapping<Decree & { id: number }> = {
  table: 'team_decree',
  key: 'id',
  orderBy: 'id',
  fields: {
    ...META,
    id: ['id', 'int'],
    considerations: ['considerations', 'json'],
    legalBases: ['legal_bases', 'json'],
    dewanTasks: ['dewan_tasks', 'json'],
    timTasks: ['tim_tasks', 'json'],
    place: ['place', 'text'],
    date: ['date', 'text'],
  },
};

/** The office's own wording of a document part (005). */
export const textTemplateMapping: TableMapping<TextTemplate> = {
  table: 'text_template',
  key: 'id',
  orderBy: 'kind, part, id',
  fields: {
    ...META,
    id: ['id', 'int'],
    kind: ['kind', 'text'],
    part: ['part', 'text'],
    text: ['text', 'text'],
  },
};
