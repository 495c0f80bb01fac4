// The data each document builder receives: domain records already resolved (people with their positions and
// units, stages with their days), so builders are pure functions from plain data to a DocumentModel.
import type { Closure } from '../domain/closure';
import type { DimensionCode, Horizon, ReadinessAspect, VolumeCode } from '../domain/masterplan';
import type { PositionRole, PositionStatus, UnitKind } from '../domain/organisation';
import type { PangkatCode } from '../format/pangkat';
import type { PaperSize } from '../document/model';
import type { Programme } from '../domain/programme';
import type { Regency } from '../domain/regency';

export interface FacilitatorInfo {
  name: string;
  institution: string;
}

export interface Agenda {
  time: string | null;
  text: string;
}

/** A person in one of their positions. */
export interface Official {
  personId: number;
  positionId: number;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  nip: string | null;
  niPppk: string | null;
  pangkat: PangkatCode | null;
  /** Jabatan as printed, e.g. "Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun". */
  title: string;
  role: PositionRole;
  status: PositionStatus;
  unitName: string | null;
  unitKind: UnitKind | null;
}

export interface Signatory extends Official {
  kind: 'penandatangan' | 'mengetahui';
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
}

export interface StageSummary {
  number: 1 | 2 | 3 | 4;
  title: string;
  venue: string | null;
  /** ISO dates, ascending. */
  dates: string[];
  facilitators: FacilitatorInfo[];
  agenda: Agenda[];
  outputs: string[];
  participantCount: number;
}

export interface BeritaAcaraData extends DocumentBase {
  closure: Omit<Closure, 'signatories' | 'presidingPositionId'>;
  presiding: Official | null;
  /** How many signed the commitment sheet. */
  commitmentSigners: number;
  stages: StageSummary[];
  signatories: Signatory[];
  mengetahui: Signatory[];
}

export interface KomitmenData extends DocumentBase {
  closure: Omit<Closure, 'signatories' | 'presidingPositionId'>;
  signatories: Signatory[];
  mengetahui: Signatory[];
  layout: 'table' | 'grid';
}

export interface AttendanceRow {
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  nip: string | null;
  niPppk: string | null;
  jabatan: string | null;
  instansi: string | null;
}

export interface DaftarHadirData extends DocumentBase {
  stage: StageSummary;
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

export interface MasterplanProgrammeRow {
  name: string;
  description: string | null;
  dimensionCode: DimensionCode;
  dimensionName: string;
  elementName: string | null;
  unitName: string | null;
  horizon: Horizon;
  startYear: number;
  endYear: number;
  budgetEstimate: number | null;
  budgetSource: string | null;
  isQuickWin: boolean;
}

export interface MasterplanData extends DocumentBase {
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
  /** Kata pengantar signers: the Bupati and the ketua Tim Pelaksana, when known. */
  bupati: Official | null;
  ketuaTimPelaksana: Official | null;
}
