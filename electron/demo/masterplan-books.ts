// Demo data: the Simalungun masterplan books' analysis records. Figures are rounded demo estimates, labelled as such,
// never official statistics; regulations without a known number carry none. Strategies tie SWOT items to programmes.
import type { DimensionCode, Masterplan, ReadinessAspect, RegulationKind, TowsKind } from '../../shared/domain/masterplan';
import { PROGRAMMES } from './masterplan-programmes';

type In<K extends keyof Masterplan> = Omit<
  Masterplan[K] extends readonly (infer I)[] ? I : never,
  'uid' | 'createdAt' | 'updatedAt'
>;

export interface DemoRefs {
  dimensionId(code: DimensionCode): number;
  elementId(code: DimensionCode, index: number): number;
  /** The SWOT item of a dimension by kind and position (0-based) in the demo's SWOT list. */
  swotId(code: DimensionCode, kind: 'S' | 'W' | 'O' | 'T', index: number): number;
  /** A programme by the start of its name. */
  programmeId(name: string): number;
  unitId(key: string): number;
}

const EST = 'Estimasi demo, bukan data resmi';

const STATISTICS: [string, string, number][] = [
  ['Luas wilayah', '± 4.400 km²', 2021],
  ['Jumlah kecamatan', '32 kecamatan', 2021],
  ['Jumlah penduduk', '± 1 juta jiwa', 2021],
  ['Produk Domestik Regional Bruto (atas dasar harga berlaku)', '± Rp 40 triliun', 2021],
  ['Indeks Pembangunan Manusia', '± 72 (kategori tinggi)', 2021],
  ['Indeks SPBE', '± 2,0 (predikat cukup)', 2021],
  ['Nagori yang belum terjangkau sinyal seluler (blank spot)', '± 50 nagori', 2021],
];

const REGULATIONS: [RegulationKind, string, 'ada' | 'perlu_disusun' | 'perlu_direvisi', string][] = [
  [
    'RPJPD',
    'Rencana Pembangunan Jangka Panjang Daerah Kabupaten Simalungun 2005–2025',
    'ada',
    'Berakhir 2025; RPJPD 2025–2045 perlu memuat arah smart city.',
  ],
  [
    'RPJMD',
    'Rencana Pembangunan Jangka Menengah Daerah Kabupaten Simalungun 2021–2026',
    'ada',
    'Misi tata kelola, ekonomi kerakyatan dan pariwisata menjadi acuan program smart city.',
  ],
  [
    'Renstra OPD',
    'Rencana Strategis Dinas Komunikasi dan Informatika 2021–2026',
    'perlu_direvisi',
    'Perlu memuat program masterplan smart city dan SPBE.',
  ],
  [
    'RTRW',
    'Rencana Tata Ruang Wilayah Kabupaten Simalungun',
    'perlu_direvisi',
    'Penyesuaian dengan kawasan strategis nasional Danau Toba dan peta rencana daring.',
  ],
  [
    'SPBE',
    'Peraturan Bupati tentang Sistem Pemerintahan Berbasis Elektronik',
    'perlu_disusun',
    'Dasar arsitektur, peta rencana dan tim koordinasi SPBE.',
  ],
  [
    'Peraturan Kepala Daerah',
    'Peraturan Bupati tentang Satu Data Simalungun',
    'perlu_disusun',
    'Menetapkan walidata, produsen data dan forum satu data.',
  ],
  [
    'Peraturan Kepala Daerah',
    'Peraturan Bupati tentang Masterplan Smart City Kabupaten Simalungun 2022–2031',
    'perlu_disusun',
    'Selaras dengan PP 59/2022 tentang Perkotaan; dievaluasi setelah lima tahun.',
  ],
];

const APPLICATIONS: [string, string, DimensionCode, string, 'berjalan' | 'pengembangan' | 'tidak_aktif'][] = [
  [
    'Situs resmi dan PPID Kabupaten Simalungun',
    'kominfo',
    'governance',
    'Informasi publik dan permohonan informasi.',
    'berjalan',
  ],
  [
    'SP4N-LAPOR!',
    'kominfo',
    'governance',
    'Aplikasi umum pengaduan masyarakat (KemenPAN-RB); belum semua OPD punya admin.',
    'berjalan',
  ],
  ['SIPD', 'bappeda', 'governance', 'Aplikasi umum perencanaan dan keuangan daerah (Kemendagri).', 'berjalan'],
  ['SRIKANDI', 'kominfo', 'governance', 'Aplikasi umum naskah dinas elektronik (ANRI); uji coba di Diskominfo.', 'pengembangan'],
  ['OSS-RBA', 'dpmptsp', 'economy', 'Perizinan berusaha berbasis risiko (pusat).', 'berjalan'],
  ['SIKS-NG', 'sosial', 'economy', 'Pemutakhiran DTKS (Kementerian Sosial).', 'berjalan'],
  [
    'Sistem informasi puskesmas',
    'kesehatan',
    'living',
    'Pencatatan pasien di sebagian puskesmas, belum terhubung antarpuskesmas.',
    'berjalan',
  ],
  [
    'Aplikasi pendaftaran penduduk daring',
    'dukcapil',
    'governance',
    'Dibuat 2019, tidak lagi dipakai setelah layanan pusat.',
    'tidak_aktif',
  ],
];

/** Per dimension, the three aspects' scores (1–5) with their evidence (demo assessment of Bimtek I). */
const SCORES: Record<DimensionCode, [number, number, number]> = {
  governance: [3, 3, 2],
  branding: [2, 2, 2],
  economy: [2, 2, 2],
  living: [2, 2, 1],
  society: [3, 2, 2],
  environment: [2, 1, 2],
};
const EVIDENCE: Record<ReadinessAspect, string> = {
  struktur: 'SK Dewan dan Tim Pelaksana Smart City; daftar aparatur TIK per OPD (demo)',
  infrastruktur: 'Peta jaringan intra pemerintah dan daftar nagori blank spot (demo)',
  suprastruktur: 'Daftar regulasi daerah yang ada dan yang perlu disusun (demo)',
};
/** Governance is also scored per sub-aspect (the guidance's sub-aspects of each aspect). */
const SUB_SCORES: [ReadinessAspect, string, number, string][] = [
  ['struktur', 'Sumber daya manusia', 2, 'Aparatur berlatar belakang TIK sedikit, terutama di kecamatan'],
  ['struktur', 'Anggaran', 3, 'Belanja TIK ada di banyak OPD, belum terkonsolidasi'],
  ['struktur', 'Tata kelola', 3, 'Dewan dan Tim Pelaksana sudah dibentuk dengan SK Bupati'],
  ['infrastruktur', 'Infrastruktur fisik', 3, 'Kantor OPD di Pematang Raya terpusat'],
  [
    'infrastruktur',
    'Infrastruktur digital (TIK)',
    3,
    'Jaringan intra pemerintah sampai sebagian besar OPD; ruang server belum standar',
  ],
  ['infrastruktur', 'Infrastruktur sosial', 2, 'Relawan TIK aktif di beberapa kecamatan'],
  ['suprastruktur', 'Kebijakan', 2, 'Perbup SPBE dan Satu Data belum ada'],
  ['suprastruktur', 'Kelembagaan', 3, 'Diskominfo sebagai koordinator; tim koordinasi SPBE belum ditetapkan'],
  ['suprastruktur', 'Tata laksana', 2, 'Prosedur layanan daring belum baku'],
];

const GAPS: Record<DimensionCode, [string, string, string][]> = {
  governance: [
    [
      'Layanan publik di loket OPD; aduan lewat banyak kanal tanpa batas waktu',
      'Layanan terpadu dengan antrean daring; aduan ditindaklanjuti paling lama 5 hari kerja',
      'Kanal aduan belum terpadu dan layanan belum terkumpul di satu tempat',
    ],
    [
      'Naskah dinas di atas kertas, disposisi manual',
      'Naskah dinas elektronik dengan tanda tangan elektronik di seluruh OPD',
      'Aplikasi dan sertifikat elektronik belum diterapkan',
    ],
    [
      'Data sektoral tersebar dalam berkas OPD',
      'Satu portal data dan dasbor indikator untuk pimpinan',
      'Belum ada walidata, standar data dan portal',
    ],
  ],
  branding: [
    [
      'Informasi destinasi dan event tersebar di akun pribadi dan biro perjalanan',
      'Satu kanal resmi destinasi, event dan akomodasi',
      'Belum ada pengelola informasi wisata yang tunggal',
    ],
    [
      'Produk unggulan dijual lewat pedagang perantara',
      'Etalase daring produk unggulan dengan pembayaran QRIS',
      'Kurasi produk dan akses lokapasar belum ada',
    ],
    [
      'Ruang publik ibu kota belum menampilkan identitas Simalungun',
      'Ruang publik dan gerbang kawasan bercirikan budaya Simalungun',
      'Rencana penataan dan pendanaan belum tersedia',
    ],
  ],
  economy: [
    [
      'Harga komoditas diketahui dari pedagang',
      'Harga harian komoditas terbuka bagi petani',
      'Belum ada pencatatan harga harian yang terbuka',
    ],
    [
      'DTKS dimutakhirkan tidak teratur',
      'DTKS dimutakhirkan setiap bulan oleh operator nagori',
      'Operator nagori dan padanan data kependudukan belum berjalan',
    ],
    [
      'Sebagian besar UMKM dan wajib pajak bertransaksi tunai',
      'Transaksi UMKM dan pajak daerah sebagian besar nontunai',
      'Akun QRIS dan kanal bayar daring belum meluas',
    ],
  ],
  living: [
    [
      'Peta tata ruang hanya dalam dokumen cetak',
      'Peta rencana tata ruang daring yang terhubung dengan layanan PBG',
      'Peta digital dan integrasi layanan belum ada',
    ],
    [
      'Informasi jadwal kapal dan kondisi jalan dari mulut ke mulut',
      'Informasi waktu nyata di pelabuhan dan jalur wisata',
      'Sensor, kamera dan kesepakatan data dengan operator belum ada',
    ],
    [
      'Pasien antre sejak pagi di puskesmas',
      'Pendaftaran daring di seluruh puskesmas dan telekonsultasi',
      'Sistem pendaftaran daring belum diterapkan',
    ],
  ],
  society: [
    [
      'Literasi digital warga perdesaan rendah',
      'Kelas literasi digital rutin di setiap kecamatan',
      'Program literasi belum terjadwal dan belum terukur',
    ],
    [
      'Perpustakaan hanya di ibu kota kabupaten',
      'Pojok baca berinternet di nagori',
      'Koleksi digital dan akses internet nagori belum ada',
    ],
    [
      'Peringatan dini bencana sampai ke warga lambat; belum ada nomor darurat tunggal',
      'Peringatan dini sampai ke kecamatan dalam satu jam; layanan 112 terpadu',
      'Alur penyebaran informasi dan pusat layanan darurat belum ada',
    ],
  ],
  environment: [
    [
      'Kualitas air Danau Toba diukur sesekali',
      'Pemantauan kualitas air harian dengan data terbuka',
      'Stasiun sensor dan keterbukaan data belum ada',
    ],
    [
      'Angkutan sampah belum menjangkau semua kecamatan; tanpa laporan warga',
      'Laporan warga menentukan rute angkutan; bank sampah tercatat digital',
      'Kanal laporan dan pencatatan bank sampah belum ada',
    ],
    [
      'Lampu jalan jalur wisata memakai listrik PLN tanpa pemantauan',
      'PJU tenaga surya yang dipantau dari jarak jauh',
      'Skema pendanaan KPBU belum disiapkan',
    ],
  ],
};

const GOALS: [DimensionCode, string, string, string | null, string, string, number][] = [
  [
    'governance',
    'Tata kelola pemerintahan berbasis elektronik meningkat',
    'Indeks SPBE Kabupaten Simalungun',
    'indeks',
    '± 2,0 (estimasi demo)',
    '3,5 (predikat baik)',
    2026,
  ],
  [
    'branding',
    'Destinasi dan event daerah dikenal luas',
    'Persentase destinasi utama yang tercantum di kanal promosi digital daerah',
    '%',
    '± 20 (estimasi demo)',
    '100',
    2026,
  ],
  [
    'economy',
    'UMKM memanfaatkan transaksi digital',
    'Jumlah UMKM yang memakai pembayaran nontunai atau lokapasar',
    'UMKM',
    '± 300 (estimasi demo)',
    '5.000',
    2026,
  ],
  [
    'living',
    'Layanan kesehatan dasar lebih mudah dijangkau',
    'Persentase puskesmas yang melayani pendaftaran daring',
    '%',
    '0',
    '100',
    2023,
  ],
  [
    'society',
    'Masyarakat aman dan cakap digital',
    'Persentase kecamatan yang terlayani panggilan darurat 112',
    '%',
    '0',
    '100',
    2026,
  ],
  [
    'environment',
    'Sampah terkelola dan Danau Toba terpantau',
    'Persentase timbulan sampah yang terangkut dan terolah',
    '%',
    '± 45 (estimasi demo)',
    '70',
    2031,
  ],
];

/** [dimension, kind, text, SWOT items as [kind, index], programmes by the start of their name]. */
const STRATEGIES: [DimensionCode, TowsKind, string, ['S' | 'W' | 'O' | 'T', number][], string[]][] = [
  [
    'governance',
    'SO',
    'Memanfaatkan komitmen kepala daerah dan kebijakan nasional SPBE untuk memadukan pengaduan dan naskah dinas dalam aplikasi umum.',
    [
      ['S', 0],
      ['O', 0],
    ],
    ['Integrasi Pengaduan', 'Naskah Dinas Elektronik'],
  ],
  [
    'governance',
    'WO',
    'Menyatukan data sektoral OPD dengan standar Satu Data Indonesia dan pendampingan Kementerian Kominfo.',
    [
      ['W', 0],
      ['W', 2],
      ['O', 0],
      ['O', 1],
    ],
    ['Satu Data Simalungun'],
  ],
  [
    'governance',
    'ST',
    'Menghadirkan layanan terpadu di Mal Pelayanan Publik dengan jaringan yang ada dan pengamanan sistem yang memadai.',
    [
      ['S', 1],
      ['T', 0],
    ],
    ['Mal Pelayanan Publik'],
  ],
  [
    'governance',
    'WT',
    'Menguatkan SDM TIK sendiri agar tidak bergantung pada penyedia aplikasi pihak ketiga.',
    [
      ['W', 1],
      ['T', 1],
    ],
    ['Naskah Dinas Elektronik', 'Satu Data Simalungun'],
  ],
  [
    'branding',
    'SO',
    'Mempromosikan Danau Toba dan budaya Simalungun melalui satu kanal destinasi dan event.',
    [
      ['S', 0],
      ['S', 1],
      ['O', 0],
    ],
    ['Kalender Event'],
  ],
  [
    'branding',
    'WO',
    'Memadukan promosi kopi, teh dan hiou dengan lokapasar dan pemasaran digital.',
    [
      ['W', 0],
      ['O', 1],
    ],
    ['Katalog Daring Produk'],
  ],
  [
    'branding',
    'ST',
    'Menata wajah kota dan gerbang kawasan dengan identitas Simalungun untuk bersaing dengan destinasi lain.',
    [
      ['S', 1],
      ['T', 0],
      ['T', 1],
    ],
    ['Penataan Wajah Kota'],
  ],
  [
    'economy',
    'SO',
    'Membawa UMKM dan pembayaran pajak daerah ke dalam ekosistem pembayaran digital.',
    [
      ['S', 1],
      ['O', 0],
    ],
    ['Pendampingan Digital', 'Elektronifikasi Transaksi'],
  ],
  [
    'economy',
    'WO',
    'Memperpendek rantai pasok dengan informasi harga harian dan akses pasar melalui jalan tol.',
    [
      ['W', 0],
      ['O', 1],
    ],
    ['Sistem Informasi Harga'],
  ],
  [
    'economy',
    'WT',
    'Melindungi warga rentan dari guncangan harga dan pandemi dengan data kesejahteraan yang mutakhir.',
    [
      ['W', 0],
      ['T', 0],
      ['T', 1],
    ],
    ['Data Terpadu Kesejahteraan'],
  ],
  [
    'living',
    'SO',
    'Memanfaatkan jaringan puskesmas dan transformasi digital kesehatan agar layanan lebih dekat.',
    [
      ['S', 0],
      ['O', 0],
    ],
    ['Antrean Daring Puskesmas'],
  ],
  [
    'living',
    'WT',
    'Mengendalikan permukiman di kawasan wisata dan rawan bencana dengan peta tata ruang daring.',
    [
      ['W', 1],
      ['T', 0],
      ['T', 1],
    ],
    ['Sistem Informasi Tata Ruang'],
  ],
  [
    'living',
    'ST',
    'Memberi informasi perjalanan dan penyeberangan agar jalur wisata aman dan lancar.',
    [
      ['S', 1],
      ['T', 0],
    ],
    ['Informasi Lalu Lintas'],
  ],
  [
    'society',
    'SO',
    'Menggerakkan komunitas pemuda dan Relawan TIK untuk literasi digital dan pojok baca nagori.',
    [
      ['S', 1],
      ['O', 0],
      ['O', 1],
    ],
    ['Literasi Digital', 'Perpustakaan Digital'],
  ],
  [
    'society',
    'WT',
    'Mempercepat informasi bencana lewat kanal resmi yang sudah dikenal warga, lalu membangun layanan 112.',
    [
      ['W', 1],
      ['T', 0],
    ],
    ['Informasi Peringatan Dini', 'Layanan Panggilan Darurat 112'],
  ],
  [
    'environment',
    'SO',
    'Menjaga Danau Toba dengan pemantauan kualitas air dan dukungan program nasional.',
    [
      ['S', 0],
      ['O', 0],
    ],
    ['Pemantauan Kualitas Air'],
  ],
  [
    'environment',
    'WO',
    'Menjangkau seluruh kecamatan dalam pengelolaan sampah dengan laporan warga dan bank sampah.',
    [
      ['W', 0],
      ['O', 0],
    ],
    ['Aplikasi Pelaporan Sampah', 'Bank Sampah Digital'],
  ],
  [
    'environment',
    'ST',
    'Memanfaatkan komitmen kebersihan kawasan wisata untuk energi surya di jalur wisata.',
    [
      ['S', 1],
      ['T', 1],
    ],
    ['Penerangan Jalan Umum'],
  ],
];

const ALL_MET = { sharpensExisting: true, withinOneYear: true, lowCost: true, noNewInfrastructure: true, visibleBenefit: true };
/** [programme, problem, existing service, beneficiaries, indicator, schedule, budget, target]. */
const QUICK_WINS: [string, string, string, string, string, string, number, string][] = [
  [
    'Integrasi Pengaduan',
    'Aduan warga tidak jelas tindak lanjutnya; sebagian OPD belum memiliki admin SP4N-LAPOR!.',
    'Kanal pengaduan SP4N-LAPOR! yang sudah dipakai Diskominfo',
    'Warga yang menyampaikan aduan; seluruh OPD dan kecamatan',
    'Persentase aduan ditindaklanjuti paling lama 5 hari kerja',
    'Januari–Juni 2022',
    150_000_000,
    '80% pada Juni 2022',
  ],
  [
    'Kalender Event',
    'Wisatawan sulit menemukan jadwal event dan destinasi di luar Parapat.',
    'Situs dan media sosial Dinas Pariwisata',
    'Wisatawan, pelaku usaha wisata dan penyelenggara event',
    'Persentase destinasi dan event yang tercantum',
    'Februari–Agustus 2022',
    200_000_000,
    '100% pada Agustus 2022',
  ],
  [
    'Pendampingan Digital',
    'UMKM binaan belum dapat menerima pembayaran nontunai dan berjualan daring.',
    'Pendampingan UMKM oleh Dinas Koperasi dan UKM',
    '1.000 UMKM binaan',
    'Jumlah UMKM dampingan dengan QRIS atau toko daring',
    'Maret–November 2022',
    250_000_000,
    '1.000 UMKM pada November 2022',
  ],
  [
    'Antrean Daring Puskesmas',
    'Pasien antre sejak pagi untuk mendaftar di puskesmas.',
    'Pendaftaran pasien di loket puskesmas',
    'Pasien puskesmas di seluruh kecamatan',
    'Persentase puskesmas dengan pendaftaran daring',
    'Januari–Juli 2022',
    300_000_000,
    '100% pada Juli 2022',
  ],
  [
    'Informasi Peringatan Dini',
    'Peringatan dini cuaca dan longsor lambat sampai ke nagori.',
    'Akun media sosial dan pusat pengendalian operasi BPBD',
    'Warga nagori rawan longsor dan banjir, pengguna jalur wisata',
    'Waktu penerusan peringatan dini ke seluruh kecamatan',
    'Januari–Mei 2022',
    100_000_000,
    'paling lama 1 jam pada Mei 2022',
  ],
  [
    'Aplikasi Pelaporan Sampah',
    'Timbunan sampah liar lama tidak diangkut karena tidak diketahui petugas.',
    'Layanan angkutan sampah Dinas Lingkungan Hidup',
    'Warga di kecamatan yang dilayani angkutan sampah',
    'Persentase laporan timbunan sampah diangkut dalam 3 hari',
    'April–Oktober 2022',
    150_000_000,
    '80% pada Oktober 2022',
  ],
];

/** The OPD of a demo programme, by the start of its name. */
function unitOf(programme: string): string {
  const found = PROGRAMMES.find((p) => p.name.startsWith(programme));
  if (!found) throw new Error(`demo: program ${programme} tidak ada`);
  return found.unit;
}

export function demoBookRecords(ref: DemoRefs) {
  const dims = Object.keys(SCORES) as DimensionCode[];
  const statistics: In<'statistics'>[] = STATISTICS.map(([label, value, year], i) => ({
    id: i + 1,
    label,
    value,
    year,
    source: EST,
    sortOrder: i + 1,
  }));
  const regulations: In<'regulations'>[] = REGULATIONS.map(([kind, title, status, note], i) => ({
    id: i + 1,
    kind,
    title,
    number: null,
    status,
    note,
    sortOrder: i + 1,
  }));
  const applications: In<'applications'>[] = APPLICATIONS.map(([name, unit, dim, description, status], i) => ({
    id: i + 1,
    name,
    unitId: ref.unitId(unit),
    dimensionId: ref.dimensionId(dim),
    description,
    status,
    sortOrder: i + 1,
  }));
  const readinessScores: In<'readinessScores'>[] = [];
  for (const dim of dims) {
    (['struktur', 'infrastruktur', 'suprastruktur'] as const).forEach((aspect, i) =>
      readinessScores.push({
        id: readinessScores.length + 1,
        dimensionId: ref.dimensionId(dim),
        aspect,
        subAspect: null,
        score: SCORES[dim][i]!,
        evidence: EVIDENCE[aspect],
      }),
    );
  }
  for (const [aspect, subAspect, score, evidence] of SUB_SCORES) {
    readinessScores.push({
      id: readinessScores.length + 1,
      dimensionId: ref.dimensionId('governance'),
      aspect,
      subAspect,
      score,
      evidence,
    });
  }
  const elementGaps: In<'elementGaps'>[] = dims
    .flatMap((dim) => GAPS[dim].map(([current, target, gap], i) => ({ elementId: ref.elementId(dim, i), current, target, gap })))
    .map((g, i) => ({ id: i + 1, ...g }));
  const goals: In<'goals'>[] = GOALS.map(([dim, text, indicator, unit, baseline, target, targetYear], i) => ({
    id: i + 1,
    dimensionId: ref.dimensionId(dim),
    text,
    indicator,
    unit,
    baseline,
    baselineYear: 2021,
    target,
    targetYear,
    sortOrder: i + 1,
  }));
  const strategies: In<'strategies'>[] = STRATEGIES.map(([dim, kind, text, swot, programmes], i) => ({
    id: i + 1,
    dimensionId: ref.dimensionId(dim),
    kind,
    text,
    swotIds: swot.map(([k, n]) => ref.swotId(dim, k, n)),
    programmeIds: programmes.map(ref.programmeId),
    sortOrder: i + 1,
  }));
  const monitoring: In<'monitoring'>[] = [
    [
      'baseline',
      null,
      null,
      'Indeks SPBE Kabupaten Simalungun',
      '3,5 pada 2026',
      'Evaluasi SPBE Kementerian PANRB',
      'Tahunan',
      'kominfo',
    ],
    [
      'baseline',
      null,
      null,
      'Nilai kesiapan smart city per dimensi (1–5)',
      'Naik satu tingkat pada 2026',
      'Penilaian Tim Pelaksana',
      'Tahunan',
      'bappeda',
    ],
    [
      'output',
      'governance',
      'Satu Data Simalungun',
      'Jumlah dataset sektoral terbit',
      '600 dataset pada 2026',
      'Portal satu data',
      'Triwulanan',
      'kominfo',
    ],
    [
      'output',
      'economy',
      'Elektronifikasi Transaksi',
      'Kanal pembayaran pajak nontunai yang aktif',
      '5 kanal pada 2024',
      'Laporan Bapenda',
      'Semesteran',
      'bapenda',
    ],
    [
      'outcome',
      'governance',
      null,
      'Indeks kepuasan masyarakat terhadap layanan publik',
      '85 pada 2026',
      'Survei kepuasan masyarakat',
      'Tahunan',
      'setda',
    ],
    [
      'outcome',
      'economy',
      'Pendampingan Digital',
      'UMKM yang tetap memakai QRIS enam bulan setelah pendampingan',
      '70%',
      'Data bank penerbit QRIS',
      'Semesteran',
      'koperasi',
    ],
    ['impact', null, null, 'Indeks Pembangunan Manusia', 'Naik setiap tahun', 'BPS Kabupaten Simalungun', 'Tahunan', 'bappeda'],
    [
      'impact',
      'branding',
      null,
      'Kunjungan wisatawan ke kawasan Danau Toba wilayah Simalungun',
      'Naik setiap tahun',
      'Dinas Pariwisata',
      'Tahunan',
      'pariwisata',
    ],
    ...QUICK_WINS.map(
      ([programme, , , , indicator, , , target]) =>
        ['quick_win', null, programme, indicator, target, 'Laporan OPD pelaksana', 'Bulanan', unitOf(programme)] as const,
    ),
  ].map(([kind, dim, programme, indicator, target, dataSource, frequency, unit], i) => ({
    id: i + 1,
    kind: kind as In<'monitoring'>['kind'],
    dimensionId: dim === null ? null : ref.dimensionId(dim as DimensionCode),
    programmeId: programme === null ? null : ref.programmeId(programme),
    indicator: indicator!,
    target,
    dataSource,
    frequency,
    unitId: ref.unitId(unit!),
    sortOrder: i + 1,
  }));
  const quickWins: In<'quickWins'>[] = QUICK_WINS.map(
    ([programme, problem, existingService, beneficiaries, indicator, schedule, budget], i) => ({
      id: i + 1,
      programmeId: ref.programmeId(programme),
      problem,
      existingService,
      beneficiaries,
      indicator,
      schedule,
      budget,
      criteria: { ...ALL_MET },
    }),
  );
  return { statistics, regulations, applications, readinessScores, elementGaps, goals, strategies, monitoring, quickWins };
}
