// Demo data: the Simalungun masterplan on the standard skeleton: drafted sections, readiness, SWOT, programmes, quick wins.
import type { BUDGET_SOURCES, DimensionCode, Horizon, ReadinessAspect } from '../../shared/domain/masterplan';
import { standardMasterplan, type MasterplanInput } from '../../shared/masterplan/standard-skeleton';
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

interface ProgrammeRow {
  name: string;
  description: string;
  dimension: DimensionCode;
  /** Index of the element within the dimension (0–2). */
  element: 0 | 1 | 2;
  unit: string;
  horizon: Horizon;
  years: [number, number];
  budget: number;
  source: BudgetSource;
  quickWin?: true;
}

const PROGRAMMES: ProgrammeRow[] = [
  {
    name: 'Integrasi Pengaduan SP4N-LAPOR! di Seluruh Perangkat Daerah dan Kecamatan',
    description:
      'Setiap OPD dan kecamatan menunjuk admin, menindaklanjuti aduan paling lama 5 hari kerja dan melaporkan rekapitulasi bulanan.',
    dimension: 'governance',
    element: 0,
    unit: 'kominfo',
    horizon: 'pendek',
    years: [2022, 2022],
    budget: 150_000_000,
    source: 'APBD',
    quickWin: true,
  },
  {
    name: 'Naskah Dinas Elektronik dan Tanda Tangan Elektronik',
    description: 'Penerapan aplikasi umum SRIKANDI dan sertifikat elektronik BSrE bagi pejabat penandatangan.',
    dimension: 'governance',
    element: 1,
    unit: 'kominfo',
    horizon: 'menengah',
    years: [2022, 2024],
    budget: 850_000_000,
    source: 'APBD',
  },
  {
    name: 'Satu Data Simalungun dan Dasbor Pimpinan',
    description: 'Portal data sektoral, forum satu data dan dasbor indikator kinerja untuk Bupati dan kepala OPD.',
    dimension: 'governance',
    element: 2,
    unit: 'kominfo',
    horizon: 'menengah',
    years: [2023, 2026],
    budget: 1_750_000_000,
    source: 'APBD',
  },
  {
    name: 'Mal Pelayanan Publik Kabupaten Simalungun',
    description: 'Satu gedung layanan perizinan, kependudukan, perpajakan dan instansi vertikal dengan antrean daring.',
    dimension: 'governance',
    element: 0,
    unit: 'dpmptsp',
    horizon: 'panjang',
    years: [2024, 2026],
    budget: 6_500_000_000,
    source: 'APBD',
  },
  {
    name: 'Kalender Event dan Peta Destinasi Wisata Digital',
    description: 'Satu kanal informasi destinasi, event budaya dan akomodasi di kawasan Danau Toba dan seluruh kecamatan.',
    dimension: 'branding',
    element: 0,
    unit: 'pariwisata',
    horizon: 'pendek',
    years: [2022, 2022],
    budget: 200_000_000,
    source: 'APBD',
    quickWin: true,
  },
  {
    name: 'Katalog Daring Produk Unggulan Simalungun',
    description: 'Etalase digital kopi, teh, hiou dan kerajinan dengan tautan ke lokapasar dan pembayaran QRIS.',
    dimension: 'branding',
    element: 1,
    unit: 'koperasi',
    horizon: 'menengah',
    years: [2022, 2024],
    budget: 600_000_000,
    source: 'APBD',
  },
  {
    name: 'Penataan Wajah Kota Pematang Raya dan Gerbang Kawasan Danau Toba',
    description: 'Penataan ruang publik, penanda dan ornamen Simalungun di ibu kota dan pintu masuk kawasan wisata.',
    dimension: 'branding',
    element: 2,
    unit: 'perkim',
    horizon: 'panjang',
    years: [2024, 2026],
    budget: 12_000_000_000,
    source: 'DAK',
  },
  {
    name: 'Pendampingan Digital 1.000 UMKM',
    description: 'Pendataan UMKM, pembukaan akun QRIS dan lokapasar, serta pelatihan foto produk dan pemasaran daring.',
    dimension: 'economy',
    element: 2,
    unit: 'koperasi',
    horizon: 'pendek',
    years: [2022, 2022],
    budget: 250_000_000,
    source: 'APBD',
    quickWin: true,
  },
  {
    name: 'Sistem Informasi Harga dan Pasokan Komoditas Pertanian',
    description: 'Pemutakhiran harga harian komoditas di pasar dan sentra produksi untuk petani, pedagang dan TPID.',
    dimension: 'economy',
    element: 0,
    unit: 'pertanian',
    horizon: 'menengah',
    years: [2022, 2025],
    budget: 900_000_000,
    source: 'APBD',
  },
  {
    name: 'Elektronifikasi Transaksi Pemerintah Daerah dan Pajak Daerah',
    description: 'Pembayaran pajak dan retribusi daerah secara nontunai melalui bank, QRIS dan kanal daring.',
    dimension: 'economy',
    element: 2,
    unit: 'bapenda',
    horizon: 'menengah',
    years: [2022, 2024],
    budget: 1_200_000_000,
    source: 'APBD',
  },
  {
    name: 'Data Terpadu Kesejahteraan Sosial Berbasis Nagori',
    description: 'Pemutakhiran DTKS oleh operator nagori dan padanan data dengan kependudukan agar bantuan tepat sasaran.',
    dimension: 'economy',
    element: 1,
    unit: 'sosial',
    horizon: 'menengah',
    years: [2023, 2025],
    budget: 750_000_000,
    source: 'APBD',
  },
  {
    name: 'Antrean Daring Puskesmas dan Telekonsultasi',
    description: 'Pendaftaran pasien dari ponsel di seluruh puskesmas dan konsultasi jarak jauh untuk nagori terpencil.',
    dimension: 'living',
    element: 2,
    unit: 'kesehatan',
    horizon: 'pendek',
    years: [2022, 2022],
    budget: 300_000_000,
    source: 'APBD',
    quickWin: true,
  },
  {
    name: 'Sistem Informasi Tata Ruang Berbasis Peta',
    description: 'Peta rencana tata ruang daring yang terhubung dengan layanan persetujuan bangunan gedung.',
    dimension: 'living',
    element: 0,
    unit: 'pupr',
    horizon: 'menengah',
    years: [2023, 2025],
    budget: 1_500_000_000,
    source: 'APBD',
  },
  {
    name: 'Informasi Lalu Lintas dan Angkutan Penyeberangan Danau Toba',
    description: 'Informasi jadwal kapal, kepadatan jalan dan kamera lalu lintas di jalur wisata utama.',
    dimension: 'living',
    element: 1,
    unit: 'dishub',
    horizon: 'panjang',
    years: [2024, 2026],
    budget: 2_500_000_000,
    source: 'APBD Provinsi',
  },
  {
    name: 'Layanan Panggilan Darurat 112',
    description:
      'Satu nomor bebas pulsa untuk kebakaran, kecelakaan, bencana dan gangguan keamanan, terhubung ke OPD dan instansi vertikal.',
    dimension: 'society',
    element: 2,
    unit: 'kominfo',
    horizon: 'pendek',
    years: [2022, 2022],
    budget: 450_000_000,
    source: 'APBD',
    quickWin: true,
  },
  {
    name: 'Perpustakaan Digital dan Pojok Baca Nagori',
    description: 'Koleksi buku elektronik daerah dan titik baca dengan akses internet di kantor nagori.',
    dimension: 'society',
    element: 1,
    unit: 'perpustakaan',
    horizon: 'menengah',
    years: [2022, 2025],
    budget: 800_000_000,
    source: 'DAK',
  },
  {
    name: 'Literasi Digital Masyarakat bersama Komunitas',
    description: 'Kelas literasi digital dan antihoaks bersama Relawan TIK, PKK dan karang taruna di setiap kecamatan.',
    dimension: 'society',
    element: 0,
    unit: 'pmn',
    horizon: 'menengah',
    years: [2022, 2026],
    budget: 400_000_000,
    source: 'APBD',
  },
  {
    name: 'Aplikasi Pelaporan Sampah dan Jadwal Angkutan',
    description: 'Warga melaporkan timbunan sampah dengan foto dan lokasi; jadwal truk angkutan diumumkan daring.',
    dimension: 'environment',
    element: 1,
    unit: 'lh',
    horizon: 'pendek',
    years: [2022, 2022],
    budget: 150_000_000,
    source: 'APBD',
    quickWin: true,
  },
  {
    name: 'Pemantauan Kualitas Air Danau Toba Berbasis Sensor',
    description: 'Stasiun sensor kualitas air di Parapat, Tigaras dan Haranggaol dengan data terbuka.',
    dimension: 'environment',
    element: 0,
    unit: 'lh',
    horizon: 'menengah',
    years: [2023, 2025],
    budget: 2_000_000_000,
    source: 'APBN',
  },
  {
    name: 'Bank Sampah Digital Nagori',
    description: 'Pencatatan setoran bank sampah secara digital dan kemitraan dengan pengolah daur ulang.',
    dimension: 'environment',
    element: 1,
    unit: 'lh',
    horizon: 'menengah',
    years: [2023, 2025],
    budget: 350_000_000,
    source: 'CSR',
  },
  {
    name: 'Penerangan Jalan Umum Tenaga Surya',
    description: 'Penggantian lampu jalan di jalur wisata dengan lampu tenaga surya yang dipantau dari jarak jauh.',
    dimension: 'environment',
    element: 2,
    unit: 'dishub',
    horizon: 'panjang',
    years: [2024, 2026],
    budget: 5_000_000_000,
    source: 'KPBU',
  },
];

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

const DEMO_PLAN: NonNullable<MasterplanInput['plan']> = {
  title: 'Masterplan Smart City Kabupaten Simalungun',
  periodStart: 2022,
  periodEnd: 2031,
  vision: VISION,
  missions: [
    'Mewujudkan tata kelola pemerintahan yang bersih, efektif dan melayani berbasis elektronik.',
    'Membangun citra daerah dan ekosistem pariwisata yang berdaya saing berlandaskan budaya Simalungun.',
    'Menguatkan ekonomi kerakyatan, pertanian dan UMKM melalui pemanfaatan teknologi digital.',
    'Meningkatkan kualitas hidup masyarakat melalui layanan kesehatan, pendidikan dan transportasi yang terhubung.',
    'Mewujudkan masyarakat yang cakap digital, aman dan peduli pada lingkungan hidup.',
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
    pendek: { startYear: 2022, endYear: 2022 },
    menengah: { startYear: 2022, endYear: 2026 },
    panjang: { startYear: 2022, endYear: 2031 },
  },
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
    fundings: fundingsOf(p),
    isQuickWin: p.quickWin ?? false,
    sortOrder: i + 1,
    };
  });

  return { ...mp, plan: DEMO_PLAN, readiness, swot, programmes };
}
