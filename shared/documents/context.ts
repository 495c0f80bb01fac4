// The data each document builder receives: domain records already resolved (people with their positions and
// units, stages with their days), so builders are pure functions from plain data to a DocumentModel.
import type { VenueMode } from '../domain/bimtek';
import type { Closure, SignatoryKind } from '../domain/closure';
import type { DimensionCode, MasterplanPlan, ReadinessAspect, VolumeCode } from '../domain/masterplan';
import type {
  MasterplanApplicationRow,
  MasterplanElementGapRow,
  MasterplanGoalRow,
  MasterplanMonitoringRow,
  MasterplanProgrammeRow,
  MasterplanQuickWinRow,
  MasterplanReadinessScoreRow,
  MasterplanRegulationRow,
  MasterplanStatisticRow,
  MasterplanStrategyRow,
} from './context-masterplan';
import type { PositionRole, PositionStatus, UnitKind } from '../domain/organisation';
import type { PangkatCode } from '../format/pangkat';
import type { ImageData, PaperSize } from '../document/model';
import type { Programme, TeamKind } from '../domain/programme';
import type { Regency } from '../domain/regency';
import type { Decree, Invitation, StageReport } from '../domain/paperwork';

// The masterplan's row types live in context-masterplan.ts; re-exported so imports of './context' keep working.
export type * from './context-masterplan';

/** A facilitator of a stage: a person (often outside the civil service) with their instansi and role there. */
export interface FacilitatorInfo {
  /** The name as printed (printedName). */
  name: string;
  institution: string | null;
  role: string | null;
}

export interface Agenda {
  time: string | null;
  text: string;
}

/** One position an official acts in, as far as Pasal 44 and the instansi need it. */
export interface OfficialPosition {
  positionId: number;
  role: PositionRole;
  status: PositionStatus;
  unitName: string | null;
  unitKind: UnitKind | null;
}

/** The identity fields of a person every document prints the same way. */
export interface PersonIdentity {
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  nip: string | null;
  niPppk: string | null;
  pangkat: PangkatCode | null;
  /** False for people outside the civil service: never a NIP or pangkat line. */
  asn: boolean;
}

/** A person acting in one or more of their positions. */
export interface Official extends PersonIdentity {
  personId: number;
  /** Instansi of the person (a ministry, a university), apart from any unit. */
  institution: string | null;
  /**
   * The jabatan as printed, computed once (formatJabatan / joinJabatan with the regency): "Kepala Dinas Pariwisata
   * dan Plt. Kepala Dinas Perpustakaan dan Kearsipan". Every document and every layout prints this string.
   */
  jabatan: string;
  /** The positions in printed order (at least one). */
  positions: OfficialPosition[];
}

export interface Signatory extends Official {
  kind: SignatoryKind;
  /** a.n.: the office signed for. */
  onBehalfOf: string | null;
  /** u.b.: the intermediate office. */
  byOrderOf: string | null;
}

/** What every document shares: the regency (kop, Tata Naskah), the programme, paper and time of making. */
export interface DocumentBase {
  regency: Regency;
  programme: Programme;
  /** Paper for this render; defaults to the regency's Tata Naskah profile. */
  paper: PaperSize;
  /** The document number after "NOMOR:", or null when the document carries none. */
  number: string | null;
  /** ISO date-time of rendering, for metadata. */
  createdAt: string;
  /** The office's own wording of document prose, by "kind.part" (text-templates.ts); absent parts print the default. */
  texts?: Readonly<Record<string, string>>;
}

export interface StageSummary {
  number: 1 | 2 | 3 | 4;
  title: string;
  /** The venue as printed (formatVenue): name, address, city, and the link of a daring or hybrid stage. */
  venue: string | null;
  venueName: string | null;
  venueAddress: string | null;
  venueCity: string | null;
  mode: VenueMode;
  meetingLink: string | null;
  /** ISO dates, ascending. */
  dates: string[];
  facilitators: FacilitatorInfo[];
  agenda: Agenda[];
  outputs: string[];
  participantCount: number;
}

/** The closure as the documents read it: the people it refers to are resolved apart. */
export type ClosureFacts = Omit<
  Closure,
  'signatories' | 'presidingPositionId' | 'firstPartyPositionId' | 'secondPartyPositionId' | 'uid' | 'createdAt' | 'updatedAt'
>;

export interface BeritaAcaraData extends DocumentBase {
  closure: ClosureFacts;
  /** The official who presided over the closure, named apart from the signers. */
  presiding: Official | null;
  /** Pihak Pertama and Pihak Kedua; when either is missing the berita acara is signed as before (see signatories). */
  firstParty: Official | null;
  secondParty: Official | null;
  /** How many signed the commitment sheet. */
  commitmentSigners: number;
  stages: StageSummary[];
  /** Signers when no two parties are recorded (older data): the presiding official, else the ketua Tim Pelaksana. */
  signatories: Signatory[];
  /** The berita acara's own "Mengetahui" (kind mengetahui_berita_acara). */
  mengetahui: Signatory[];
}

export interface KomitmenData extends DocumentBase {
  closure: ClosureFacts;
  signatories: Signatory[];
  mengetahui: Signatory[];
  layout: 'table' | 'grid';
}

export interface AttendanceRow extends PersonIdentity {
  /** The printed jabatan (the same string the commitment sheet prints for this person), or null. */
  jabatan: string | null;
  /** The participant's own instansi, else the person's, else the position's unit. */
  instansi: string | null;
  /** Positions behind the jabatan, for Pasal 44 (no NIP for the regional heads and the Sekda). */
  positions: Pick<OfficialPosition, 'role' | 'status'>[];
}

export interface DaftarHadirData extends DocumentBase {
  stage: StageSummary;
  /** venue: the place as printed (formatVenue: the day's own venue, else the stage's, with the link when daring). */
  day: { date: string; startTime: string | null; endTime: string | null; venue: string | null };
  participants: AttendanceRow[];
  /** The official who signs "Mengetahui" under the list (usually the Kepala Dinas Kominfo). */
  mengetahui: Signatory | null;
}

export interface MasterplanSectionData {
  id: number;
  title: string;
  body: string;
  guidance: string | null;
}

export interface MasterplanChapterData {
  id: number;
  title: string;
  sections: MasterplanSectionData[];
}

export interface MasterplanVolumeData {
  code: VolumeCode;
  title: string;
  chapters: MasterplanChapterData[];
}

/** A member of the Dewan or the Tim as printed: name, jabatan and role in the body. */
export interface TeamMemberRow {
  name: string;
  jabatan: string | null;
  /** memberRoleText: "Ketua", "Ketua Harian", or the office's own words. */
  role: string;
}

export interface TeamData {
  kind: TeamKind;
  name: string;
  skNumber: string | null;
  skDate: string | null;
  skTitle: string | null;
  members: TeamMemberRow[];
}

/** The masterplan's own facts: title, period, visi, misi, dasar hukum, horizons, lampiran. */
export type MasterplanPlanData = Omit<MasterplanPlan, 'uid' | 'createdAt' | 'updatedAt'>;

export interface MasterplanData extends DocumentBase {
  plan: MasterplanPlanData;
  /** The four Bimtek stages, for the methodology. */
  stages: StageSummary[];
  /** The Dewan Smart City and the Tim Pelaksana, for the institutional chapter. */
  teams: TeamData[];
  volumes: MasterplanVolumeData[];
  dimensions: {
    code: DimensionCode;
    name: string;
    description: string | null;
    elements: { name: string; description: string | null }[];
  }[];
  readiness: { aspect: ReadinessAspect; dimensionName: string | null; text: string }[];
  swot: { dimensionCode: DimensionCode; kind: 'S' | 'W' | 'O' | 'T'; text: string }[];
  programmes: MasterplanProgrammeRow[];
  /** The books' analysis records (schema 007), names resolved; empty lists when none is entered. */
  statistics: MasterplanStatisticRow[];
  regulations: MasterplanRegulationRow[];
  applications: MasterplanApplicationRow[];
  readinessScores: MasterplanReadinessScoreRow[];
  elementGaps: MasterplanElementGapRow[];
  goals: MasterplanGoalRow[];
  strategies: MasterplanStrategyRow[];
  monitoring: MasterplanMonitoringRow[];
  /** In programme order. */
  quickWins: MasterplanQuickWinRow[];
  /** Kata pengantar signers: the Bupati and the ketua Tim Pelaksana, when known. */
  bupati: Official | null;
  ketuaTimPelaksana: Official | null;
}

/** One day of a stage as the invitation and the report print it. */
export interface StageDayInfo {
  date: string;
  startTime: string | null;
  endTime: string | null;
  /** The day's venue as printed (the day's own, else the stage's). */
  venue: string | null;
}

/** Surat Undangan of one Bimtek stage (naskah dinas korespondensi). */
export interface InvitationData extends DocumentBase {
  stage: StageSummary;
  days: StageDayInfo[];
  invitation: Omit<Invitation, 'inviteePositionIds' | 'signerPositionId' | 'signerOnBehalfOf'>;
  /** Who is invited, in order: the chosen positions, else every head of an OPD and every camat. */
  invitees: Official[];
  /** Who signs, with a.n. when signing for the Bupati; null when nobody is known. */
  signer: Signatory | null;
}

/** Keputusan Bupati forming the Dewan Smart City and the Tim Pelaksana (naskah dinas penetapan). */
export interface DecreeData extends DocumentBase {
  decree: Omit<Decree, 'uid' | 'createdAt' | 'updatedAt'>;
  dewan: TeamData | null;
  tim: TeamData | null;
  /** The Bupati who decides; signs without gelar (Pasal 44(1)). */
  bupati: Official | null;
}

/** Participants of a stage counted per instansi, registered and present on each day. */
export interface ParticipantCount {
  instansi: string;
  registered: number;
  /** Present per day, in the order of the stage's days. */
  present: number[];
}

/** Laporan Pelaksanaan of one Bimtek stage. */
export interface StageReportData extends DocumentBase {
  stage: StageSummary;
  days: StageDayInfo[];
  report: StageReport;
  participants: ParticipantCount[];
  /** Whether attendance was recorded at all (otherwise only registrations are counted). */
  attendanceKnown: boolean;
  teams: TeamData[];
  /** Signs the report. */
  ketuaTimPelaksana: Official | null;
  /** Documentation photos in print order (stored already scaled; the bytes travel to the render worker as they are). */
  photos: StagePhotoData[];
}

/** One documentation photo of a stage. */
export interface StagePhotoData {
  caption: string;
  image: ImageData;
  width: number;
  height: number;
}
