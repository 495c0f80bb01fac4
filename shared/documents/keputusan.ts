// Keputusan Bupati (or Wali Kota) forming the Dewan Smart City and the Tim Pelaksana, naskah dinas penetapan, as a
// draft for the legal section: the head's title over the lambang, KEPUTUSAN … NOMOR … TENTANG …, Menimbang (a., b.,
// …), Mengingat (1., 2., …), MEMUTUSKAN, Menetapkan, the diktum KESATU, KEDUA …, place and date of Ditetapkan, the
// head's signature with the name without gelar (Pasal 44(1)), and a lampiran per team with the membership table and
// its own signature. Printed in the profile's pengaturan font.
import type { Block, DocumentModel, ListBlock, ParagraphBlock, TableBlock } from '../document/model';
import { UserError } from '../errors';
import { regionTitle, type Regency } from '../domain/regency';
import { formatDate } from '../format/dates';
import { toRoman } from '../format/roman';
import type { DecreeData, Official, TeamData } from './context';
import { signatureGrid } from './common-blocks';
import { documentShell, logoImage } from './letterhead';
import { templatedItems, templatedText } from './text-templates';

/** "Bupati" or "Wali Kota". */
export const headTitle = (regency: Pick<Regency, 'kind'>) => (regency.kind === 'kota' ? 'Wali Kota' : 'Bupati');

export const DIKTUM = [
  'KESATU',
  'KEDUA',
  'KETIGA',
  'KEEMPAT',
  'KELIMA',
  'KEENAM',
  'KETUJUH',
  'KEDELAPAN',
  'KESEMBILAN',
  'KESEPULUH',
];

/** "Dewan Smart City Kabupaten Simalungun": the team's name with the region, unless the name already carries it. */
export function teamWithRegion(team: Pick<TeamData, 'name'>, regency: Pick<Regency, 'kind' | 'name'>): string {
  return team.name.toLocaleLowerCase('id-ID').includes(regency.name.toLocaleLowerCase('id-ID'))
    ? team.name
    : `${team.name} ${regionTitle(regency)}`;
}

/** "Pembentukan Dewan Smart City dan Tim Pelaksana Smart City Kabupaten Simalungun" (only the teams recorded). */
export function decreeAbout(data: Pick<DecreeData, 'dewan' | 'tim' | 'regency'>): string {
  const teams = [data.dewan, data.tim].filter((t): t is TeamData => t !== null);
  // "Pembentukan Dewan Smart City dan Tim Pelaksana Smart City Kabupaten X": the region once, at the end.
  const bare = teams.map((t) =>
    t.name.replace(new RegExp(`\\s+(kabupaten|kota)\\s+${escapeRegExp(data.regency.name)}\\s*$`, 'i'), ''),
  );
  return `Pembentukan ${bare.join(' dan ')} ${regionTitle(data.regency)}`;
}

/** What the decree's text templates can say: the region, the head's title, the teams formed and the decree's subject. */
export function keputusanTemplateValues(
  data: Pick<DecreeData, 'dewan' | 'tim' | 'regency' | 'programme'>,
): Record<string, string> {
  const names = [data.dewan, data.tim].filter((t): t is TeamData => t !== null).map((t) => teamWithRegion(t, data.regency));
  return {
    daerah: regionTitle(data.regency),
    nama_daerah: data.regency.name,
    tahun: String(data.programme.year),
    kepala_daerah: headTitle(data.regency),
    tim: names.join(' dan '),
    tentang: decreeAbout(data),
  };
}

export function standardLegalBases(data: Pick<DecreeData, 'programme'>): string[] {
  const { programme } = data;
  return [
    'Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 1 Tahun 2024 tentang Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik;',
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang;',
    'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;',
    ...(programme.mouNumber
      ? [
          `Nota Kesepakatan Nomor ${programme.mouNumber}${programme.mouDate ? ` tanggal ${formatDate(programme.mouDate)}` : ''}${programme.mouPartner ? ` antara Pemerintah Daerah dan ${programme.mouPartner}` : ''} tentang ${programme.name};`,
        ]
      : []),
  ];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const p = (text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
  type: 'paragraph',
  runs: [{ text }],
  ...extra,
});

const centered = (text: string, bold = true): ParagraphBlock => ({
  type: 'paragraph',
  align: 'center',
  runs: [{ text, bold }],
});

const list = (items: string[], style: 'decimal' | 'lower-alpha', indentMm: number): ListBlock => ({
  type: 'list',
  ordered: true,
  style,
  indentMm,
  items: items.map((text) => ({ runs: [{ text }] })),
});

function headSignature(data: DecreeData, bupati: Official, date: string | null): Block {
  // Pasal 44(1): naskah penetapan, the name without gelar.
  const grid = signatureGrid(data, 2, [bupati], { withTitles: false });
  const place = data.decree.place ?? data.regency.capital;
  return {
    type: 'keepTogether',
    blocks: [
      {
        type: 'keyValue',
        indentMm: 85,
        keyWidthMm: 30,
        rows: [
          { key: 'Ditetapkan di', value: [{ text: place }] },
          { key: 'pada tanggal', value: [{ text: date ? formatDate(date) : '' }] },
        ],
      },
      { ...grid, cells: [null, ...grid.cells], spaceBeforePt: 6 },
    ],
  };
}

function membershipTable(team: TeamData, sizePt: number): TableBlock {
  return {
    type: 'table',
    columns: [{ weight: 0.8, align: 'center' }, { weight: 4.2 }, { weight: 6 }, { weight: 3 }],
    header: [
      {
        cells: ['No', 'Nama', 'Jabatan', 'Kedudukan dalam Tim'].map((t) => ({
          lines: [[{ text: t, bold: true }]],
          align: 'center' as const,
          vAlign: 'middle' as const,
        })),
      },
    ],
    rows: team.members.map((m, i) => ({
      cells: [
        { lines: [[{ text: `${i + 1}.` }]], align: 'center' as const },
        { lines: [[{ text: m.name }]] },
        { lines: [[{ text: m.jabatan ?? '-' }]] },
        { lines: [[{ text: m.role }]] },
      ],
    })),
    sizePt,
  };
}

export function buildKeputusan(data: DecreeData): DocumentModel {
  const { regency, decree } = data;
  const teams = [data.dewan, data.tim].filter((t): t is TeamData => t !== null);
  if (teams.length === 0) throw new UserError('Dewan Smart City dan Tim Pelaksana belum diisi (menu Dewan & Tim Pelaksana).');
  const bupati = data.bupati;
  if (!bupati) throw new UserError(`Jabatan ${headTitle(regency)} belum dicatat (menu Pejabat).`);
  const head = headTitle(regency);
  const headUpper = `${head} ${regency.name}`.toLocaleUpperCase('id-ID');
  const about = decreeAbout(data);
  const aboutUpper = about.toLocaleUpperCase('id-ID');
  const date = decree.date ?? data.dewan?.skDate ?? data.tim?.skDate ?? null;
  const logo = logoImage(regency);
  const small = Math.max(9, regency.tataNaskah.fontSizePt - 1);
  const texts = keputusanTemplateValues(data);
  const lampiranNumbers = teams.length > 1 ? teams.map((_, i) => ` ${toRoman(i + 1)}`) : [''];

  const diktum: { key: string; text: string; items?: string[] }[] = [
    ...teams.map((t, i) => ({
      key: '',
      text: `Membentuk ${teamWithRegion(t, regency)} dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran${lampiranNumbers[i]} yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
    })),
    ...teams.map((t, i) => {
      const own = t.kind === 'dewan' ? decree.dewanTasks : decree.timTasks;
      const standard = templatedItems(data.texts, 'keputusan-tim', t.kind === 'dewan' ? 'tugas-dewan' : 'tugas-tim', texts);
      return {
        key: '',
        text: `${t.name} sebagaimana dimaksud dalam Diktum ${DIKTUM[i]} mempunyai tugas:`,
        items: own.length ? own : standard,
      };
    }),
    {
      key: '',
      text: templatedText(data.texts, 'keputusan-tim', 'biaya', texts),
    },
    { key: '', text: templatedText(data.texts, 'keputusan-tim', 'berlaku', texts) },
  ].map((d, i) => ({ ...d, key: DIKTUM[i]! }));

  const diktumBlocks: Block[] = diktum.flatMap((d): Block[] => [
    { type: 'keyValue', keyWidthMm: 30, rows: [{ key: d.key, value: [{ text: d.text }] }] },
    ...(d.items ? [list(d.items, 'lower-alpha', 34)] : []),
  ]);

  const considerations = decree.considerations.length
    ? decree.considerations
    : templatedItems(data.texts, 'keputusan-tim', 'menimbang', texts);
  const legalBases = decree.legalBases.length ? decree.legalBases : standardLegalBases(data);

  const lampiran = teams.flatMap((team, i): Block[] => [
    { type: 'pageBreak' },
    p(`LAMPIRAN${lampiranNumbers[i]}`, { indentMm: 75 }),
    p(`KEPUTUSAN ${headUpper}`, { indentMm: 75 }),
    {
      type: 'keyValue',
      indentMm: 75,
      keyWidthMm: 22,
      rows: [
        { key: 'NOMOR', value: [{ text: data.number ?? '' }] },
        { key: 'TANGGAL', value: [{ text: date ? formatDate(date) : '' }] },
        { key: 'TENTANG', value: [{ text: aboutUpper }] },
      ],
    },
    { type: 'spacer', heightMm: 6 },
    centered(`SUSUNAN KEANGGOTAAN ${teamWithRegion(team, regency).toLocaleUpperCase('id-ID')}`),
    { type: 'spacer', heightMm: 3 },
    membershipTable(team, small),
    headSignature(data, bupati, date),
  ]);

  const blocks: Block[] = [
    ...(logo ? [{ type: 'image' as const, image: logo, widthMm: 22, align: 'center' as const }] : []),
    centered(headUpper),
    centered(`PROVINSI ${regency.province.toLocaleUpperCase('id-ID')}`),
    { type: 'spacer', heightMm: 4 },
    {
      type: 'title',
      lines: [`KEPUTUSAN ${headUpper}`],
      ...(data.number ? { number: data.number } : {}),
      subtitle: ['TENTANG', aboutUpper],
    },
    centered(`${headUpper},`),
    { type: 'spacer', heightMm: 3 },
    p('Menimbang:', { keepWithNext: true }),
    list(considerations, 'lower-alpha', 8),
    p('Mengingat:', { keepWithNext: true, spaceBeforePt: 6 }),
    list(legalBases, 'decimal', 8),
    { type: 'spacer', heightMm: 3 },
    centered('MEMUTUSKAN:'),
    {
      type: 'keyValue',
      keyWidthMm: 30,
      rows: [{ key: 'Menetapkan', value: [{ text: `KEPUTUSAN ${head.toLocaleUpperCase('id-ID')} TENTANG ${aboutUpper}.` }] }],
    },
    ...diktumBlocks,
    headSignature(data, bupati, date),
    ...lampiran,
  ];
  return {
    ...documentShell(data, 'pengaturan', { title: `Draf Keputusan ${head} ${regency.name} tentang ${about}` }, 'keputusan'),
    blocks,
  };
}
