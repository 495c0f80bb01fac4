// The standard masterplan skeleton (domain.md §1.3–§1.4) as plain data: volumes, chapters, sections with guidance, six dimensions.
import type { z } from 'zod';
import type { DimensionCode, masterplanSchema, Skeleton, VolumeCode } from '../domain/masterplan';

/** What a bundle's `masterplan` accepts (the input side of the schema: defaults may be left out). */
export type MasterplanInput = z.input<typeof masterplanSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Placeholders

/** The placeholders a guidance prompt or a section body may contain, each with what it stands for. */
export const PLACEHOLDERS = [
  { name: 'nama_daerah', description: 'Nama lengkap daerah, misalnya "Kabupaten Simalungun".' },
  { name: 'tahun', description: 'Tahun program Gerakan Menuju Smart City, misalnya "2021".' },
  { name: 'ibu_kota', description: 'Ibu kota daerah, misalnya "Pematang Raya".' },
  { name: 'provinsi', description: 'Provinsi tempat daerah berada, misalnya "Sumatera Utara".' },
  { name: 'nama_dinas', description: 'Nama perangkat daerah penyusun, misalnya "Dinas Komunikasi dan Informatika".' },
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number]['name'];
export type PlaceholderValues = Partial<Record<PlaceholderName, string | number | null>>;

const KNOWN = new Set<string>(PLACEHOLDERS.map((p) => p.name));

/**
 * Replaces {nama_daerah}, {tahun}, {ibu_kota}, {provinsi} and {nama_dinas} by their values. Unknown placeholders and
 * known ones without a value (missing, null or empty) stay visible as written, so the drafter sees what is left to do.
 */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    if (!KNOWN.has(name)) return whole;
    const value = values[name as PlaceholderName];
    if (value === undefined || value === null) return whole;
    const s = String(value);
    return s === '' ? whole : s;
  });
}

/** The placeholder names used in a text, in order of first appearance (unknown ones included). */
export function placeholdersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\{([a-z_]+)\}/g)) {
    const name = match[1] ?? '';
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

/** The values for a regency profile and programme year ("Kabupaten Simalungun", 2021, …). */
export function placeholderValues(
  regency: { kind: 'kabupaten' | 'kota'; name: string; capital: string; province: string; officeName: string },
  year: number | null,
): PlaceholderValues {
  return {
    nama_daerah: `${regency.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${regency.name}`,
    tahun: year,
    ibu_kota: regency.capital,
    provinsi: regency.province,
    nama_dinas: regency.officeName,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Volumes, chapters, sections

interface SectionDef {
  title: string;
  guidance: string;
}
interface ChapterDef {
  title: string;
  sections: SectionDef[];
}
interface VolumeDef {
  code: VolumeCode;
  title: string;
  chapters: ChapterDef[];
}

const s = (title: string, guidance: string): SectionDef => ({ title, guidance });

const STANDARD_VOLUMES: readonly VolumeDef[] = [
  {
    code: 'ringkasan',
    title: 'Ringkasan Eksekutif',
    chapters: [
      {
        title: 'Kata Pengantar',
        sections: [
          s(
            'Kata Pengantar Bupati',
            'Tuliskan sambutan Bupati/Wali Kota {nama_daerah}: arti penting masterplan smart city bagi pembangunan daerah, apresiasi kepada Dewan Smart City, Tim Pelaksana dan Kementerian, serta harapan pelaksanaannya.',
          ),
          s(
            'Kata Pengantar Ketua Tim Pelaksana',
            'Tuliskan pengantar Ketua Tim Pelaksana Smart City: proses penyusunan melalui empat tahap Bimtek tahun {tahun}, pihak yang terlibat, dan ucapan terima kasih.',
          ),
        ],
      },
      {
        title: 'Ringkasan Masterplan Smart City',
        sections: [
          s(
            'Visi Smart City',
            'Tuliskan visi smart city {nama_daerah} dalam satu kalimat beserta makna singkat setiap kata kuncinya.',
          ),
          s(
            'Enam Dimensi Smart City',
            'Rangkum arah pembangunan tiap dimensi (Governance, Branding, Economy, Living, Society, Environment) masing-masing dalam satu kalimat.',
          ),
          s(
            'Program Quick Win',
            'Sebutkan program quick win (satu per dimensi) yang akan dijalankan dalam 6 bulan hingga 1 tahun, lengkap dengan perangkat daerah penanggung jawabnya.',
          ),
          s('Ringkasan Peta Jalan', 'Ringkas tahapan jangka pendek, menengah dan panjang beserta tonggak capaian utamanya.'),
        ],
      },
    ],
  },
  {
    code: 'buku1',
    title: 'Buku I Analisis Strategis',
    chapters: [
      {
        title: 'Pendahuluan',
        sections: [
          s(
            'Latar Belakang',
            'Uraikan mengapa {nama_daerah} menyusun masterplan smart city: tantangan pembangunan dan pelayanan publik, keikutsertaan dalam Gerakan Menuju Smart City tahun {tahun}, dan nota kesepakatan dengan Kementerian.',
          ),
          s(
            'Maksud dan Tujuan',
            'Jelaskan maksud penyusunan Buku I dan tujuan yang ingin dicapai, misalnya memetakan kesiapan daerah dan merumuskan isu strategis sebagai dasar Buku II.',
          ),
          s(
            'Ruang Lingkup',
            'Tetapkan lingkup wilayah (seluruh wilayah {nama_daerah}), lingkup materi (enam dimensi smart city) dan jangka waktu perencanaan.',
          ),
          s(
            'Dasar Hukum',
            'Daftarkan peraturan yang menjadi dasar: undang-undang pemerintahan daerah, peraturan SPBE, PP 59/2022 tentang Perkotaan bila relevan, RPJMD, serta nota kesepakatan dengan Direktorat Jenderal Aplikasi Informatika.',
          ),
          s(
            'Metodologi',
            'Jelaskan cara penyusunan: empat tahap Bimtek dan FGD bersama perangkat daerah, pengumpulan data sekunder, analisis kesiapan, analisis kesenjangan dan SWOT.',
          ),
          s('Sistematika Penulisan', 'Uraikan isi setiap bab Buku I secara singkat, satu paragraf pendek per bab.'),
        ],
      },
      {
        title: 'Gambaran Umum Daerah',
        sections: [
          s(
            'Kondisi Geografis dan Administrasi',
            'Uraikan kondisi geografis {nama_daerah}: letak, luas wilayah, batas administrasi, topografi, jumlah kecamatan dan desa/kelurahan, serta ibu kota di {ibu_kota}, {provinsi}.',
          ),
          s(
            'Kondisi Demografi',
            'Sajikan jumlah, sebaran, kepadatan dan struktur umur penduduk, serta indikator pendidikan dan kesehatan utama dari data BPS terbaru.',
          ),
          s(
            'Potensi Unggulan Daerah',
            'Uraikan sektor unggulan (pertanian, perkebunan, pariwisata, industri, UMKM) dan potensi yang dapat diungkit dengan teknologi informasi.',
          ),
          s(
            'Visi dan Misi RPJMD',
            'Kutip visi dan misi RPJMD {nama_daerah} yang berlaku, lalu tunjukkan keterkaitannya dengan pembangunan smart city.',
          ),
        ],
      },
      {
        title: 'Analisis Kesiapan Daerah',
        sections: [
          s(
            'Kesiapan Struktur',
            'Nilai kesiapan struktur: sumber daya manusia pelaksana dan penerima manfaat, sumber daya anggaran, serta tata kelola dan tata pamong smart city di {nama_daerah}.',
          ),
          s(
            'Kesiapan Infrastruktur',
            'Nilai kesiapan infrastruktur fisik, infrastruktur digital/TIK (jaringan, pusat data, aplikasi) dan infrastruktur sosial.',
          ),
          s(
            'Kesiapan Suprastruktur',
            'Nilai kesiapan suprastruktur: kebijakan dan peraturan daerah, kelembagaan (Dewan Smart City, Tim Pelaksana) dan tata laksana.',
          ),
        ],
      },
      {
        title: 'Analisis Kesenjangan dan SWOT',
        sections: [
          s(
            'Analisis Kesenjangan',
            'Bandingkan kondisi saat ini dengan kondisi yang diharapkan pada tiap dimensi dan tunjukkan kesenjangan terbesar.',
          ),
          s(
            'Analisis SWOT Smart Governance',
            'Daftarkan kekuatan, kelemahan, peluang dan ancaman dimensi Smart Governance di {nama_daerah}.',
          ),
          s(
            'Analisis SWOT Smart Branding',
            'Daftarkan kekuatan, kelemahan, peluang dan ancaman dimensi Smart Branding di {nama_daerah}.',
          ),
          s(
            'Analisis SWOT Smart Economy',
            'Daftarkan kekuatan, kelemahan, peluang dan ancaman dimensi Smart Economy di {nama_daerah}.',
          ),
          s(
            'Analisis SWOT Smart Living',
            'Daftarkan kekuatan, kelemahan, peluang dan ancaman dimensi Smart Living di {nama_daerah}.',
          ),
          s(
            'Analisis SWOT Smart Society',
            'Daftarkan kekuatan, kelemahan, peluang dan ancaman dimensi Smart Society di {nama_daerah}.',
          ),
          s(
            'Analisis SWOT Smart Environment',
            'Daftarkan kekuatan, kelemahan, peluang dan ancaman dimensi Smart Environment di {nama_daerah}.',
          ),
        ],
      },
      {
        title: 'Isu Strategis dan Kata Kunci Visi',
        sections: [
          s(
            'Isu Strategis',
            'Rumuskan isu strategis hasil analisis kesiapan, kesenjangan dan SWOT, paling banyak dua sampai tiga isu per dimensi.',
          ),
          s(
            'Kata Kunci Visi Smart City',
            'Daftarkan kata kunci yang disepakati peserta Bimtek sebagai bahan perumusan visi smart city {nama_daerah}.',
          ),
        ],
      },
    ],
  },
  {
    code: 'buku2',
    title: 'Buku II Masterplan Smart City',
    chapters: [
      {
        title: 'Pendahuluan',
        sections: [
          s(
            'Latar Belakang',
            'Ringkas hasil Buku I Analisis Strategis yang menjadi dasar penyusunan masterplan smart city {nama_daerah}.',
          ),
          s(
            'Maksud dan Tujuan',
            'Jelaskan maksud Buku II sebagai arah pembangunan smart city dan tujuan yang ingin dicapai dalam lima sampai sepuluh tahun.',
          ),
          s(
            'Dasar Hukum',
            'Daftarkan dasar hukum, termasuk Peraturan Bupati tentang Masterplan Smart City bila sudah ditetapkan.',
          ),
          s('Sistematika Penulisan', 'Uraikan isi setiap bab Buku II secara singkat.'),
        ],
      },
      {
        title: 'Visi, Misi dan Sasaran Smart City',
        sections: [
          s(
            'Visi Smart City',
            'Tuliskan visi smart city {nama_daerah} yang dirumuskan dari kata kunci Buku I, lalu jelaskan makna setiap unsurnya.',
          ),
          s(
            'Misi Smart City',
            'Tuliskan misi smart city sebagai langkah untuk mewujudkan visi, sebaiknya dikaitkan dengan enam dimensi.',
          ),
          s(
            'Sasaran Strategis',
            'Rumuskan sasaran strategis yang terukur untuk tiap dimensi, beserta indikator dan target akhir periode.',
          ),
        ],
      },
      {
        title: 'Strategi Pembangunan per Dimensi',
        sections: [
          s(
            'Strategi Smart Governance',
            'Uraikan strategi pelayanan publik, manajemen birokrasi dan kebijakan publik berbasis digital di {nama_daerah}.',
          ),
          s('Strategi Smart Branding', 'Uraikan strategi ekosistem pariwisata, platform bisnis daerah dan penataan wajah kota.'),
          s(
            'Strategi Smart Economy',
            'Uraikan strategi ekosistem industri, kesejahteraan rakyat dan transaksi keuangan nontunai.',
          ),
          s(
            'Strategi Smart Living',
            'Uraikan strategi tata ruang dan lingkungan tinggal, transportasi, serta layanan kesehatan.',
          ),
          s('Strategi Smart Society', 'Uraikan strategi interaksi komunitas, ekosistem belajar dan keamanan masyarakat.'),
          s(
            'Strategi Smart Environment',
            'Uraikan strategi proteksi lingkungan, pengelolaan sampah dan limbah, serta tata kelola energi.',
          ),
        ],
      },
      {
        title: 'Program dan Rencana Aksi',
        sections: [
          s(
            'Program Jangka Pendek',
            'Daftarkan program jangka pendek (1 tahun) per dimensi: nama program, perangkat daerah penanggung jawab, perkiraan anggaran dan sumber dana.',
          ),
          s(
            'Program Jangka Menengah',
            'Daftarkan program jangka menengah (sampai 5 tahun) per dimensi beserta tahun pelaksanaan dan perkiraan anggaran.',
          ),
          s(
            'Program Jangka Panjang',
            'Daftarkan program jangka panjang (lebih dari 5 tahun) yang menjadi arah pembangunan smart city {nama_daerah}.',
          ),
        ],
      },
      {
        title: 'Quick Win',
        sections: [
          s(
            'Kriteria Pemilihan Quick Win',
            'Jelaskan kriteria quick win: aksi nyata dalam 6 bulan hingga 1 tahun yang mempertajam layanan yang sudah ada, bukan pembangunan infrastruktur baru.',
          ),
          s(
            'Daftar Quick Win',
            'Uraikan satu quick win untuk tiap dimensi: tujuan, kegiatan, penanggung jawab, jadwal dan ukuran keberhasilannya.',
          ),
        ],
      },
      {
        title: 'Peta Jalan dan Tata Kelola',
        sections: [
          s(
            'Peta Jalan Smart City',
            'Susun peta jalan per tahun dan per dimensi, dari quick win sampai program jangka panjang, dengan tonggak capaian yang jelas.',
          ),
          s(
            'Tata Kelola Smart City',
            'Jelaskan peran Dewan Smart City, Tim Pelaksana Smart City dan {nama_dinas} sebagai koordinator, termasuk mekanisme rapat dan pelaporan.',
          ),
          s('Sumber Pendanaan', 'Uraikan skema pendanaan: APBD, APBN/DAK, APBD Provinsi, CSR, KPBU dan sumber lain yang sah.'),
          s(
            'Pemantauan dan Evaluasi',
            'Jelaskan cara memantau dan mengevaluasi pelaksanaan masterplan setiap tahun, serta kapan masterplan ditinjau ulang.',
          ),
        ],
      },
      {
        title: 'Penutup',
        sections: [
          s(
            'Penutup',
            'Tutup dengan penegasan komitmen {nama_daerah} untuk melaksanakan masterplan secara bertahap dan berkelanjutan.',
          ),
        ],
      },
    ],
  },
  {
    code: 'lampiran',
    title: 'Lampiran',
    chapters: [
      {
        title: 'Dokumen Kebijakan dan Kelembagaan',
        sections: [
          s(
            'Peraturan Bupati tentang Masterplan Smart City',
            'Lampirkan Peraturan Bupati tentang Masterplan Smart City {nama_daerah}, atau rancangannya bila belum ditetapkan.',
          ),
          s(
            'Keputusan Bupati tentang Dewan Smart City dan Tim Pelaksana',
            'Lampirkan Keputusan Bupati tentang pembentukan Dewan Smart City dan Tim Pelaksana Smart City.',
          ),
          s(
            'Nota Kesepakatan',
            'Lampirkan nota kesepakatan antara Pemerintah {nama_daerah} dan Direktorat Jenderal Aplikasi Informatika.',
          ),
        ],
      },
      {
        title: 'Dokumen Pelaksanaan Bimtek',
        sections: [
          s(
            'Lembar Komitmen Bersama',
            'Lampirkan lembar komitmen bersama yang ditandatangani kepala perangkat daerah dan camat pada penutupan Bimtek tahap IV.',
          ),
          s('Daftar Hadir Bimtek', 'Lampirkan daftar hadir peserta setiap hari pada keempat tahap Bimtek tahun {tahun}.'),
          s(
            'Berita Acara Penutupan Bimtek',
            'Lampirkan berita acara penutupan Bimbingan Teknis Penyusunan Masterplan Smart City.',
          ),
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Dimensions and elements

interface ElementDef {
  name: string;
  description: string;
}
interface DimensionDef {
  code: DimensionCode;
  name: string;
  description: string;
  elements: [ElementDef, ElementDef, ElementDef];
}

const e = (name: string, description: string): ElementDef => ({ name, description });

const STANDARD_DIMENSIONS: readonly DimensionDef[] = [
  {
    code: 'governance',
    name: 'Smart Governance',
    description: 'Tata kelola pemerintahan yang efektif, efisien, transparan dan melayani dengan dukungan teknologi informasi.',
    elements: [
      e('Pelayanan Publik', 'Layanan kepada masyarakat yang cepat, mudah, terjangkau dan dapat diakses secara daring.'),
      e(
        'Manajemen Birokrasi yang Efisien',
        'Proses kerja internal pemerintah yang terintegrasi, minim kertas dan berbasis data.',
      ),
      e('Efisiensi Kebijakan Publik', 'Perumusan dan evaluasi kebijakan yang didukung data serta partisipasi masyarakat.'),
    ],
  },
  {
    code: 'branding',
    name: 'Smart Branding',
    description: 'Penguatan citra dan daya saing daerah agar dikenal luas dan menarik bagi wisatawan serta investor.',
    elements: [
      e('Ekosistem Pariwisata', 'Destinasi, atraksi dan layanan wisata yang dikelola dan dipromosikan secara digital.'),
      e('Ekosistem Bisnis Daerah', 'Platform yang mempertemukan produk dan pelaku usaha daerah dengan pasar yang lebih luas.'),
      e('Wajah Kota', 'Penataan ruang publik, penanda dan identitas visual yang mencerminkan budaya daerah.'),
    ],
  },
  {
    code: 'economy',
    name: 'Smart Economy',
    description: 'Perekonomian daerah yang inovatif, produktif dan inklusif dengan memanfaatkan teknologi.',
    elements: [
      e(
        'Ekosistem Industri yang Berdaya Saing',
        'Penguatan sektor unggulan, UMKM dan industri pengolahan melalui inovasi dan digitalisasi.',
      ),
      e('Kesejahteraan Rakyat', 'Peningkatan pendapatan dan perlindungan sosial yang tepat sasaran berbasis data.'),
      e('Ekosistem Transaksi Keuangan', 'Perluasan transaksi nontunai dan akses keuangan bagi masyarakat serta pelaku usaha.'),
    ],
  },
  {
    code: 'living',
    name: 'Smart Living',
    description: 'Lingkungan tempat tinggal yang layak, sehat, aman dan nyaman dengan mobilitas yang baik.',
    elements: [
      e(
        'Harmonisasi Tata Ruang',
        'Perencanaan dan pengendalian ruang serta permukiman yang tertib dan berbasis informasi geospasial.',
      ),
      e('Sarana Transportasi', 'Mobilitas orang dan barang yang lancar, aman dan terinformasi.'),
      e('Prasarana Kesehatan', 'Layanan kesehatan yang merata, terhubung dan mudah dijangkau.'),
    ],
  },
  {
    code: 'society',
    name: 'Smart Society',
    description: 'Masyarakat yang cakap digital, saling terhubung, aktif berpartisipasi dan merasa aman.',
    elements: [
      e('Interaksi Masyarakat', 'Ruang dan kanal bagi komunitas untuk berinteraksi, berkolaborasi dan menyampaikan aspirasi.'),
      e('Ekosistem Belajar', 'Akses belajar sepanjang hayat yang efisien, termasuk literasi digital.'),
      e('Keamanan Masyarakat', 'Perlindungan masyarakat dari gangguan keamanan, ketertiban dan bencana.'),
    ],
  },
  {
    code: 'environment',
    name: 'Smart Environment',
    description: 'Pengelolaan lingkungan yang berkelanjutan untuk menjaga alam dan sumber daya bagi generasi mendatang.',
    elements: [
      e('Proteksi Lingkungan', 'Pemantauan dan perlindungan kualitas air, udara, tanah, hutan dan kawasan danau.'),
      e(
        'Tata Kelola Sampah dan Limbah',
        'Pengurangan, pemilahan, pengangkutan dan pengolahan sampah serta limbah yang terpantau.',
      ),
      e('Tata Kelola Energi', 'Penggunaan energi yang hemat dan pemanfaatan energi terbarukan.'),
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Public accessors: always fresh objects, never the module's own data

/** The standard skeleton in the shape of a saved masterplan template (`skeletonSchema`). */
export function standardSkeleton(): Skeleton {
  return {
    volumes: STANDARD_VOLUMES.map((v) => ({
      code: v.code,
      title: v.title,
      chapters: v.chapters.map((c) => ({
        title: c.title,
        sections: c.sections.map((sec) => ({ title: sec.title, guidance: sec.guidance })),
      })),
    })),
  };
}

/** The six dimensions with their three elements each, in the standard order. */
export function standardDimensions(): { code: DimensionCode; name: string; description: string; elements: ElementDef[] }[] {
  return STANDARD_DIMENSIONS.map((d) => ({
    code: d.code,
    name: d.name,
    description: d.description,
    elements: d.elements.map((el) => ({ name: el.name, description: el.description })),
  }));
}

/**
 * Flattens a skeleton into masterplan records with ids from 1 (volumes, chapters and sections each counted
 * separately), empty bodies and guidance kept. The sort order is the position within the parent, from 1.
 */
export function masterplanFromSkeleton(skeleton: Skeleton): MasterplanInput {
  const volumes: NonNullable<MasterplanInput['volumes']> = [];
  const chapters: NonNullable<MasterplanInput['chapters']> = [];
  const sections: NonNullable<MasterplanInput['sections']> = [];
  skeleton.volumes.forEach((v, vi) => {
    const volumeId = volumes.length + 1;
    volumes.push({ id: volumeId, code: v.code, title: v.title, sortOrder: vi + 1 });
    v.chapters.forEach((c, ci) => {
      const chapterId = chapters.length + 1;
      chapters.push({ id: chapterId, volumeId, title: c.title, sortOrder: ci + 1 });
      c.sections.forEach((sec, si) => {
        sections.push({
          id: sections.length + 1,
          chapterId,
          title: sec.title,
          body: '',
          guidance: sec.guidance,
          sortOrder: si + 1,
        });
      });
    });
  });
  return { volumes, chapters, sections, dimensions: [], elements: [], readiness: [], swot: [], programmes: [] };
}

/**
 * A new masterplan on the standard skeleton: four volumes with their chapters and sections (bodies empty, guidance
 * set), the six dimensions with three elements each, and no readiness notes, SWOT items or programmes yet.
 */
export function standardMasterplan(): MasterplanInput {
  const masterplan = masterplanFromSkeleton(standardSkeleton());
  const dimensions: NonNullable<MasterplanInput['dimensions']> = [];
  const elements: NonNullable<MasterplanInput['elements']> = [];
  STANDARD_DIMENSIONS.forEach((d, di) => {
    const dimensionId = di + 1;
    dimensions.push({ id: dimensionId, code: d.code, name: d.name, description: d.description, sortOrder: di + 1 });
    d.elements.forEach((el, ei) => {
      elements.push({ id: elements.length + 1, dimensionId, name: el.name, description: el.description, sortOrder: ei + 1 });
    });
  });
  return { ...masterplan, dimensions, elements };
}
