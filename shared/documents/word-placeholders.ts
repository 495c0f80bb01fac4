// The placeholders an office may put in its own Word template (filled by electron/documents/word-template.ts with
// docxtemplater): `{nama}` for a value, `{#daftar}…{/daftar}` around a table row or paragraph to repeat it for each
// item of a list. One catalogue serves the check of a template, the fill and docs/templat-word.md.

export interface ValuePlaceholder {
  name: string;
  description: string;
  example: string;
  /** Only with --stage (a Bimtek stage chosen). */
  stage?: boolean;
}

export interface LoopPlaceholder {
  name: string;
  description: string;
  fields: { name: string; description: string }[];
  stage?: boolean;
}

export const VALUE_PLACEHOLDERS: readonly ValuePlaceholder[] = [
  { name: 'nama_daerah', description: 'nama kabupaten atau kota', example: 'Simalungun' },
  { name: 'daerah', description: 'kabupaten atau kota dengan namanya', example: 'Kabupaten Simalungun' },
  { name: 'daerah_kapital', description: 'idem, huruf kapital', example: 'KABUPATEN SIMALUNGUN' },
  { name: 'provinsi', description: 'provinsi', example: 'Sumatera Utara' },
  { name: 'ibu_kota', description: 'ibu kota kabupaten/kota (tempat penandatanganan)', example: 'Pematang Raya' },
  { name: 'nama_dinas', description: 'nama perangkat daerah pembuat dokumen', example: 'Dinas Komunikasi dan Informatika' },
  { name: 'alamat_dinas', description: 'alamat kantor', example: 'Jalan Asahan Km. 3, Pematang Raya' },
  { name: 'telepon', description: 'telepon kantor', example: '(0622) 7551234' },
  { name: 'laman', description: 'laman kantor', example: 'simalungunkab.go.id' },
  { name: 'pos_el', description: 'pos-el kantor', example: 'diskominfo@simalungunkab.go.id' },
  { name: 'tahun', description: 'tahun program', example: '2021' },
  { name: 'nama_program', description: 'nama program', example: 'Gerakan Menuju Smart City' },
  { name: 'nomor_mou', description: 'nomor nota kesepakatan', example: '181/DJAI/HK.03.01/05/2021' },
  { name: 'tanggal_mou', description: 'tanggal nota kesepakatan', example: '20 Mei 2021' },
  { name: 'tanggal_hari_ini', description: 'tanggal pengisian templat', example: '30 November 2026' },
  { name: 'bupati_nama', description: 'nama Bupati/Wali Kota dengan gelar', example: 'Radiapoh Hasiholan Sinaga, S.H.' },
  {
    name: 'bupati_nama_tanpa_gelar',
    description: 'nama tanpa gelar (naskah penetapan, Pasal 44 ayat 1)',
    example: 'Radiapoh Hasiholan Sinaga',
  },
  { name: 'bupati_jabatan', description: 'jabatan Bupati/Wali Kota', example: 'Bupati Simalungun' },
  { name: 'ketua_tim_nama', description: 'nama ketua Tim Pelaksana', example: 'Wasin Sinaga' },
  { name: 'ketua_tim_nip', description: 'NIP ketua Tim Pelaksana (kosong bila tidak dicetak)', example: '19700315 199703 1 004' },
  {
    name: 'ketua_tim_jabatan',
    description: 'jabatan ketua Tim Pelaksana',
    example: 'Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun',
  },
  { name: 'penutupan_tanggal', description: 'tanggal penutupan Bimtek', example: '19 November 2021' },
  { name: 'penutupan_tempat', description: 'tempat penutupan Bimtek', example: 'Balei Harungguan Djabanten Damanik' },
  { name: 'tahap', description: 'nomor tahap Bimtek', example: '2', stage: true },
  { name: 'tahap_romawi', description: 'nomor tahap dalam angka Romawi', example: 'II', stage: true },
  { name: 'tahap_judul', description: 'judul tahap', example: 'Bimbingan Teknis Tahap II', stage: true },
  {
    name: 'tahap_hari_tanggal',
    description: 'hari dan tanggal tahap',
    example: 'Kamis s.d. Jumat, 23–24 September 2021',
    stage: true,
  },
  { name: 'tahap_waktu', description: 'jam hari pertama, dengan zona waktu', example: '08.00 – 16.00 WIB', stage: true },
  { name: 'tahap_tempat', description: 'tempat tahap', example: 'Aula Bappeda, Pematang Raya', stage: true },
  { name: 'jumlah_peserta', description: 'jumlah peserta terdaftar', example: '42', stage: true },
  { name: 'jumlah_peserta_terbilang', description: 'idem, dengan huruf', example: 'empat puluh dua', stage: true },
];

export const LOOP_PLACEHOLDERS: readonly LoopPlaceholder[] = [
  {
    name: 'penandatangan',
    description: 'penandatangan lembar komitmen, berurutan',
    fields: [
      { name: 'no', description: 'nomor urut' },
      { name: 'nama', description: 'nama dengan gelar' },
      { name: 'nip', description: 'NIP (kosong untuk Bupati, Wakil Bupati, Sekda dan non-ASN)' },
      { name: 'pangkat', description: 'pangkat/golongan (idem)' },
      { name: 'jabatan', description: 'jabatan yang dicetak' },
    ],
  },
  ...(['dewan', 'tim'] as const).map((name) => ({
    name,
    description: name === 'dewan' ? 'anggota Dewan Smart City' : 'anggota Tim Pelaksana',
    fields: [
      { name: 'no', description: 'nomor urut' },
      { name: 'nama', description: 'nama dengan gelar' },
      { name: 'jabatan', description: 'jabatan atau instansi' },
      { name: 'kedudukan', description: 'kedudukan dalam tim (Ketua, Sekretaris, Anggota …)' },
    ],
  })),
  {
    name: 'program',
    description: 'program dan kegiatan masterplan',
    fields: [
      { name: 'no', description: 'nomor urut' },
      { name: 'kode', description: 'kode program' },
      { name: 'nama', description: 'nama program' },
      { name: 'dimensi', description: 'dimensi smart city' },
      { name: 'opd', description: 'perangkat daerah pelaksana' },
      { name: 'tahun_mulai', description: 'tahun mulai' },
      { name: 'tahun_selesai', description: 'tahun selesai' },
      { name: 'quick_win', description: '"Ya" untuk quick win, selain itu kosong' },
    ],
  },
  {
    name: 'opd',
    description: 'unit kerja (OPD, kecamatan …), berurutan',
    fields: [
      { name: 'no', description: 'nomor urut' },
      { name: 'nama', description: 'nama unit' },
    ],
  },
  {
    name: 'peserta',
    description: 'peserta tahap Bimtek',
    stage: true,
    fields: [
      { name: 'no', description: 'nomor urut' },
      { name: 'nama', description: 'nama dengan gelar' },
      { name: 'nip', description: 'NIP (kosong bila tidak dicetak)' },
      { name: 'jabatan', description: 'jabatan yang dicetak' },
      { name: 'instansi', description: 'instansi' },
    ],
  },
  {
    name: 'narasumber',
    description: 'narasumber dan fasilitator tahap Bimtek',
    stage: true,
    fields: [
      { name: 'no', description: 'nomor urut' },
      { name: 'nama', description: 'nama' },
      { name: 'peran', description: 'peran (Narasumber, Moderator …)' },
      { name: 'instansi', description: 'instansi' },
    ],
  },
  {
    name: 'hasil',
    description: 'hasil (keluaran) tahap Bimtek',
    stage: true,
    fields: [
      { name: 'no', description: 'nomor urut' },
      { name: 'teks', description: 'hasil' },
    ],
  },
];

/** Every name a template may use at its top level. */
export function knownPlaceholder(name: string): ValuePlaceholder | LoopPlaceholder | undefined {
  return VALUE_PLACEHOLDERS.find((p) => p.name === name) ?? LOOP_PLACEHOLDERS.find((p) => p.name === name);
}

/** The catalogue as Markdown tables, for docs/templat-word.md (kept in step by a test). */
export function placeholderTables(): string {
  const lines = [
    '| placeholder | isi | contoh |',
    '| --- | --- | --- |',
    ...VALUE_PLACEHOLDERS.map(
      (p) => `| \`{${p.name}}\` | ${p.description}${p.stage ? ' (perlu `--stage`)' : ''} | ${p.example} |`,
    ),
    '',
    '| daftar | isi | kolom |',
    '| --- | --- | --- |',
    ...LOOP_PLACEHOLDERS.map(
      (l) =>
        `| \`{#${l.name}}\` … \`{/${l.name}}\` | ${l.description}${l.stage ? ' (perlu `--stage`)' : ''} | ${l.fields.map((f) => `\`{${f.name}}\` ${f.description}`).join('; ')} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * What data a template takes, in words for the list of saved templates: "Data tahap Bimtek; daftar: peserta,
 * narasumber" or "Data umum program; daftar: penandatangan".
 */
export function templateDataSummary(placeholders: readonly string[], needsStage: boolean): string {
  const loops = LOOP_PLACEHOLDERS.filter((l) => placeholders.includes(l.name)).map((l) => l.name);
  const scope = needsStage ? 'Data tahap Bimtek (pilih tahap saat mengisi)' : 'Data umum program';
  return loops.length > 0 ? `${scope}; daftar: ${loops.join(', ')}` : scope;
}
