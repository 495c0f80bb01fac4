// Demo data: the Simalungun masterplan on the standard skeleton: drafted sections, readiness, SWOT, programmes with
// their matrix columns, and the books' analysis records (masterplan-books.ts).
import type { BUDGET_SOURCES, DimensionCode, ReadinessAspect } from '../../shared/domain/masterplan';
import { standardMasterplan, type MasterplanInput } from '../../shared/masterplan/standard-skeleton';
import { demoBookRecords } from './masterplan-books';
import { PROGRAMMES, type ProgrammeRow } from './masterplan-programmes';
import { SECTION_BODIES, VISION } from './masterplan-text';
import { opdUnitId } from './units';

type BudgetSource = (typeof BUDGET_SOURCES)[number];

const READINESS: [ReadinessAspect, DimensionCode | null, string][] = [
  [
    'struktur',
    null,
    'Tim Pelaksana Smart City telah dibentuk dengan Keputusan Bupati dan beranggotakan sekretaris serta kepala bidang perencanaan perangkat daerah, tetapi aparatur berlatar belakang teknologi informasi masih sedikit, terutama di kecamatan.',
  ],
  [
    'struktur',
    'governance',
    'Belanja teknologi informasi tersebar di banyak perangkat daerah tanpa perencanaan terpadu; belanja TIK perlu dikonsolidasikan melalui Dinas Komunikasi dan Informatika.',
  ],
  [
    'infrastruktur',
    null,
    'Jaringan intra pemerintah menghubungkan kantor bupati dan sebagian besar perangkat daerah di Pematang Raya, tetapi sejumlah nagori di kecamatan terluar masih berada di daerah tanpa sinyal (blank spot).',
  ],
  [
    'infrastruktur',
    'governance',
    'Ruang server Diskominfo belum memenuhi standar pusat data; cadangan data dan catu daya cadangan belum memadai.',
  ],
  [
    'suprastruktur',
    null,
    'Belum ada Peraturan Bupati tentang SPBE dan tata kelola data; arah smart city akan ditetapkan melalui Peraturan Bupati tentang Masterplan Smart City.',
  ],
  [
    'suprastruktur',
    null,
    'Dewan Smart City dan Tim Pelaksana sudah dibentuk, tetapi mekanisme rapat berkala dan pelaporan kemajuan belum baku.',
  ],
];

const SWOT: Record<DimensionCode, { S: string[]; W: string[]; O: string[]; T: string[] }> = {
  governance: {
    S: [
      'Komitmen kepala daerah terhadap pelayanan publik berbasis elektronik',
      'Jaringan intra pemerintah sudah menghubungkan sebagian besar perangkat daerah di Pematang Raya',
    ],
    W: [
      'Aplikasi perangkat daerah berjalan sendiri-sendiri dan belum saling terhubung',
      'Aparatur berlatar belakang TIK masih terbatas',
      'Data sektoral belum dikelola dalam satu portal',
    ],
    O: [
      'Kebijakan nasional SPBE dan Satu Data Indonesia menyediakan standar dan aplikasi umum',
      'Pendampingan Kementerian Kominfo melalui Gerakan Menuju Smart City',
    ],
    T: ['Ancaman keamanan siber terhadap sistem pemerintah', 'Ketergantungan pada penyedia aplikasi pihak ketiga'],
  },
  branding: {
    S: [
      'Kawasan Danau Toba di Parapat, Tigaras dan Haranggaol sebagai daya tarik utama',
      'Budaya Simalungun yang khas: hiou, Rumah Bolon Pematang Purba, musik dan tari tradisional',
      'Kopi arabika Simalungun dan teh Sidamanik yang dikenal luas',
    ],
    W: [
      'Promosi wisata belum terpadu dan informasi destinasi tersebar',
      'Penataan wajah ibu kota kabupaten belum mencerminkan identitas daerah',
    ],
    O: [
      'Danau Toba sebagai destinasi pariwisata super prioritas nasional dan Geopark Kaldera Toba yang diakui UNESCO',
      'Tren pemasaran digital dan lokapasar',
    ],
    T: [
      'Persaingan dengan destinasi lain di kawasan Danau Toba',
      'Citra negatif akibat masalah kebersihan dan keamanan destinasi',
    ],
  },
  economy: {
    S: [
      'Pertanian dan perkebunan (kelapa sawit, karet, teh, kopi, hortikultura) sebagai basis ekonomi',
      'Jumlah UMKM yang besar dan tersebar di seluruh kecamatan',
    ],
    W: [
      'Rantai pasok komoditas panjang dan harga di tingkat petani rendah',
      'Pelaku UMKM yang memanfaatkan pembayaran digital masih sedikit',
    ],
    O: [
      'QRIS dan program elektronifikasi transaksi pemerintah daerah',
      'Pembangunan jalan tol Tebing Tinggi–Parapat yang memperpendek waktu tempuh ke pasar',
    ],
    T: ['Fluktuasi harga komoditas perkebunan', 'Dampak pandemi COVID-19 terhadap daya beli dan usaha kecil'],
  },
  living: {
    S: ['Puskesmas tersebar di seluruh kecamatan', 'Lingkungan tinggal yang sejuk dan nyaman di dataran tinggi'],
    W: [
      'Jarak ke fasilitas kesehatan rujukan masih jauh bagi nagori terpencil',
      'Data tata ruang belum tersedia sebagai peta digital yang mudah diakses',
    ],
    O: [
      'Transformasi digital kesehatan nasional dan rekam medis elektronik',
      'Dukungan pemerintah pusat untuk infrastruktur kawasan Danau Toba',
    ],
    T: [
      'Rawan longsor dan banjir pada jalur jalan utama',
      'Pertumbuhan permukiman yang tidak terkendali di sekitar kawasan wisata',
    ],
  },
  society: {
    S: ['Budaya gotong royong dan lembaga adat yang masih kuat', 'Komunitas pemuda dan Relawan TIK yang aktif'],
    W: ['Literasi digital masyarakat perdesaan masih rendah', 'Belum ada layanan panggilan darurat terpadu'],
    O: ['Gerakan Nasional Literasi Digital', 'Perguruan tinggi di Pematangsiantar dan sekitarnya sebagai mitra'],
    T: ['Penyebaran hoaks dan penipuan daring', 'Penyalahgunaan narkoba di kalangan remaja'],
  },
  environment: {
    S: [
      'Kawasan hutan dan Danau Toba sebagai sumber air dan daya tarik wisata',
      'Komitmen pemerintah daerah menjaga kebersihan kawasan wisata',
    ],
    W: [
      'Pengangkutan sampah belum menjangkau seluruh kecamatan',
      'Belum ada pemantauan kualitas air dan udara secara waktu nyata',
    ],
    O: [
      'Program nasional penataan kawasan Danau Toba dan pendanaan hijau',
      'Potensi energi terbarukan dari tenaga air dan tenaga surya',
    ],
    T: ['Pencemaran Danau Toba oleh keramba jaring apung dan limbah domestik', 'Alih fungsi lahan dan kebakaran hutan'],
  },
};

const CODE_PREFIX: Record<DimensionCode, string> = {
  governance: 'GOV',
  branding: 'BRD',
  economy: 'ECO',
  living: 'LIV',
  society: 'SOC',
  environment: 'ENV',
};

/** Programmes of five billion rupiah or more are shared with the central government (invented split). */
function fundingsOf(p: ProgrammeRow): { source: BudgetSource; amount: number }[] {
  if (p.budget < 5_000_000_000 || p.source !== 'APBD') return [{ source: p.source, amount: p.budget }];
  const central = Math.round((p.budget * 0.4) / 1_000_000) * 1_000_000;
  return [
    { source: 'APBD', amount: p.budget - central },
    { source: 'APBN', amount: central },
  ];
}

/** The RPJMD 2021–2026 misi each dimension's programmes serve (demo wording, not the RPJMD's own numbering). */
const RPJMD_REF: Record<DimensionCode, string> = {
  governance: 'RPJMD 2021–2026, misi tata kelola pemerintahan yang bersih dan melayani',
  branding: 'RPJMD 2021–2026, misi pengembangan pariwisata dan budaya',
  economy: 'RPJMD 2021–2026, misi ekonomi kerakyatan berbasis pertanian dan UMKM',
  living: 'RPJMD 2021–2026, misi peningkatan kualitas layanan dasar dan infrastruktur',
  society: 'RPJMD 2021–2026, misi sumber daya manusia yang unggul',
  environment: 'RPJMD 2021–2026, misi pembangunan berkelanjutan kawasan Danau Toba',
};

const RENSTRA_UNIT: Record<string, string> = {
  kominfo: 'Dinas Komunikasi dan Informatika',
  dpmptsp: 'DPMPTSP',
  pariwisata: 'Dinas Pariwisata',
  koperasi: 'Dinas Koperasi dan UKM',
  perkim: 'Dinas Perumahan dan Kawasan Permukiman',
  pertanian: 'Dinas Pertanian',
  bapenda: 'Badan Pendapatan Daerah',
  sosial: 'Dinas Sosial',
  kesehatan: 'Dinas Kesehatan',
  pupr: 'Dinas PUPR',
  dishub: 'Dinas Perhubungan',
  bpbd: 'BPBD',
  perpustakaan: 'Dinas Perpustakaan dan Kearsipan',
  pmn: 'Dinas Pemberdayaan Masyarakat dan Nagori',
  lh: 'Dinas Lingkungan Hidup',
};

/** Each funding line spread evenly over the programme's years, in whole million rupiah, the rest in the last year. */
function yearlyBudgets(fundings: { source: BudgetSource; amount: number }[], [start, end]: [number, number]) {
  const years = end - start + 1;
  return fundings
    .flatMap((f) => {
      const share = Math.floor(f.amount / years / 1_000_000) * 1_000_000;
      return Array.from({ length: years }, (_, i) => ({
        year: start + i,
        source: f.source,
        amount: i === years - 1 ? f.amount - share * (years - 1) : share,
      }));
    })
    .sort((a, b) => a.year - b.year);
}

const DEMO_PLAN: NonNullable<MasterplanInput['plan']> = {
  title: 'Masterplan Smart City Kabupaten Simalungun',
  periodStart: 2022,
  periodEnd: 2031,
  vision: VISION,
  missions: [
    'Mewujudkan tata kelola pemerintahan yang terintegrasi, transparan dan berbasis data (Smart Governance).',
    'Mempromosikan pariwisata, budaya dan produk unggulan Simalungun (Smart Branding).',
    'Mendorong ekonomi daerah yang inovatif dan inklusif melalui digitalisasi UMKM, pertanian dan transaksi (Smart Economy).',
    'Meningkatkan kualitas lingkungan tinggal, mobilitas dan layanan kesehatan (Smart Living).',
    'Membangun masyarakat yang cakap digital, partisipatif dan aman (Smart Society).',
    'Menjaga kelestarian lingkungan, terutama kawasan Danau Toba, serta mengelola sampah dan energi secara berkelanjutan (Smart Environment).',
  ],

  legalBases: [
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
    'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
    'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
    'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia',
    'Peraturan Pemerintah Nomor 59 Tahun 2022 tentang Perkotaan',
    'Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerah',
    'Peraturan Daerah Kabupaten Simalungun tentang Rencana Pembangunan Jangka Menengah Daerah Tahun 2021–2026',
  ],
  horizons: {
    pendek: { startYear: 2022, endYear: 2023 },
    menengah: { startYear: 2022, endYear: 2026 },
    panjang: { startYear: 2022, endYear: 2031 },
  },
  prefaceDate: '2021-12-13',
  prefacePlace: 'Pematang Raya',
  attachments: [
    'Keputusan Bupati tentang Pembentukan Dewan Smart City dan Tim Pelaksana Smart City',
    'Nota Kesepakatan dengan Direktorat Jenderal Aplikasi Informatika',
    'Lembar Komitmen Bersama',
    'Berita Acara Penutupan Bimbingan Teknis',
    'Daftar Hadir Bimbingan Teknis Tahap I–IV',
  ],
};

export function demoMasterplan(): MasterplanInput {
  const mp = standardMasterplan();
  const volumes = mp.volumes ?? [];
  const chapters = mp.chapters ?? [];
  const sections = mp.sections ?? [];
  const dimensions = mp.dimensions ?? [];
  const elements = mp.elements ?? [];

  for (const fill of SECTION_BODIES) {
    const volume = volumes.find((v) => v.code === fill.volume);
    const chapter = chapters.find((c) => c.volumeId === volume?.id && c.title === fill.chapter);
    const section = sections.find((s) => s.chapterId === chapter?.id && s.title === fill.section);
    if (!section)
      throw new Error(`demo: subbab ${fill.volume} / ${fill.chapter} / ${fill.section} tidak ada di kerangka standar`);
    section.body = fill.body;
  }

  const dimensionId = (code: DimensionCode) => {
    const found = dimensions.find((d) => d.code === code);
    if (!found) throw new Error(`demo: dimensi ${code} tidak ada`);
    return found.id;
  };
  const elementId = (code: DimensionCode, index: number) => {
    const found = elements.filter((el) => el.dimensionId === dimensionId(code))[index];
    if (!found) throw new Error(`demo: elemen ${index} dimensi ${code} tidak ada`);
    return found.id;
  };

  const readiness = READINESS.map(([aspect, dim, text], i) => ({
    id: i + 1,
    aspect,
    dimensionId: dim === null ? null : dimensionId(dim),
    text,
    sortOrder: i + 1,
  }));

  const swot: NonNullable<MasterplanInput['swot']> = [];
  for (const [code, kinds] of Object.entries(SWOT) as [DimensionCode, (typeof SWOT)[DimensionCode]][]) {
    for (const kind of ['S', 'W', 'O', 'T'] as const) {
      kinds[kind].forEach((text, i) =>
        swot.push({ id: swot.length + 1, dimensionId: dimensionId(code), kind, text, sortOrder: i + 1 }),
      );
    }
  }

  const perDimension = new Map<DimensionCode, number>();
  const programmes = PROGRAMMES.map((p, i) => {
    const n = (perDimension.get(p.dimension) ?? 0) + 1;
    perDimension.set(p.dimension, n);
    const fundings = fundingsOf(p);
    return {
      id: i + 1,
      code: `${CODE_PREFIX[p.dimension]}-${String(n).padStart(2, '0')}`,
      name: p.name,
      description: p.description,
      dimensionId: dimensionId(p.dimension),
      elementId: elementId(p.dimension, p.element),
      unitId: opdUnitId(p.unit),
      horizon: p.horizon,
      startYear: p.years[0],
      endYear: p.years[1],
      fundings,
      isQuickWin: p.quickWin ?? false,
      indicator: p.indicator,
      baseline: p.baseline,
      targets: p.targets.map(([year, value]) => ({ year, value })),
      budgets: yearlyBudgets(fundings, p.years),
      rpjmdRef: RPJMD_REF[p.dimension],
      renstraRef: `Renstra ${RENSTRA_UNIT[p.unit] ?? p.unit} 2021–2026`,
      enabler: p.enabler,
      partners: p.partners,
      risk: p.risk,
      status: 'direncanakan' as const,
      sortOrder: i + 1,
    };
  });

  const swotId = (code: DimensionCode, kind: 'S' | 'W' | 'O' | 'T', index: number) => {
    const found = swot.filter((s) => s.dimensionId === dimensionId(code) && s.kind === kind)[index];
    if (!found) throw new Error(`demo: SWOT ${code} ${kind} ${index} tidak ada`);
    return found.id;
  };
  const programmeId = (name: string) => {
    const found = programmes.find((p) => p.name.startsWith(name));
    if (!found) throw new Error(`demo: program ${name} tidak ada`);
    return found.id;
  };
  const books = demoBookRecords({ dimensionId, elementId, swotId, programmeId, unitId: opdUnitId });

  return { ...mp, plan: DEMO_PLAN, readiness, swot, programmes, ...books };
}
