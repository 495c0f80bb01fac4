// Builder inputs for tests: the real demo programme loaded from a real database file, and small hand-made
// officials and profiles for edge cases (regional heads, Plt./Pj., NI PPPK, long names, empty optional fields).
import { demoBundle } from '../../electron/demo/simalungun-2021';
import { contextLoader } from '../../electron/documents/context-loader';
import type {
  BeritaAcaraData,
  DaftarHadirData,
  KomitmenData,
  MasterplanData,
  Official,
  Signatory,
} from '../../shared/documents/context';
import type { PositionRole, PositionStatus, UnitKind } from '../../shared/domain/organisation';
import type { Regency } from '../../shared/domain/regency';
import { formatJabatan } from '../../shared/format/jabatan';
import { FIXED_NOW, openTempDatabase } from './temp-db';

export type Contexts = ReturnType<typeof contextLoader>;

/** Loads the demo programme into a fresh database file and returns its context loader (close removes the file). */
export async function demoContexts(): Promise<{ contexts: Contexts; close: () => void }> {
  const db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  return { contexts: contextLoader(db.services.repos, () => FIXED_NOW), close: db.close };
}

/** Every builder input of the demo, as the document service would load it (berita acara numbered). */
export interface DemoDocumentData {
  beritaAcara: BeritaAcaraData;
  komitmen: KomitmenData;
  komitmenGrid: KomitmenData;
  /** Bimtek IV, day 2: the closing day. */
  daftarHadir: DaftarHadirData;
  masterplan: MasterplanData;
}

export function demoDocumentData(contexts: Contexts): DemoDocumentData {
  return {
    beritaAcara: contexts.beritaAcara(undefined, '000.1.5/1/107.1/2021'),
    komitmen: contexts.komitmen(undefined, null, 'table'),
    komitmenGrid: contexts.komitmen(undefined, null, 'grid'),
    daftarHadir: contexts.daftarHadir(undefined, null, 4, 2),
    masterplan: contexts.masterplan(undefined),
  };
}

let nextId = 1000;

/** An official described the short way: one position by its title, role and status (or the full `positions`). */
export interface OfficialSpec extends Partial<Official> {
  title?: string;
  role?: PositionRole;
  status?: PositionStatus;
  unitName?: string | null;
  unitKind?: UnitKind | null;
}

/** A Kepala Dinas with gelar, pangkat IV/b and a valid NIP; override what the case needs. */
export function official(spec: OfficialSpec = {}): Official {
  const id = nextId++;
  const {
    title = 'Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun',
    role = 'kepala_opd',
    status = 'definitif',
    unitName = 'Dinas Komunikasi dan Informatika',
    unitKind = 'dinas',
    ...rest
  } = spec;
  return {
    personId: id,
    name: 'Nama Pejabat',
    frontTitle: 'Drs.',
    backTitle: 'M.Si.',
    nip: '197001011995031001',
    niPppk: null,
    pangkat: 'IV/b',
    asn: true,
    institution: null,
    jabatan: formatJabatan({ title, status }),
    positions: [{ positionId: id, role, status, unitName, unitKind }],
    ...rest,
  };
}

export function signatory(spec: OfficialSpec & Partial<Signatory> = {}): Signatory {
  const { kind = 'penandatangan', onBehalfOf = null, byOrderOf = null, ...rest } = spec;
  return { ...official(rest), kind, onBehalfOf, byOrderOf };
}

export function bupati(spec: OfficialSpec = {}): Official {
  return official({
    name: 'Radiapoh Hasiholan Sinaga',
    frontTitle: null,
    backTitle: 'S.H.',
    nip: null,
    pangkat: null,
    title: 'Bupati Simalungun',
    role: 'bupati',
    unitName: null,
    unitKind: null,
    ...spec,
  });
}

/** A Pj. Bupati is a senior civil servant with gelar, NIP and pangkat, none of which he signs with (Pasal 44(4)). */
export function pjBupati(spec: OfficialSpec = {}): Official {
  return official({
    name: 'Nama Penjabat Bupati',
    frontTitle: 'Dr.',
    backTitle: 'M.Si.',
    pangkat: 'IV/d',
    title: 'Bupati Simalungun',
    role: 'bupati',
    status: 'pj',
    unitName: null,
    unitKind: null,
    ...spec,
  });
}

export function pltKadis(spec: OfficialSpec = {}): Official {
  return official({ name: 'Wasin Sinaga', frontTitle: null, backTitle: null, status: 'plt', ...spec });
}

/** A PPPK with an NI PPPK instead of a NIP, and no pangkat. */
export function pppkOfficial(spec: OfficialSpec = {}): Official {
  return official({
    name: 'Rina Purba',
    frontTitle: null,
    backTitle: 'S.Kom.',
    nip: null,
    niPppk: '198501012022212001',
    pangkat: null,
    title: 'Pranata Komputer Ahli Pertama Dinas Komunikasi dan Informatika Kabupaten Simalungun',
    role: 'lainnya',
    ...spec,
  });
}

/** Someone outside the civil service: a ministry facilitator with an instansi and no NIP or pangkat. */
export function externalOfficial(spec: OfficialSpec = {}): Official {
  return official({
    name: 'Fazrul Rozi',
    frontTitle: null,
    backTitle: null,
    nip: null,
    pangkat: null,
    asn: false,
    institution: 'Kementerian Komunikasi dan Informatika',
    title: 'Fasilitator Gerakan Menuju Smart City',
    role: 'lainnya',
    unitName: null,
    unitKind: null,
    ...spec,
  });
}

/** Every optional field empty: no gelar, identifier, pangkat or unit. */
export function bareOfficial(spec: OfficialSpec = {}): Official {
  return official({
    name: 'Tanpa Keterangan',
    frontTitle: null,
    backTitle: null,
    nip: null,
    niPppk: null,
    pangkat: null,
    title: 'Tenaga Ahli',
    role: 'lainnya',
    unitName: null,
    unitKind: null,
    ...spec,
  });
}

const LONG_TITLES = [
  'Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Simalungun',
  'Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Simalungun',
  'Camat Pamatang Sidamanik',
  'Staf Ahli Bupati Bidang Ekonomi, Keuangan, Pembangunan dan Kemasyarakatan',
];

/** `count` signatories with long names, gelar and jabatan; every fifth is Plt., every seventh PPPK, every eleventh bare. */
export function longSignatories(count: number): Signatory[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const serial = String((i % 999) + 1).padStart(3, '0');
    const base: OfficialSpec = {
      name: `Penandatangan Ke-${n} Dengan Nama Lengkap Yang Cukup Panjang Sekali`,
      frontTitle: n % 2 ? 'Prof. Dr. Ir.' : null,
      backTitle: n % 3 ? 'S.E., M.Si., Ak., CA.' : 'S.H., M.H.',
      nip: `19700101199503${n % 2 ? 1 : 2}${serial}`,
      title: LONG_TITLES[i % LONG_TITLES.length]!,
      status: n % 5 === 0 ? 'plt' : 'definitif',
    };
    if (n % 7 === 0) Object.assign(base, { nip: null, niPppk: `19850101202221${n % 2 ? 1 : 2}${serial}`, pangkat: null });
    if (n % 11 === 0) Object.assign(base, { nip: null, niPppk: null, pangkat: null, frontTitle: null, backTitle: null });
    return signatory(base);
  });
}

/** The profile with only its required fields: no telephone, fax, website, e-mail, postcode or logo. */
export function bareRegency(regency: Regency): Regency {
  return {
    ...regency,
    phone: null,
    fax: null,
    website: null,
    email: null,
    postalCode: null,
    logo: null,
    tataNaskah: { ...regency.tataNaskah, letterheadLines: [] },
  };
}
