// A rich, invented programme that uses everything the v2 model can hold, for the cross-document test: a WITA
// regency; a Wasin-style signatory in two positions ("Kepala Dinas Pariwisata dan Plt. Kepala Dinas Perpustakaan dan
// Kearsipan"); a Plh.; a Sekda with NIP and pangkat (Pasal 44: neither may print); a Bupati outside the civil
// service; a ministry facilitator without NIP; a UPTD under a dinas; "dr." beside "Dr."; a long name with gelar; a
// jabatan wider than any column; é ’ – in names and titles. Every person carries the strings a reader must find
// wherever they appear, written out by hand (not computed by the code under test).
import { contextLoader, type DocumentRepositories, type ReadRepository } from '../../electron/documents/context-loader';
import { bundleSchema, BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleInput } from '../../shared/domain/bundle';
import { standardMasterplan } from '../../shared/masterplan/standard-skeleton';
import { FIXED_NOW } from './temp-db';

/** What every document must print for a person, exactly. */
export interface ExpectedPrint {
  key: string;
  /** The name as printed ('as_recorded': as typed, with gelar unless Pasal 44(4)–(5) drops it). */
  name: string;
  /** The bare name, to catch a variant of it (capitals, a gelar dropped or added). */
  core: string;
  /** "19700101 199503 1 001", or null when no document may print any NIP for the person. */
  nip: string | null;
  /** NIP digits recorded but never to be printed (Pasal 44), to catch a stray NIP. */
  hiddenNip: string | null;
  /** The pangkat line, or null; `hiddenPangkat` must never print. */
  pangkat: string | null;
  hiddenPangkat: string | null;
  /** The jabatan as printed in running text and tables; signature blocks print it in capitals (Plt. kept). */
  jabatan: string;
  /** Each position's own jabatan without its prefix: may appear only inside `jabatan`. */
  parts: string[];
}

interface PersonSpec {
  key: string;
  name: string;
  frontTitle?: string | null;
  backTitle?: string | null;
  nip?: string | null;
  niPppk?: string | null;
  pangkat?: string | null;
  asn?: boolean;
  institution?: string | null;
  positions: { title: string; role: string; status?: string; unit?: string | null; withRegion?: boolean }[];
  expected: Omit<ExpectedPrint, 'key' | 'core'>;
}

const UNITS = [
  { key: 'setda', kind: 'sekretariat', name: 'Sekretariat Daerah', parent: null },
  { key: 'kominfo', kind: 'dinas', name: 'Dinas Komunikasi dan Informatika', parent: null },
  { key: 'pariwisata', kind: 'dinas', name: 'Dinas Pariwisata', parent: null },
  { key: 'perpustakaan', kind: 'dinas', name: 'Dinas Perpustakaan dan Kearsipan', parent: null },
  {
    key: 'bappelitbangda',
    kind: 'badan',
    name: 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah',
    parent: null,
  },
  { key: 'dinkes', kind: 'dinas', name: 'Dinas Kesehatan', parent: null },
  { key: 'uptd', kind: 'uptd', name: 'UPTD Laboratorium Kesehatan Daerah', parent: 'dinkes' },
  { key: 'kec-likupang', kind: 'kecamatan', name: 'Kecamatan Likupang Timur', parent: null },
] as const;

export const RICH_PEOPLE: PersonSpec[] = [
  {
    key: 'bupati',
    name: 'Joune Ganda',
    backTitle: 'S.E., M.A.P., M.M., M.Si.',
    asn: false,
    positions: [{ title: 'Bupati Minahasa Utara', role: 'bupati' }],
    expected: {
      name: 'Joune Ganda, S.E., M.A.P., M.M., M.Si.',
      nip: null,
      hiddenNip: null,
      pangkat: null,
      hiddenPangkat: null,
      jabatan: 'Bupati Minahasa Utara',
      parts: ['Bupati Minahasa Utara'],
    },
  },
  {
    key: 'sekda',
    name: 'Allan Mingkid',
    frontTitle: 'Dr. Ir.',
    backTitle: 'M.Si.',
    nip: '196805121994031007',
    pangkat: 'IV/d',
    positions: [{ title: 'Sekretaris Daerah', role: 'sekda', unit: 'setda', withRegion: true }],
    expected: {
      name: 'Dr. Ir. Allan Mingkid, M.Si.',
      nip: null,
      hiddenNip: '196805121994031007',
      pangkat: null,
      hiddenPangkat: 'Pembina Utama Madya (IV/d)',
      jabatan: 'Sekretaris Daerah Kabupaten Minahasa Utara',
      parts: ['Sekretaris Daerah Kabupaten Minahasa Utara'],
    },
  },
  {
    key: 'wasin',
    name: 'Wenny Lumentut',
    frontTitle: 'Drs.',
    backTitle: 'M.Si.',
    nip: '197003151997032004',
    pangkat: 'IV/c',
    positions: [
      { title: 'Kepala Dinas Pariwisata', role: 'kepala_opd', unit: 'pariwisata' },
      { title: 'Plt Kepala Dinas Perpustakaan dan Kearsipan', role: 'kepala_opd', status: 'plt', unit: 'perpustakaan' },
    ],
    expected: {
      name: 'Drs. Wenny Lumentut, M.Si.',
      nip: '19700315 199703 2 004',
      hiddenNip: null,
      pangkat: 'Pembina Utama Muda (IV/c)',
      hiddenPangkat: null,
      jabatan: 'Kepala Dinas Pariwisata dan Plt. Kepala Dinas Perpustakaan dan Kearsipan',
      parts: ['Kepala Dinas Pariwisata', 'Kepala Dinas Perpustakaan dan Kearsipan'],
    },
  },
  {
    key: 'plh-kominfo',
    name: 'Stevanus Ma’ruf Rumengan',
    backTitle: 'S.Kom., M.T.',
    nip: '198002202005011003',
    pangkat: 'III/d',
    positions: [
      {
        title: 'Kepala Dinas Komunikasi dan Informatika',
        role: 'kepala_opd',
        status: 'plh',
        unit: 'kominfo',
        withRegion: true,
      },
    ],
    expected: {
      name: 'Stevanus Ma’ruf Rumengan, S.Kom., M.T.',
      nip: '19800220 200501 1 003',
      hiddenNip: null,
      pangkat: 'Penata Tingkat I (III/d)',
      hiddenPangkat: null,
      jabatan: 'Plh. Kepala Dinas Komunikasi dan Informatika Kabupaten Minahasa Utara',
      parts: ['Kepala Dinas Komunikasi dan Informatika Kabupaten Minahasa Utara'],
    },
  },
  {
    key: 'bappelitbangda',
    name: 'Johanis Theodorus Frederik Wuisan-Kaunang',
    frontTitle: 'Prof. Dr. Ir.',
    backTitle: 'S.E., M.Si., Ak., CA.',
    nip: '196901011995031002',
    pangkat: 'IV/b',
    positions: [
      {
        title: 'Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah',
        role: 'kepala_opd',
        unit: 'bappelitbangda',
        withRegion: true,
      },
    ],
    expected: {
      name: 'Prof. Dr. Ir. Johanis Theodorus Frederik Wuisan-Kaunang, S.E., M.Si., Ak., CA.',
      nip: '19690101 199503 1 002',
      hiddenNip: null,
      pangkat: 'Pembina Tingkat I (IV/b)',
      hiddenPangkat: null,
      jabatan: 'Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Minahasa Utara',
      parts: ['Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Minahasa Utara'],
    },
  },
  {
    key: 'uptd',
    name: 'Maria Tumbelaka',
    frontTitle: 'dr.',
    backTitle: 'M.Kes.',
    nip: '198507072010012009',
    pangkat: 'III/c',
    positions: [{ title: 'Kepala UPTD Laboratorium Kesehatan Daerah – Dinas Kesehatan', role: 'kepala_uptd', unit: 'uptd' }],
    expected: {
      name: 'dr. Maria Tumbelaka, M.Kes.',
      nip: '19850707 201001 2 009',
      hiddenNip: null,
      pangkat: 'Penata (III/c)',
      hiddenPangkat: null,
      jabatan: 'Kepala UPTD Laboratorium Kesehatan Daerah – Dinas Kesehatan',
      parts: ['Kepala UPTD Laboratorium Kesehatan Daerah – Dinas Kesehatan'],
    },
  },
  {
    key: 'camat',
    name: 'Herry Pandeiroth',
    backTitle: 'S.Sos.',
    nip: '197512122002121001',
    pangkat: 'III/b',
    positions: [{ title: 'Camat Likupang Timur', role: 'camat', unit: 'kec-likupang' }],
    expected: {
      name: 'Herry Pandeiroth, S.Sos.',
      nip: '19751212 200212 1 001',
      hiddenNip: null,
      pangkat: 'Penata Muda Tingkat I (III/b)',
      hiddenPangkat: null,
      jabatan: 'Camat Likupang Timur',
      parts: ['Camat Likupang Timur'],
    },
  },
  {
    key: 'fasilitator',
    name: 'René Sitorus',
    frontTitle: 'Dr.',
    backTitle: 'S.Kom., M.T.',
    asn: false,
    institution: 'Kementerian Komunikasi dan Informatika',
    positions: [{ title: 'Fasilitator Gerakan Menuju Smart City Kementerian Komunikasi dan Informatika', role: 'lainnya' }],
    expected: {
      name: 'Dr. René Sitorus, S.Kom., M.T.',
      nip: null,
      hiddenNip: null,
      pangkat: null,
      hiddenPangkat: null,
      jabatan: 'Fasilitator Gerakan Menuju Smart City Kementerian Komunikasi dan Informatika',
      parts: ['Fasilitator Gerakan Menuju Smart City Kementerian Komunikasi dan Informatika'],
    },
  },
];

/** Participants who are not officials: a PPPK and a business owner outside the civil service. */
const OTHER_PEOPLE = [
  { key: 'pppk', name: 'Rina Kalangi', backTitle: 'S.Kom.', niPppk: '199001012022212001', asn: true },
  { key: 'umkm', name: 'Fransiska Tangkilisan', asn: false, institution: 'UMKM Kopi Likupang' },
  {
    key: 'akademisi',
    name: 'Yohanes Rampengan',
    frontTitle: 'Dr.',
    backTitle: 'M.Eng.',
    asn: false,
    institution: 'Universitas Sam Ratulangi',
  },
];

export function richBundle(): BundleInput {
  const unitId = (key: string | null) => (key === null ? null : UNITS.findIndex((u) => u.key === key) + 1);
  const units = UNITS.map((u, i) => ({ id: i + 1, kind: u.kind, name: u.name, parentId: unitId(u.parent), sortOrder: i + 1 }));
  const people: NonNullable<BundleInput['people']> = [];
  const positions: NonNullable<BundleInput['positions']> = [];
  const personIds = new Map<string, number>();
  const positionIds = new Map<string, number[]>();
  for (const p of RICH_PEOPLE) {
    const id = people.length + 1;
    personIds.set(p.key, id);
    people.push({
      id,
      name: p.name,
      frontTitle: p.frontTitle ?? null,
      backTitle: p.backTitle ?? null,
      nip: p.nip ?? null,
      niPppk: p.niPppk ?? null,
      pangkat: (p.pangkat ?? null) as never,
      asn: p.asn ?? true,
      institution: p.institution ?? null,
    });
    positionIds.set(
      p.key,
      p.positions.map((pos) => {
        const positionId = positions.length + 1;
        positions.push({
          id: positionId,
          personId: id,
          title: pos.title,
          role: pos.role as never,
          status: (pos.status ?? 'definitif') as never,
          unitId: unitId(pos.unit ?? null),
          withRegion: pos.withRegion ?? false,
        });
        return positionId;
      }),
    );
  }
  for (const p of OTHER_PEOPLE) {
    const id = people.length + 1;
    personIds.set(p.key, id);
    people.push({ id, ...p, key: undefined } as never);
  }
  const person = (key: string) => personIds.get(key)!;
  const position = (key: string, i = 0) => positionIds.get(key)![i]!;

  const stageDays: NonNullable<BundleInput['stageDays']> = [];
  const dates: Record<number, string[]> = {
    1: ['2021-08-10', '2021-08-11'],
    2: ['2021-09-14', '2021-09-15'],
    3: ['2021-10-19', '2021-10-20'],
    4: ['2021-11-24', '2021-11-25'],
  };
  for (const [stage, list] of Object.entries(dates)) {
    for (const date of list) {
      stageDays.push({
        id: stageDays.length + 1,
        stageNumber: Number(stage) as 1,
        date,
        startTime: '08.30',
        endTime: '16.00',
        venue: null,
      });
    }
  }
  const signers = ['sekda', 'wasin', 'bappelitbangda', 'uptd', 'camat', 'plh-kominfo'];
  const participants = [...signers, 'fasilitator', 'pppk', 'umkm'].map((key, i) => ({
    id: i + 1,
    stageNumber: 4 as const,
    personId: person(key),
    positionId: positionIds.has(key) ? position(key) : null,
    institution: key === 'umkm' ? 'UMKM Kopi Likupang – Desa Marinsow' : null,
    sortOrder: i + 1,
  }));
  const masterplan = standardMasterplan();

  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    regency: {
      kind: 'kabupaten',
      name: 'Minahasa Utara',
      province: 'Sulawesi Utara',
      capital: 'Airmadidi',
      officeName: 'Dinas Komunikasi dan Informatika',
      address: 'Jalan Raya Airmadidi–Kauditan, Kompleks Perkantoran Pemkab',
      phone: '(0431) 891234',
      website: 'minutkab.go.id',
      email: 'diskominfo@minutkab.go.id',
      postalCode: '95371',
      tataNaskah: { timeZone: 'WITA', signerNameCase: 'as_recorded', signatureSpaceMm: 25 },
    },
    units,
    people,
    positions,
    programme: {
      year: 2021,
      name: 'Gerakan Menuju Smart City',
      mouNumber: '205/DJAI/HK.03.01/06/2021',
      mouDate: '2021-06-03',
      mouPartner: 'Direktorat Jenderal Aplikasi Informatika',
    },
    teams: [
      {
        id: 1,
        kind: 'dewan',
        name: 'Dewan Smart City',
        skNumber: '188.45/61/SK/2021',
        skDate: '2021-07-01',
        skTitle: 'Pembentukan Dewan Smart City',
      },
      {
        id: 2,
        kind: 'tim_pelaksana',
        name: 'Tim Pelaksana Smart City',
        skNumber: '188.45/62/SK/2021',
        skDate: '2021-07-01',
        skTitle: null,
      },
    ],
    teamMembers: [
      { id: 1, teamId: 1, personId: person('bupati'), positionId: position('bupati'), role: 'ketua', sortOrder: 1 },
      { id: 2, teamId: 1, personId: person('sekda'), positionId: position('sekda'), role: 'ketua_harian', sortOrder: 2 },
      {
        id: 3,
        teamId: 1,
        personId: person('bappelitbangda'),
        positionId: position('bappelitbangda'),
        role: 'anggota',
        sortOrder: 3,
      },
      { id: 4, teamId: 2, personId: person('plh-kominfo'), positionId: position('plh-kominfo'), role: 'ketua', sortOrder: 1 },
      {
        id: 5,
        teamId: 2,
        personId: person('wasin'),
        positionId: position('wasin'),
        role: 'lainnya',
        roleText: 'Koordinator Smart Branding',
        sortOrder: 2,
      },
      { id: 6, teamId: 2, personId: person('uptd'), positionId: position('uptd'), role: 'anggota', sortOrder: 3 },
    ],
    stages: [
      {
        number: 1,
        title: 'Bimtek I: Kesiapan Daerah',
        venueName: 'Aula Kantor Bupati',
        venueAddress: 'Jalan Raya Airmadidi',
        venueCity: 'Airmadidi',
        mode: 'luring',
      },
      { number: 2, title: 'Bimtek II: Analisis Strategis', mode: 'daring', meetingLink: 'https://zoom.us/j/2021091400' },
      { number: 3, title: 'Bimtek III: Masterplan', venueName: 'Hotel Sutan Raja', venueCity: 'Manado', mode: 'luring' },
      {
        number: 4,
        title: 'Bimtek IV: Quick Win dan Penutupan',
        venueName: 'Ruang Rapat Mapalus',
        venueAddress: 'Kompleks Perkantoran Pemkab Minahasa Utara',
        venueCity: 'Airmadidi',
        mode: 'hybrid',
        meetingLink: 'https://zoom.us/j/2021112400',
      },
    ],
    stageFacilitators: [
      { id: 1, stageNumber: 1, personId: person('fasilitator'), role: 'Narasumber', sortOrder: 1 },
      { id: 2, stageNumber: 4, personId: person('fasilitator'), role: 'Narasumber', sortOrder: 1 },
      { id: 3, stageNumber: 4, personId: person('akademisi'), role: 'Fasilitator', sortOrder: 2 },
    ],
    stageDays,
    participants,
    closure: {
      date: '2021-11-25',
      venue: 'Ruang Rapat Mapalus, Kompleks Perkantoran Pemkab Minahasa Utara',
      place: 'Airmadidi',
      presidingPositionId: position('sekda'),
      firstPartyPositionId: position('plh-kominfo'),
      secondPartyPositionId: position('fasilitator'),
      commitmentTitle: 'Komitmen Bersama\nDewan Smart City dan Tim Pelaksana Smart City\nMenuju Minahasa Utara Smart City',
      points: [
        'Melaksanakan Masterplan Smart City sebagai acuan pembangunan daerah.',
        'Menganggarkan program quick win mulai Tahun Anggaran 2022–2023.',
      ],
      beritaAcaraTitle: 'Berita Acara Serah Terima Dokumen Masterplan Smart City Kabupaten Minahasa Utara',
      beritaAcaraPoints: [
        'PIHAK KEDUA menyerahkan kepada PIHAK PERTAMA draf Buku I Analisis Strategis dan Buku II Masterplan Smart City hasil Bimbingan Teknis Tahap I sampai dengan Tahap IV.',
        'PIHAK PERTAMA menerima dokumen tersebut dan akan menyempurnakannya bersama Tim Pelaksana Smart City paling lambat 31 Desember 2021.',
        'Penyempurnaan dokumen mengacu pada catatan fasilitator yang disampaikan pada Bimbingan Teknis Tahap IV.',
      ],
      closingTime: '16.00',
      copies: 2,
      signatories: [
        ...signers.map((key, i) => ({
          id: i + 1,
          personId: person(key),
          positionIds: positionIds.get(key)!,
          kind: 'penandatangan' as const,
          sortOrder: i + 1,
        })),
        { id: 20, personId: person('bupati'), positionIds: [position('bupati')], kind: 'mengetahui', sortOrder: 1 },
        { id: 21, personId: person('fasilitator'), positionIds: [position('fasilitator')], kind: 'mengetahui', sortOrder: 2 },
        { id: 22, personId: person('bupati'), positionIds: [position('bupati')], kind: 'mengetahui_berita_acara', sortOrder: 1 },
      ],
    },
    masterplan: {
      ...masterplan,
      plan: {
        title: 'Masterplan Smart City Kabupaten Minahasa Utara',
        periodStart: 2022,
        periodEnd: 2026,
        vision: 'Minahasa Utara yang cerdas, berdaya saing dan berkelanjutan – melayani dengan hati',
        missions: [
          'Mewujudkan tata kelola pemerintahan berbasis elektronik yang terpadu.',
          'Mengembangkan ekonomi digital pariwisata dan UMKM.',
        ],
        legalBases: [
          'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
          'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
        ],
        horizons: {
          pendek: { startYear: 2022, endYear: 2022 },
          menengah: { startYear: 2023, endYear: 2024 },
          panjang: { startYear: 2025, endYear: 2026 },
        },
        attachments: ['Keputusan Bupati tentang Dewan Smart City', 'Daftar Hadir Bimtek Tahap I–IV'],
      },
      programmes: [
        {
          id: 1,
          code: 'GOV-01',
          name: 'Satu Data Minahasa Utara',
          dimensionId: 1,
          unitId: unitId('kominfo'),
          horizon: 'pendek',
          startYear: 2022,
          endYear: 2022,
          fundings: [
            { source: 'APBD', amount: 350_000_000 },
            { source: 'DAK', amount: 150_000_000 },
          ],
          isQuickWin: true,
          sortOrder: 1,
        },
        {
          id: 2,
          code: 'BRD-02',
          name: 'Promosi Wisata Likupang Digital',
          dimensionId: 2,
          unitId: unitId('pariwisata'),
          horizon: 'menengah',
          startYear: 2023,
          endYear: 2024,
          fundings: [
            { source: 'APBN', amount: 1_200_000_000 },
            { source: 'CSR', amount: null },
          ],
          sortOrder: 2,
        },
      ],
    },
  } as BundleInput;
}

/** The people the cross-document test follows, with what must print for them. */
export function richExpectations(): ExpectedPrint[] {
  return RICH_PEOPLE.map((p) => ({ key: p.key, core: p.name, ...p.expected }));
}

/** Read-only repositories over a parsed bundle, in the orders the SQLite repositories use. */
export function bundleRepositories(bundle: Bundle): DocumentRepositories {
  const repo = <T extends object>(rows: readonly T[], key: keyof T = 'id' as keyof T, order?: (a: T, b: T) => number) => {
    const sorted = order ? [...rows].sort(order) : [...rows];
    const r: ReadRepository<T> = {
      list: () => [...sorted],
      get: (k) => sorted.find((row) => row[key] === k),
      listWhere: (field, value) => sorted.filter((row) => row[field] === value),
    };
    return r;
  };
  const bySort = (a: { sortOrder: number; id: number }, b: { sortOrder: number; id: number }) =>
    a.sortOrder - b.sortOrder || a.id - b.id;
  const single = <T>(value: T | null) => ({ get: () => value });
  const { signatories, ...closure } = bundle.closure ?? { signatories: [] };
  const m = bundle.masterplan;
  return {
    regency: single(bundle.regency),
    programme: single(bundle.programme),
    closure: single(bundle.closure ? (closure as Omit<NonNullable<Bundle['closure']>, 'signatories'>) : null),
    plan: single(m.plan),
    units: repo(bundle.units, 'id', bySort),
    people: repo(bundle.people, 'id', (a, b) => a.name.localeCompare(b.name) || a.id - b.id),
    positions: repo(bundle.positions),
    teams: repo(bundle.teams),
    teamMembers: repo(bundle.teamMembers, 'id', (a, b) => a.teamId - b.teamId || bySort(a, b)),
    stages: repo(bundle.stages, 'number', (a, b) => a.number - b.number),
    stageFacilitators: repo(bundle.stageFacilitators, 'id', bySort),
    stageDays: repo(bundle.stageDays, 'id', (a, b) => a.date.localeCompare(b.date) || a.id - b.id),
    participants: repo(bundle.participants, 'id', bySort),
    closureSignatories: repo(signatories, 'id', bySort),
    volumes: repo(m.volumes, 'id', bySort),
    chapters: repo(m.chapters, 'id', bySort),
    sections: repo(m.sections, 'id', bySort),
    dimensions: repo(m.dimensions, 'id', bySort),
    elements: repo(m.elements, 'id', bySort),
    readiness: repo(m.readiness, 'id', bySort),
    swot: repo(m.swot, 'id', bySort),
    programmeItems: repo(m.programmes, 'id', (a, b) => a.dimensionId - b.dimensionId || bySort(a, b)),
    stagePaperwork: repo(bundle.stagePaperwork, 'stageNumber'),
    decree: single(bundle.decree),
    attendance: { byParticipant: () => new Map(bundle.participants.map((p) => [p.id, p.attendedDayIds])) },
  };
}

/** The rich programme, validated as a bundle, behind the documents' context loader. */
export function richContexts(transform: (bundle: Bundle) => Bundle = (b) => b) {
  const bundle = transform(bundleSchema.parse(richBundle()));
  return contextLoader(bundleRepositories(bundle), () => FIXED_NOW);
}
