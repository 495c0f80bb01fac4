// The Indonesian name of a field, for messages that are not shown at the field itself (the error bar of a failed
// save): "Nama: wajib diisi", never "name: wajib diisi". A path the list does not know is left out of the message
// rather than shown as an internal key.
const LABELS: Record<string, string> = {
  name: 'Nama',
  frontTitle: 'Gelar depan',
  backTitle: 'Gelar belakang',
  nip: 'NIP',
  niPppk: 'NI PPPK',
  pangkat: 'Pangkat/golongan',
  eselon: 'Eselon',
  gender: 'Jenis kelamin',
  institution: 'Instansi',
  phone: 'Telepon',
  email: 'Pos-el',
  fax: 'Faksimile',
  asn: 'Kepegawaian',
  title: 'Judul',
  kind: 'Jenis',
  shortName: 'Nama singkat',
  parentId: 'Unit induk',
  sortOrder: 'Urutan',
  unitId: 'Unit',
  role: 'Peran',
  roleText: 'Peran (ditulis)',
  status: 'Status',
  startDate: 'Tanggal mulai',
  endDate: 'Tanggal selesai',
  personId: 'Orang',
  positionId: 'Jabatan',
  positionIds: 'Jabatan',
  teamId: 'Tim',
  skNumber: 'Nomor SK',
  skDate: 'Tanggal SK',
  skTitle: 'Tentang (judul SK)',
  province: 'Provinsi',
  capital: 'Ibu kota',
  address: 'Alamat',
  postalCode: 'Kode pos',
  regionCode: 'Kode wilayah',
  officeName: 'Nama kantor',
  year: 'Tahun program',
  date: 'Tanggal',
  place: 'Tempat',
  venue: 'Tempat',
  city: 'Kota',
  meetingLink: 'Tautan rapat',
  mode: 'Cara pelaksanaan',
  points: 'Butir komitmen',
  signatories: 'Penandatangan',
  facilitators: 'Narasumber',
  participants: 'Peserta',
  logo: 'Logo',
  margins: 'Margin',
  template: 'Templat nomor',
  code: 'Kode',
  body: 'Isi',
  people: 'Orang',
  positions: 'Jabatan',
  units: 'Unit',
  unit: 'Unit',
  jabatan: 'Jabatan',
  website: 'Laman',
  topMm: 'atas',
  rightMm: 'kanan',
  bottomMm: 'bawah',
  leftMm: 'kiri',
  fontSizePt: 'Ukuran huruf',
  signatureSpaceMm: 'Ruang tanda tangan',
  letterheadLines: 'Baris kop',
  sizePt: 'ukuran',
  mouNumber: 'Nomor nota kesepakatan',
  unitCode: 'Kode unit',
  venueName: 'Nama tempat',
  venueAddress: 'Alamat tempat',
  venueCity: 'Kota',
  agenda: 'Agenda',
  outputs: 'Hasil yang diharapkan',
  presidingPositionId: 'Dipimpin oleh',
  firstPartyPositionId: 'Pihak Pertama',
  secondPartyPositionId: 'Pihak Kedua',
  commitmentTitle: 'Judul komitmen',
  preamble: 'Pembukaan',
  beritaAcaraTitle: 'Judul berita acara',
  beritaAcaraPoints: 'Pokok berita acara',
  closingTime: 'Jam selesai',
  copies: 'Rangkap',
  onBehalfOf: 'a.n.',
  byOrderOf: 'u.b.',
};

/** Whole paths whose last key alone would name the field too vaguely ("Nama" of the regency). */
const PATH_LABELS: Record<string, string> = {
  'regency.name': 'Nama daerah',
  'regency.officeName': 'Nama perangkat daerah',
  'regency.kind': 'Jenis daerah',
  'numbering.template': 'Templat nomor dokumen',
  'programme.name': 'Nama program',
};

/** "signatories[2].positionId" → "Penandatangan 3, Jabatan"; an unknown key is dropped, never shown. */
export function labelOfPath(path: string): string {
  if (PATH_LABELS[path]) return PATH_LABELS[path];
  const parts: string[] = [];
  for (const [, key, index] of path.matchAll(/([A-Za-z_]+)?(?:\[(\d+)\])?\.?/g)) {
    if (key && LABELS[key]) parts.push(index !== undefined ? `${LABELS[key]} ${Number(index) + 1}` : LABELS[key]);
    else if (!key && index !== undefined) parts.push(`baris ${Number(index) + 1}`);
  }
  return parts.join(', ');
}

/** "name: wajib diisi" → "Nama: wajib diisi"; a line without a known field keeps only its message. */
export function labelledMessage(path: string, message: string): string {
  const label = labelOfPath(path);
  return label ? `${label}: ${message}` : message;
}
