// Demo data: the text of the masterplan sections already drafted; the other sections stay empty on purpose.
import type { VolumeCode } from '../../shared/domain/masterplan';

export const VISION =
  'Simalungun Smart City: Pemerintahan yang Melayani, Ekonomi yang Berdaya Saing dan Masyarakat yang Sejahtera, Berlandaskan Habonaron Do Bona';

/** Section bodies by volume code, chapter title and section title (titles as in the standard skeleton). */
export const SECTION_BODIES: { volume: VolumeCode; chapter: string; section: string; body: string }[] = [
  {
    volume: 'ringkasan',
    chapter: 'Kata Pengantar',
    section: 'Kata Pengantar Bupati',
    body: `Puji syukur kita panjatkan kepada Tuhan Yang Maha Esa karena Masterplan Smart City Kabupaten Simalungun dapat diselesaikan melalui empat tahap bimbingan teknis pada tahun 2021.

Masterplan ini adalah peta bersama bagi seluruh perangkat daerah dan kecamatan agar pemanfaatan teknologi informasi benar-benar mempermudah pelayanan kepada masyarakat, menggerakkan ekonomi daerah dan menjaga kelestarian lingkungan, khususnya kawasan Danau Toba.

Terima kasih kami sampaikan kepada Kementerian Komunikasi dan Informatika atas pendampingannya, serta kepada Dewan Smart City, Tim Pelaksana Smart City, para kepala perangkat daerah dan camat yang telah menandatangani komitmen bersama. Mari kita laksanakan bersama, sesuai semboyan kita, *Habonaron Do Bona*.`,
  },
  {
    volume: 'buku1',
    chapter: 'Pendahuluan',
    section: 'Latar Belakang',
    body: `Perkembangan teknologi informasi dan komunikasi mengubah cara pemerintah melayani masyarakat dan cara masyarakat bekerja, belajar serta berusaha. Kabupaten Simalungun, dengan wilayah yang luas dan 32 kecamatan yang tersebar dari tepian Danau Toba hingga dataran rendah perkebunan, menghadapi tantangan pemerataan layanan publik, daya saing ekonomi dan pengelolaan lingkungan.

Pada tahun 2021 Kabupaten Simalungun menjadi salah satu daerah peserta **Gerakan Menuju Smart City** yang diselenggarakan Kementerian Komunikasi dan Informatika. Keikutsertaan ini diawali dengan nota kesepakatan antara Pemerintah Kabupaten Simalungun dan Direktorat Jenderal Aplikasi Informatika, lalu dilanjutkan dengan empat tahap bimbingan teknis penyusunan masterplan smart city pada bulan September sampai November 2021.

Masterplan smart city disusun agar setiap inisiatif teknologi di perangkat daerah bergerak ke arah yang sama, tidak tumpang tindih, dan menjawab kebutuhan masyarakat. Buku I Analisis Strategis ini memuat hasil analisis kesiapan daerah, analisis kesenjangan dan SWOT, serta isu strategis yang menjadi dasar penyusunan Buku II Masterplan Smart City.`,
  },
  {
    volume: 'buku1',
    chapter: 'Pendahuluan',
    section: 'Maksud dan Tujuan',
    body: `Maksud penyusunan Buku I adalah menyediakan gambaran yang utuh tentang kondisi dan kesiapan Kabupaten Simalungun dalam membangun smart city.

Tujuannya adalah:

1. memetakan kesiapan struktur, infrastruktur dan suprastruktur daerah;
2. mengidentifikasi kekuatan, kelemahan, peluang dan ancaman pada enam dimensi smart city;
3. merumuskan isu strategis dan kata kunci visi smart city; dan
4. menjadi dasar penyusunan visi, misi, strategi dan program dalam Buku II.`,
  },
  {
    volume: 'buku1',
    chapter: 'Pendahuluan',
    section: 'Ruang Lingkup',
    body: `Ruang lingkup Buku I meliputi:

- **lingkup wilayah**: seluruh wilayah Kabupaten Simalungun yang terdiri atas 32 kecamatan;
- **lingkup materi**: enam dimensi smart city, yaitu Smart Governance, Smart Branding, Smart Economy, Smart Living, Smart Society dan Smart Environment;
- **lingkup waktu**: jangka pendek (satu tahun), jangka menengah (lima tahun, 2022–2026) dan jangka panjang (sepuluh tahun).`,
  },
  {
    volume: 'buku1',
    chapter: 'Pendahuluan',
    section: 'Dasar Hukum',
    body: `1. Undang-Undang Nomor 7 Drt. Tahun 1956 tentang Pembentukan Daerah Otonom Kabupaten-Kabupaten dalam Lingkungan Daerah Propinsi Sumatera Utara;
2. Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;
3. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;
4. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja;
5. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;
6. Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia;
7. Peraturan Daerah Kabupaten Simalungun tentang Rencana Pembangunan Jangka Menengah Daerah Tahun 2021–2026;
8. Nota Kesepakatan antara Direktorat Jenderal Aplikasi Informatika Kementerian Komunikasi dan Informatika dan Pemerintah Kabupaten Simalungun tentang Gerakan Menuju Smart City Tahun 2021.`,
  },
  {
    volume: 'buku1',
    chapter: 'Pendahuluan',
    section: 'Metodologi',
    body: `Buku I disusun secara partisipatif melalui empat tahap Bimbingan Teknis (Bimtek) yang didampingi narasumber Kementerian Komunikasi dan Informatika:

1. **Tahap I** (6–7 September 2021): kebijakan dan kelembagaan, analisis kesiapan daerah dan SWOT awal;
2. **Tahap II** (23–24 September 2021): finalisasi analisis kesenjangan dan SWOT serta reviu Buku I;
3. **Tahap III** (21–22 Oktober 2021): penyusunan Buku II, rencana aksi, peta jalan dan pemilihan quick win;
4. **Tahap IV** (18–19 November 2021): reviu akhir dan penandatanganan komitmen bersama.

Di antara tahap-tahap tersebut Tim Pelaksana mengumpulkan data sekunder dari perangkat daerah dan Badan Pusat Statistik, serta menyelenggarakan diskusi kelompok terpumpun (FGD) per dimensi.`,
  },
  {
    volume: 'buku1',
    chapter: 'Pendahuluan',
    section: 'Sistematika Penulisan',
    body: `Buku I disusun dalam lima bab:

- **Bab I Pendahuluan** memuat latar belakang, maksud dan tujuan, ruang lingkup, dasar hukum, metodologi dan sistematika penulisan.
- **Bab II Gambaran Umum Daerah** menguraikan kondisi geografis, demografi, potensi unggulan serta visi dan misi RPJMD.
- **Bab III Analisis Kesiapan Daerah** menilai kesiapan struktur, infrastruktur dan suprastruktur.
- **Bab IV Analisis Kesenjangan dan SWOT** memetakan kondisi setiap dimensi smart city.
- **Bab V Isu Strategis dan Kata Kunci Visi** merumuskan isu strategis dan bahan visi smart city.`,
  },
  {
    volume: 'buku1',
    chapter: 'Gambaran Umum Daerah',
    section: 'Kondisi Geografis dan Administrasi',
    body: `Kabupaten Simalungun terletak di Provinsi Sumatera Utara pada 02°36′–03°18′ Lintang Utara dan 98°32′–99°35′ Bujur Timur, dengan luas wilayah sekitar 4.372,50 km² atau sekitar 6,12 persen dari luas provinsi. Wilayahnya mengelilingi Kota Pematangsiantar dan berbatasan dengan Kabupaten Deli Serdang, Serdang Bedagai dan Batu Bara di utara, Kabupaten Asahan di timur, Kabupaten Toba dan Danau Toba di selatan, serta Kabupaten Karo di barat.

Sejak 23 Juni 2008 pusat pemerintahan berkedudukan di Pematang Raya, Kecamatan Raya. Wilayah administrasi terdiri atas 32 kecamatan dengan nagori dan kelurahan di bawahnya. Topografinya beragam, dari dataran rendah perkebunan di bagian timur hingga dataran tinggi dan tepian Danau Toba di bagian barat daya.`,
  },
  {
    volume: 'buku2',
    chapter: 'Visi, Misi dan Sasaran Smart City',
    section: 'Visi Smart City',
    body: `Visi di atas dirumuskan dari kata kunci yang disepakati peserta Bimtek tahap I dan II dan selaras dengan visi RPJMD Kabupaten Simalungun 2021–2026.

Makna unsur visi:

- **Pemerintahan yang melayani**: layanan publik yang cepat, mudah dan terjangkau dengan dukungan teknologi informasi.
- **Ekonomi yang berdaya saing**: pertanian, perkebunan, pariwisata dan UMKM yang terhubung ke pasar yang lebih luas.
- **Masyarakat yang sejahtera**: warga yang sehat, cakap digital, aman dan hidup di lingkungan yang lestari.
- **Habonaron Do Bona**: semboyan daerah, "kebenaran adalah pangkal segala sesuatu", sebagai landasan etika pembangunan smart city.`,
  },
  {
    volume: 'buku2',
    chapter: 'Visi, Misi dan Sasaran Smart City',
    section: 'Misi Smart City',
    body: `Setiap misi menurunkan visi ke satu dimensi smart city dan menjadi payung strategi (Bab III) serta program dan rencana aksi (Bab IV) dimensi tersebut.`,
  },
  {
    volume: 'buku2',
    chapter: 'Visi, Misi dan Sasaran Smart City',
    section: 'Sasaran Strategis',
    body: `Sasaran smart city Kabupaten Simalungun ditetapkan satu untuk setiap dimensi, masing-masing dengan indikator yang terukur, kondisi awal tahun 2021 dan target tahunnya. Kondisi awal pada data demo ini adalah estimasi, bukan data resmi; pada masterplan sebenarnya diisi dari BPS, hasil evaluasi SPBE dan data perangkat daerah.`,
  },
];
