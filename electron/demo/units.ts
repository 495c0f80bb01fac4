// Demo data: the OPD and the 32 kecamatan of Kabupaten Simalungun, with the titles of their heads and secretaries.
import type { UnitKind } from '../../shared/domain/organisation';

export interface OpdRow {
  key: string;
  kind: UnitKind;
  name: string;
  shortName: string;
  /** The head's jabatan as printed; null for the Sekretariat Daerah (the Sekda is built separately). */
  headTitle: string | null;
  /** The second official who attends the Bimtek for the OPD (usually the Sekretaris). */
  secondTitle: string | null;
}

const REGION = 'Kabupaten Simalungun';

function dinas(key: string, name: string, shortName: string): OpdRow {
  return {
    key,
    kind: 'dinas',
    name,
    shortName,
    headTitle: `Kepala ${name} ${REGION}`,
    secondTitle: `Sekretaris ${name} ${REGION}`,
  };
}

function badan(key: string, name: string, shortName: string, head = `Kepala ${name} ${REGION}`): OpdRow {
  return { key, kind: 'badan', name, shortName, headTitle: head, secondTitle: `Sekretaris ${name} ${REGION}` };
}

/** Sekretariat Daerah first, then the other OPD in the order of the regency's organisation chart. */
export const OPD_ROWS: readonly OpdRow[] = [
  { key: 'setda', kind: 'sekretariat', name: 'Sekretariat Daerah', shortName: 'Setda', headTitle: null, secondTitle: null },
  {
    key: 'setwan',
    kind: 'sekretariat',
    name: 'Sekretariat DPRD',
    shortName: 'Setwan',
    headTitle: `Sekretaris DPRD ${REGION}`,
    secondTitle: `Kepala Bagian Umum dan Keuangan Sekretariat DPRD ${REGION}`,
  },
  {
    key: 'inspektorat',
    kind: 'inspektorat',
    name: 'Inspektorat',
    shortName: 'Inspektorat',
    headTitle: `Inspektur ${REGION}`,
    secondTitle: `Sekretaris Inspektorat ${REGION}`,
  },
  dinas('pendidikan', 'Dinas Pendidikan', 'Disdik'),
  dinas('kesehatan', 'Dinas Kesehatan', 'Dinkes'),
  dinas('pupr', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR'),
  dinas('perkim', 'Dinas Perumahan Rakyat dan Kawasan Permukiman', 'Dinas Perkim'),
  dinas('sosial', 'Dinas Sosial', 'Dinsos'),
  dinas('naker', 'Dinas Tenaga Kerja', 'Disnaker'),
  dinas('p3a', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'Dinas P3A'),
  dinas('ppkb', 'Dinas Pengendalian Penduduk dan Keluarga Berencana', 'Dinas PPKB'),
  dinas('pangan', 'Dinas Ketahanan Pangan', 'DKP'),
  dinas('lh', 'Dinas Lingkungan Hidup', 'DLH'),
  dinas('dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'),
  dinas('pmn', 'Dinas Pemberdayaan Masyarakat dan Nagori', 'Dinas PMN'),
  dinas('dishub', 'Dinas Perhubungan', 'Dishub'),
  dinas('kominfo', 'Dinas Komunikasi dan Informatika', 'Diskominfo'),
  dinas('koperasi', 'Dinas Koperasi dan Usaha Kecil Menengah', 'Dinas Koperasi dan UKM'),
  dinas('dpmptsp', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'),
  dinas('pariwisata', 'Dinas Pariwisata dan Kebudayaan', 'Disparbud'),
  dinas('perpustakaan', 'Dinas Perpustakaan dan Kearsipan', 'Dispusip'),
  dinas('pertanian', 'Dinas Pertanian', 'Distan'),
  dinas('peternakan', 'Dinas Peternakan dan Kesehatan Hewan', 'Disnakkeswan'),
  dinas('perindag', 'Dinas Perindustrian dan Perdagangan', 'Disperindag'),
  {
    key: 'satpolpp',
    kind: 'lainnya',
    name: 'Satuan Polisi Pamong Praja',
    shortName: 'Satpol PP',
    headTitle: `Kepala Satuan Polisi Pamong Praja ${REGION}`,
    secondTitle: `Sekretaris Satuan Polisi Pamong Praja ${REGION}`,
  },
  badan('bappeda', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda'),
  badan('bpkad', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'),
  badan('bapenda', 'Badan Pendapatan Daerah', 'Bapenda'),
  badan('bkpsdm', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'),
  badan('bpbd', 'Badan Penanggulangan Bencana Daerah', 'BPBD', `Kepala Pelaksana Badan Penanggulangan Bencana Daerah ${REGION}`),
  badan('kesbangpol', 'Badan Kesatuan Bangsa dan Politik', 'Kesbangpol'),
];

/**
 * The 32 kecamatan. Spellings follow the Kemendagri register where local usage varies: "Dolog Masagal" (the 32nd,
 * formed in 2017 from parts of Raya and Dolok Pardamean), "Silou Kahean", "Pematang Silimahuta".
 */
export const KECAMATAN_NAMES: readonly string[] = [
  'Bandar',
  'Bandar Huluan',
  'Bandar Masilam',
  'Bosar Maligas',
  'Dolog Masagal',
  'Dolok Batu Nanggar',
  'Dolok Panribuan',
  'Dolok Pardamean',
  'Dolok Silau',
  'Girsang Sipangan Bolon',
  'Gunung Malela',
  'Gunung Maligas',
  'Haranggaol Horison',
  'Hatonduhan',
  'Huta Bayu Raja',
  'Jawa Maraja Bah Jambi',
  'Jorlang Hataran',
  'Panei',
  'Panombeian Panei',
  'Pematang Bandar',
  'Pematang Sidamanik',
  'Pematang Silimahuta',
  'Purba',
  'Raya',
  'Raya Kahean',
  'Siantar',
  'Sidamanik',
  'Silimakuta',
  'Silou Kahean',
  'Tanah Jawa',
  'Tapian Dolok',
  'Ujung Padang',
];

/** Unit ids: OPD from 1 in the order above, then the kecamatan. */
export function opdUnitId(key: string): number {
  const i = OPD_ROWS.findIndex((u) => u.key === key);
  if (i < 0) throw new Error(`demo: unit ${key} tidak ada`);
  return i + 1;
}

export function kecamatanUnitId(name: string): number {
  const i = KECAMATAN_NAMES.indexOf(name);
  if (i < 0) throw new Error(`demo: kecamatan ${name} tidak ada`);
  return OPD_ROWS.length + i + 1;
}

/** Units under another unit (invented): a bagian under the Sekretariat Daerah and a UPTD under Diskominfo. */
export const SUB_UNITS = [
  { key: 'bagian-organisasi', kind: 'bagian', name: 'Bagian Organisasi Sekretariat Daerah', shortName: 'Bag. Organisasi', parent: 'setda' },
  {
    key: 'uptd-pld',
    kind: 'uptd',
    name: 'UPTD Pusat Layanan Data dan Jaringan Dinas Komunikasi dan Informatika',
    shortName: 'UPTD PLDJ',
    parent: 'kominfo',
  },
] as const satisfies readonly { key: string; kind: UnitKind; name: string; shortName: string; parent: string }[];

export function subUnitId(key: string): number {
  const i = SUB_UNITS.findIndex((u) => u.key === key);
  if (i < 0) throw new Error(`demo: unit ${key} tidak ada`);
  return OPD_ROWS.length + KECAMATAN_NAMES.length + i + 1;
}

export function demoUnits(): {
  id: number;
  kind: UnitKind;
  name: string;
  shortName: string | null;
  parentId: number | null;
  sortOrder: number;
}[] {
  return [
    ...OPD_ROWS.map((u, i) => ({ id: i + 1, kind: u.kind, name: u.name, shortName: u.shortName, parentId: null, sortOrder: i + 1 })),
    ...KECAMATAN_NAMES.map((name, i) => ({
      id: OPD_ROWS.length + i + 1,
      kind: 'kecamatan' as const,
      name: `Kecamatan ${name}`,
      shortName: name,
      parentId: null,
      sortOrder: OPD_ROWS.length + i + 1,
    })),
    ...SUB_UNITS.map((u) => ({
      id: subUnitId(u.key),
      kind: u.kind,
      name: u.name,
      shortName: u.shortName,
      parentId: opdUnitId(u.parent),
      sortOrder: subUnitId(u.key),
    })),
  ];
}
