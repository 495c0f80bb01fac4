// Demo data: the officials of Kabupaten Simalungun in 2021; real people from the news report, everyone else invented.
import type { PANGKAT_CODES } from '../../shared/format/pangkat';

type Pangkat = (typeof PANGKAT_CODES)[number];

export interface PersonRow {
  frontTitle: string | null;
  name: string;
  backTitle: string | null;
  nip: string | null;
  pangkat: Pangkat | null;
  /** Invented for the demo; false for the people named in the news report. */
  isDemo: boolean;
  /** False for people outside the civil service, who have an instansi instead. */
  asn?: boolean;
  institution?: string;
}

/**
 * An invented civil servant. The NIP is composed from its parts (8-6-1-3): birth date, TMT CPNS, sex (L = 1,
 * P = 2) and serial number, so that every NIP is internally consistent.
 */
function pns(
  frontTitle: string,
  name: string,
  backTitle: string,
  sex: 'L' | 'P',
  born: string,
  tmt: string,
  serial: number,
  pangkat: Pangkat,
): PersonRow {
  const nip = `${born}${tmt}${sex === 'L' ? '1' : '2'}${String(serial).padStart(3, '0')}`;
  return { frontTitle: frontTitle || null, name, backTitle: backTitle || null, nip, pangkat, isDemo: true };
}

/**
 * A person named in the news reports. Their NIP, pangkat and gelar are not public in the sources, so none are
 * invented: the documents show these people without NIP lines.
 */
function real(name: string, backTitle: string | null = null): PersonRow {
  return { frontTitle: null, name, backTitle, nip: null, pangkat: null, isDemo: false };
}

/** A person outside the civil service (academic, business, community, the ministry's facilitators). */
function guest(frontTitle: string, name: string, backTitle: string, institution: string, isDemo = true): PersonRow {
  return {
    frontTitle: frontTitle || null,
    name,
    backTitle: backTitle || null,
    nip: null,
    pangkat: null,
    isDemo,
    asn: false,
    institution,
  };
}

export const KOMINFO_RI = 'Kementerian Komunikasi dan Informatika Republik Indonesia';

/** Regional heads and the Sekretariat Daerah. */
export const LEADERS = {
  bupati: real('Radiapoh Hasiholan Sinaga', 'S.H.'),
  wabup: real('Zonny Waldi'),
  sekda: pns('Drs.', 'Mangasi Tua Purba', 'M.Si.', 'L', '19640905', '198903', 1, 'IV/d'),
  asisten1: pns('', 'Jalatua Saragih', 'S.H., M.Si.', 'L', '19660417', '199103', 2, 'IV/c'),
  asisten2: pns('Ir.', 'Bonar Lumbantobing', 'M.M.', 'L', '19650128', '199003', 3, 'IV/c'),
  asisten3: pns('', 'Dewi Sartika Sembiring', 'S.Sos., M.Si.', 'P', '19670803', '199203', 1, 'IV/b'),
  /** Staf Ahli Bupati Bidang Administrasi Umum, Plt. Kepala Diskominfo and ketua Tim Pelaksana (the news report). */
  wasin: real('Wasin Sinaga'),
  /** The ministry's representative who spoke at the closure (the news report); outside the regency's civil service. */
  fazrul: guest('', 'Fazrul Rozi', '', 'Kementerian Komunikasi dan Informatika Republik Indonesia', false),
} as const;

export const LEADER_TITLES = {
  bupati: 'Bupati Simalungun',
  wabup: 'Wakil Bupati Simalungun',
  sekda: 'Sekretaris Daerah Kabupaten Simalungun',
  asisten1: 'Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kabupaten Simalungun',
  asisten2: 'Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten Simalungun',
  asisten3: 'Asisten Administrasi Umum Sekretariat Daerah Kabupaten Simalungun',
  wasin: 'Staf Ahli Bupati Bidang Administrasi Umum',
  fazrul: 'Perwakilan Kementerian Komunikasi dan Informatika Republik Indonesia',
} as const;

/** Heads of OPD by unit key. The five Plt heads are the people named in the news report. */
export const HEADS: Record<string, { person: PersonRow; plt: boolean }> = {
  setwan: { person: pns('', 'Ramli Sipayung', 'S.Sos., M.AP', 'L', '19680517', '199203', 4, 'IV/b'), plt: false },
  inspektorat: { person: pns('Drs.', 'Hotman Marpaung', 'M.M.', 'L', '19660902', '199003', 2, 'IV/c'), plt: false },
  pendidikan: { person: pns('Dr.', 'Ester Rosmawati Saragih', 'M.Pd.', 'P', '19670221', '199103', 3, 'IV/c'), plt: false },
  kesehatan: { person: pns('dr.', 'Lindawati Purba', 'M.Kes.', 'P', '19700613', '199802', 2, 'IV/b'), plt: false },
  pupr: { person: pns('Ir.', 'Parlindungan Damanik', 'M.T.', 'L', '19650810', '199203', 1, 'IV/c'), plt: false },
  perkim: { person: pns('', 'Benny Hamonangan Sinaga', 'S.T., M.Si.', 'L', '19710426', '199703', 5, 'IV/b'), plt: false },
  sosial: { person: pns('Drs.', 'Jontar Girsang', '', 'L', '19661119', '199303', 3, 'IV/b'), plt: false },
  naker: { person: pns('', 'Rosdiana Sitorus', 'S.H., M.H.', 'P', '19690307', '199503', 2, 'IV/b'), plt: false },
  p3a: { person: real('Sri Wahyuni Damanik'), plt: true },
  ppkb: { person: pns('', 'Martua Siregar', 'S.Sos., M.Si.', 'L', '19680129', '199403', 6, 'IV/b'), plt: false },
  pangan: { person: pns('Ir.', 'Suhartono', '', 'L', '19650711', '199303', 2, 'IV/b'), plt: false },
  lh: { person: pns('', 'Januarti Simarmata', 'S.Hut., M.Si.', 'P', '19710105', '199803', 1, 'IV/b'), plt: false },
  dukcapil: { person: pns('', 'Riduan Saragih', 'S.Sos.', 'L', '19670623', '199001', 7, 'IV/b'), plt: false },
  pmn: { person: pns('Drs.', 'Sarmedi Sumbayak', 'M.AP', 'L', '19660314', '199203', 9, 'IV/c'), plt: false },
  dishub: { person: pns('', 'Marolop Sinurat', 'S.E., M.M.', 'L', '19700830', '199603', 2, 'IV/b'), plt: false },
  kominfo: { person: LEADERS.wasin, plt: true },
  koperasi: { person: pns('', 'Nurhayati Lubis', 'S.E., M.Si.', 'P', '19690918', '199503', 4, 'IV/b'), plt: false },
  dpmptsp: { person: pns('', 'Hendrik Rajagukguk', 'S.STP, M.AP', 'L', '19720412', '199509', 1, 'IV/b'), plt: false },
  pariwisata: { person: real('Jhonson Silalahi'), plt: true },
  perpustakaan: { person: real('Agustina Simanjorang'), plt: true },
  pertanian: { person: pns('Ir.', 'Dahler Tambak', 'M.P.', 'L', '19650216', '199103', 3, 'IV/c'), plt: false },
  peternakan: { person: pns('drh.', 'Mariani Tarigan', '', 'P', '19680704', '199603', 2, 'IV/b'), plt: false },
  perindag: { person: pns('', 'Sudarmo', 'S.E., M.M.', 'L', '19670915', '199203', 5, 'IV/b'), plt: false },
  satpolpp: { person: pns('', 'Roy Mangasi Purba', 'S.Sos., M.Si.', 'L', '19690521', '199303', 8, 'IV/b'), plt: false },
  bappeda: { person: pns('Ir.', 'Manaor Silitonga', 'M.Si.', 'L', '19640322', '199003', 1, 'IV/c'), plt: false },
  bpkad: { person: pns('', 'Elisabet Simanjuntak', 'S.E., M.Ak.', 'P', '19700224', '199603', 3, 'IV/b'), plt: false },
  bapenda: { person: pns('Drs.', 'Tumpak Sitanggang', 'M.Si.', 'L', '19661008', '199203', 4, 'IV/b'), plt: false },
  bkpsdm: { person: pns('', 'Rohani Munthe', 'S.Sos., M.AP', 'P', '19681212', '199403', 2, 'IV/b'), plt: false },
  bpbd: { person: pns('', 'Pardamean Siboro', 'S.T.', 'L', '19710701', '199703', 6, 'IV/b'), plt: false },
  kesbangpol: { person: real('Ronald Anderson Silalahi'), plt: true },
};

/** The second official of each OPD (Sekretaris, or Kepala Bagian for the Sekretariat DPRD), by unit key. */
export const SECONDS: Record<string, PersonRow> = {
  setwan: pns('', 'Tiurma Sidabutar', 'S.E.', 'P', '19760418', '200003', 3, 'III/d'),
  inspektorat: pns('', 'Juliper Purba', 'S.E., M.Si.', 'L', '19740609', '199903', 2, 'IV/a'),
  pendidikan: pns('', 'Marlina Saragih', 'S.Pd., M.Pd.', 'P', '19750812', '200003', 5, 'IV/a'),
  kesehatan: pns('', 'Hotma Uli Sirait', 'S.K.M., M.Kes.', 'P', '19780110', '200212', 4, 'III/d'),
  pupr: pns('', 'Edison Manik', 'S.T.', 'L', '19730925', '199903', 6, 'IV/a'),
  perkim: pns('', 'Rudy Hartono Napitupulu', 'S.T., M.T.', 'L', '19770303', '200312', 2, 'III/d'),
  sosial: pns('', 'Nelly Hutabarat', 'S.Sos.', 'P', '19740726', '199803', 7, 'III/d'),
  naker: pns('', 'Agus Salim Nasution', 'S.H.', 'L', '19760114', '200103', 3, 'III/d'),
  p3a: pns('', 'Rismauli Sinaga', 'S.Sos., M.Si.', 'P', '19750530', '199903', 4, 'IV/a'),
  ppkb: pns('', 'Wagiman', 'S.Sos.', 'L', '19720808', '199803', 9, 'IV/a'),
  pangan: pns('', 'Friska Damanik', 'S.P.', 'P', '19790219', '200412', 1, 'III/d'),
  lh: pns('', 'Poltak Sihombing', 'S.T., M.Si.', 'L', '19761027', '200203', 5, 'III/d'),
  dukcapil: pns('', 'Sri Handayani', 'S.E.', 'P', '19771105', '200203', 8, 'III/d'),
  pmn: pns('', 'Hasudungan Girsang', 'S.STP, M.Si.', 'L', '19800116', '200209', 2, 'III/d'),
  dishub: pns('', 'Darwin Sitinjak', 'S.H.', 'L', '19730412', '199903', 4, 'IV/a'),
  kominfo: pns('', 'Erni Sumbayak', 'S.Kom., M.Si.', 'P', '19780921', '200312', 3, 'III/d'),
  koperasi: pns('', 'Sutrisno', 'S.E.', 'L', '19740201', '199903', 6, 'IV/a'),
  dpmptsp: pns('', 'Lusiana Pakpahan', 'S.H., M.H.', 'P', '19790811', '200502', 2, 'III/d'),
  pariwisata: pns('', 'Jannes Sipayung', 'S.Sos.', 'L', '19750322', '200003', 7, 'III/d'),
  perpustakaan: pns('', 'Romauli Sitopu', 'S.Sos.', 'P', '19760705', '200103', 5, 'III/d'),
  pertanian: pns('Ir.', 'Hendra Saragih', '', 'L', '19710914', '199803', 3, 'IV/a'),
  peternakan: pns('', 'Rosmery Tambunan', 'S.Pt.', 'P', '19770128', '200203', 4, 'III/d'),
  perindag: pns('', 'Wahyudi', 'S.E., M.M.', 'L', '19780306', '200312', 6, 'III/d'),
  satpolpp: pns('', 'Saut Parulian Simbolon', 'S.H.', 'L', '19740915', '200003', 2, 'III/d'),
  bappeda: pns('', 'Christina Purba', 'S.E., M.Si.', 'P', '19750423', '199903', 8, 'IV/a'),
  bpkad: pns('', 'Ferdinan Sinaga', 'S.E., Ak.', 'L', '19760612', '200103', 1, 'IV/a'),
  bapenda: pns('', 'Yusnidar Harahap', 'S.E.', 'P', '19780804', '200303', 5, 'III/d'),
  bkpsdm: pns('', 'Amran Syahputra Damanik', 'S.STP, M.AP', 'L', '19810119', '200309', 3, 'III/d'),
  bpbd: pns('', 'Tonggo Manurung', 'S.Sos.', 'L', '19730219', '199903', 9, 'III/d'),
  kesbangpol: pns('', 'Mariana Ginting', 'S.Sos.', 'P', '19770909', '200203', 2, 'III/d'),
};

/** Kepala Bidang who work on the programme day to day: four in Diskominfo, one in Bappeda. */
export const KABID: { key: string; unitKey: string; title: string; person: PersonRow }[] = [
  {
    key: 'kominfo-ikp',
    unitKey: 'kominfo',
    title: 'Kepala Bidang Informasi dan Komunikasi Publik Dinas Komunikasi dan Informatika Kabupaten Simalungun',
    person: pns('', 'Daniel Purba', 'S.Sos.', 'L', '19790517', '200503', 4, 'III/d'),
  },
  {
    key: 'kominfo-aptika',
    unitKey: 'kominfo',
    title: 'Kepala Bidang Aplikasi Informatika Dinas Komunikasi dan Informatika Kabupaten Simalungun',
    person: pns('', 'Ricky Damanik', 'S.Kom., M.Kom.', 'L', '19830727', '200812', 2, 'III/d'),
  },
  {
    key: 'kominfo-tik',
    unitKey: 'kominfo',
    title: 'Kepala Bidang Infrastruktur Teknologi Informasi dan Komunikasi Dinas Komunikasi dan Informatika Kabupaten Simalungun',
    person: pns('', 'Jefri Sinaga', 'S.T.', 'L', '19800930', '200503', 7, 'III/d'),
  },
  {
    key: 'kominfo-statistik',
    unitKey: 'kominfo',
    title: 'Kepala Bidang Statistik dan Persandian Dinas Komunikasi dan Informatika Kabupaten Simalungun',
    person: pns('', 'Ade Irma Saragih', 'S.Si.', 'P', '19810302', '200603', 5, 'III/d'),
  },
  {
    key: 'bappeda-ppe',
    unitKey: 'bappeda',
    title:
      'Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah Badan Perencanaan Pembangunan Daerah Kabupaten Simalungun',
    person: pns('', 'Susi Ratnasari Sinaga', 'S.E., M.Si.', 'P', '19790614', '200502', 3, 'IV/a'),
  },
];

/** Camat by kecamatan name (every one of the 32). */
export const CAMAT: Record<string, PersonRow> = {
  Bandar: pns('', 'Erwin Sembiring', 'S.STP, M.Si.', 'L', '19800305', '200209', 1, 'IV/a'),
  'Bandar Huluan': pns('', 'Sahat Nainggolan', 'S.Sos.', 'L', '19750611', '200003', 3, 'III/d'),
  'Bandar Masilam': pns('', 'Muhammad Rizal Lubis', 'S.IP', 'L', '19780922', '200303', 4, 'III/d'),
  'Bosar Maligas': pns('', 'Jhoni Sianturi', 'S.H., M.H.', 'L', '19740107', '199903', 8, 'IV/b'),
  'Dolog Masagal': pns('', 'Resmina Saragih', 'S.Sos.', 'P', '19760220', '200103', 6, 'III/d'),
  'Dolok Batu Nanggar': pns('', 'Ahmad Fauzi Siregar', 'S.STP', 'L', '19820418', '200409', 2, 'III/d'),
  'Dolok Panribuan': pns('', 'Golden Sitio', 'S.Sos., M.AP', 'L', '19730815', '199803', 5, 'IV/a'),
  'Dolok Pardamean': pns('', 'Lamhot Sidabariba', 'S.H.', 'L', '19770512', '200203', 7, 'III/d'),
  'Dolok Silau': pns('', 'Juniar Purba', 'S.Pd.', 'P', '19780603', '200312', 3, 'III/d'),
  'Girsang Sipangan Bolon': pns('', 'Frans Rizal Haloho', 'S.STP, M.Si.', 'L', '19810909', '200309', 4, 'IV/a'),
  'Gunung Malela': pns('', 'Suryadi', 'S.Sos.', 'L', '19741230', '199903', 9, 'IV/a'),
  'Gunung Maligas': pns('', 'Ratna Dewi Simangunsong', 'S.E.', 'P', '19790125', '200403', 2, 'III/d'),
  'Haranggaol Horison': pns('', 'Pintor Sigalingging', 'S.Sos.', 'L', '19760716', '200103', 8, 'III/d'),
  Hatonduhan: pns('', 'Kristian Damanik', 'S.STP', 'L', '19830111', '200509', 1, 'III/d'),
  'Huta Bayu Raja': pns('', 'Bambang Irawan', 'S.E., M.M.', 'L', '19750808', '200003', 6, 'IV/a'),
  'Jawa Maraja Bah Jambi': pns('', 'Siti Aisyah Nasution', 'S.Sos.', 'P', '19770327', '200203', 5, 'III/d'),
  'Jorlang Hataran': pns('', 'Hotbin Sinaga', 'S.H., M.H.', 'L', '19730504', '199803', 4, 'IV/a'),
  Panei: pns('', 'Mardiana Saragih', 'S.STP', 'P', '19820707', '200409', 3, 'III/d'),
  'Panombeian Panei': pns('', 'Josua Sitorus', 'S.IP', 'L', '19781119', '200312', 7, 'III/d'),
  'Pematang Bandar': pns('', 'Rahmad Hidayat', 'S.Sos.', 'L', '19760121', '200103', 2, 'III/d'),
  'Pematang Sidamanik': pns('', 'Eva Rosalina Purba', 'S.E.', 'P', '19791012', '200403', 4, 'III/d'),
  'Pematang Silimahuta': pns('', 'Bonifasius Girsang', 'S.Sos.', 'L', '19740223', '199903', 5, 'IV/a'),
  Purba: pns('', 'Rinto Purba Tambak', 'S.STP, M.AP', 'L', '19800614', '200209', 6, 'IV/a'),
  Raya: pns('', 'Hendra Damanik', 'S.STP, M.Si.', 'L', '19790420', '200109', 3, 'IV/a'),
  'Raya Kahean': pns('', 'Sumihar Sipayung', 'S.Sos.', 'L', '19750927', '200003', 8, 'III/d'),
  Siantar: pns('', 'Dedy Syahputra', 'S.STP, M.Si.', 'L', '19810503', '200309', 7, 'IV/a'),
  Sidamanik: pns('', 'Lestari Sinaga', 'S.Sos., M.Si.', 'P', '19771208', '200203', 4, 'III/d'),
  Silimakuta: pns('', 'Anton Sumbayak', 'S.H.', 'L', '19760811', '200103', 3, 'III/d'),
  'Silou Kahean': pns('', 'Paian Saragih', 'S.Sos.', 'L', '19730318', '199803', 6, 'III/d'),
  'Tanah Jawa': pns('', 'Kurniawan Harahap', 'S.STP, M.AP', 'L', '19820126', '200409', 5, 'IV/a'),
  'Tapian Dolok': pns('', 'Hamidah Pane', 'S.Sos.', 'P', '19780412', '200303', 2, 'III/d'),
  'Ujung Padang': pns('', 'Ruslan Tarigan', 'S.E.', 'L', '19741104', '199903', 3, 'IV/a'),
};

/** Participants from outside the government, with the institution printed on the attendance list. */
export const GUESTS: { key: string; institution: string; person: PersonRow }[] = [
  { key: 'akademisi', institution: 'Universitas Simalungun', person: guest('Dr.', 'Rosnida Saragih', 'M.Si.', 'Universitas Simalungun') },
  { key: 'umkm', institution: 'Forum UMKM Kabupaten Simalungun', person: guest('', 'Hendrawan Purba', '', 'Forum UMKM Kabupaten Simalungun') },
  {
    key: 'komunitas',
    institution: 'Relawan TIK Kabupaten Simalungun',
    person: guest('', 'Yohana Situmorang', 'S.Kom.', 'Relawan TIK Kabupaten Simalungun'),
  },
  /** Invented facilitators of the ministry, alongside the one named in the news report. */
  {
    key: 'ta-ratna',
    institution: KOMINFO_RI,
    person: guest('', 'Ratna Kusumaningrum', 'S.T., M.T.', KOMINFO_RI),
  },
  {
    key: 'ta-yudha',
    institution: KOMINFO_RI,
    person: guest('', 'Yudha Prasetya', 'S.Kom.', KOMINFO_RI),
  },
];

/** Kecamatan whose camat was represented by a Plh. at the closure (invented). */
export const PLH_CAMAT: readonly string[] = ['Dolok Silau'];

/** Heads of units under another unit (invented). */
export const UPTD_HEAD = pns('', 'Benny Andreas Girsang', 'S.T.', 'L', '19830214', '200902', 4, 'III/c');
export const KABAG_ORGANISASI = pns('', 'Lusiana Damanik', 'S.E., M.A.P.', 'P', '19800710', '200501', 2, 'III/d');
