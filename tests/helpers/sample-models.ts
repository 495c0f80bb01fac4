// Test helper: small document models built by hand (a commitment sheet, a masterplan with contents) and a real
// PNG logo, independent of the builders, so the renderers can be checked against known content.
import { deflateSync } from 'node:zlib';
import type { Block, DocumentModel, ImageData, PaperSize, SignatureBlock, TableRow } from '../../shared/document/model';
import { TINY_PNG_BASE64 } from './bundle-factory';

/** A NIP with no-break spaces, as the builders write it. */
export const SAMPLE_NIP = 'NIP.\u00a019700101\u00a0199503\u00a01\u00a0001';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An RGB PNG of `width` × `height` whose pixels `color(x, y)` gives as [r, g, b]. */
export function makePng(width: number, height: number, color: (x: number, y: number) => [number, number, number]): Uint8Array {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) raw.set(color(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]),
  );
}

/** A 60 × 72 px shield-like logo (green with a gold disc), taller than wide like most regency emblems. */
export function sampleLogo(): ImageData {
  const data = makePng(60, 72, (x, y) => {
    const inShield = y < 48 ? x >= 4 && x < 56 : Math.abs(x - 30) < 26 - (y - 48) * 1.05;
    if (!inShield) return [255, 255, 255];
    const d = Math.hypot(x - 30, y - 30);
    return d < 14 ? [230, 180, 30] : [20, 110, 60];
  });
  return { data, mime: 'image/png' };
}

/** The 1 × 1 PNG the bundle tests use, for callers that only need some valid image. */
export function tinyLogo(): ImageData {
  return { data: new Uint8Array(Buffer.from(TINY_PNG_BASE64, 'base64')), mime: 'image/png' };
}

export const signatoryName = (i: number): string => `Drs. Penandatangan Nomor ${i}, M.Si.`;

function signatory(name: string, title: string[]): SignatureBlock {
  return {
    headingLines: title,
    name,
    nameBold: true,
    nameUnderline: true,
    detailLines: ['Pembina Utama Muda (IV/c)', SAMPLE_NIP],
  };
}

export interface KomitmenOptions {
  paper?: PaperSize;
  signatories?: number;
  logo?: ImageData;
}

/** A commitment sheet like the real one: kop, title, opening, points, a table of signatories, two signature blocks. */
export function komitmenModel(options: KomitmenOptions = {}): DocumentModel {
  const count = options.signatories ?? 60;
  const rows: TableRow[] = Array.from({ length: count }, (_, i) => ({
    minHeightMm: 12,
    cells: [
      { lines: [[{ text: `${i + 1}.` }]], align: 'center', vAlign: 'middle' },
      { lines: [[{ text: signatoryName(i + 1), bold: true }], [{ text: SAMPLE_NIP }]] },
      { lines: [[{ text: 'Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun' }]] },
      { lines: [], signature: { label: `${i + 1}.`, side: i % 2 === 0 ? 'left' : 'right' } },
    ],
  }));
  const blocks: Block[] = [
    {
      type: 'letterhead',
      logo: options.logo ?? sampleLogo(),
      lines: [
        { text: 'PEMERINTAH KABUPATEN SIMALUNGUN', sizePt: 14, bold: true },
        { text: 'DINAS KOMUNIKASI DAN INFORMATIKA', sizePt: 16, bold: true },
        { text: 'Jalan Asahan Km. 3, Pematang Raya 21162', sizePt: 10 },
      ],
    },
    {
      type: 'title',
      lines: ['KOMITMEN BERSAMA'],
      underline: true,
      number: '555/123/Kominfo/2021',
      subtitle: ['TENTANG', 'GERAKAN MENUJU SMART CITY'],
    },
    {
      type: 'paragraph',
      align: 'justify',
      firstLineIndentMm: 12.5,
      runs: [
        { text: 'Pada hari ini, ' },
        { text: 'Jumat', bold: true },
        { text: ' tanggal sembilan belas bulan November tahun dua ribu dua puluh satu, kami yang bertanda tangan di bawah ini ' },
        { text: 'berkomitmen', italic: true },
        { text: ' untuk melaksanakan ' },
        { text: 'Masterplan Smart City', underline: true },
        { text: ' Kabupaten Simalungun.' },
      ],
    },
    {
      type: 'keyValue',
      rows: [
        { key: 'Hari, tanggal', value: [{ text: 'Jumat, 19 November 2021' }] },
        { key: 'Tempat', value: [{ text: 'Balei Harungguan Djabanten Damanik' }] },
      ],
      keyWidthMm: 35,
      indentMm: 10,
    },
    {
      type: 'list',
      ordered: true,
      items: [
        { runs: [{ text: 'Menyusun dan menetapkan masterplan smart city.' }] },
        {
          runs: [{ text: 'Melaksanakan program quick win, meliputi:' }],
          children: {
            type: 'list',
            ordered: true,
            style: 'lower-alpha',
            items: [{ runs: [{ text: 'smart governance;' }] }, { runs: [{ text: 'smart society.' }] }],
          },
        },
        { runs: [{ text: 'Melaporkan kemajuan kepada Kementerian Komunikasi dan Informatika.' }] },
      ],
    },
    { type: 'paragraph', keepWithNext: true, runs: [{ text: 'Daftar penandatangan:', bold: true }] },
    {
      type: 'table',
      columns: [{ weight: 1 }, { weight: 5 }, { weight: 5 }, { weight: 4 }],
      header: [
        {
          cells: ['No', 'Nama / NIP', 'Jabatan', 'Tanda Tangan'].map((text) => ({
            lines: [[{ text, bold: true }]],
            align: 'center' as const,
          })),
        },
      ],
      rows,
      sizePt: 10,
    },
    {
      type: 'keepTogether',
      blocks: [
        { type: 'paragraph', runs: [{ text: 'Demikian komitmen ini dibuat untuk dilaksanakan.' }] },
        {
          type: 'signatureGrid',
          columns: 2,
          placeDate: 'Pematang Raya, 19 November 2021',
          cells: [
            signatory('Drs. MIXNON ANDREAS SIMAMORA', ['Mengetahui,', 'a.n. BUPATI SIMALUNGUN', 'SEKRETARIS DAERAH,']),
            signatory('Dra. KEPALA DINAS KOMINFO', ['KEPALA DINAS KOMUNIKASI', 'DAN INFORMATIKA,']),
          ],
        },
      ],
    },
  ];
  return {
    meta: {
      title: 'Komitmen Bersama Gerakan Menuju Smart City',
      author: 'Dinas Komunikasi dan Informatika Kabupaten Simalungun',
      subject: 'Komitmen bersama',
      keywords: ['smart city', 'komitmen'],
      createdAt: '2021-11-19T08:00:00+07:00',
    },
    page: { paper: options.paper ?? 'F4-215', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
    font: { family: 'Arial', sizePt: 12 },
    footer: { pageNumbers: true },
    blocks,
  };
}

const LOREM =
  'Pembangunan kota cerdas menuntut keterpaduan perencanaan, penganggaran dan pelaksanaan program lintas perangkat daerah, ' +
  'dengan memanfaatkan teknologi informasi dan komunikasi untuk meningkatkan kualitas pelayanan publik.';

/** A short masterplan: cover, contents, chapters with numbered sections, a marker for an empty section. */
export function masterplanModel(paper: PaperSize = 'A4'): DocumentModel {
  const chapter = (roman: string, title: string, sections: string[], number: number): Block[] => [
    { type: 'heading', level: 1, label: `BAB ${roman}`, text: title, toc: true, pageBreakBefore: true },
    ...sections.flatMap((section, i): Block[] => [
      { type: 'heading', level: 2, label: `${number}.${i + 1}`, text: section, toc: true },
      { type: 'paragraph', align: 'justify', firstLineIndentMm: 10, runs: [{ text: LOREM }] },
      { type: 'heading', level: 3, label: `${number}.${i + 1}.1`, text: `Rincian ${section}`, toc: true },
      { type: 'paragraph', align: 'justify', runs: [{ text: LOREM }] },
    ]),
  ];
  return {
    meta: {
      title: 'Masterplan Smart City Kabupaten Simalungun',
      author: 'Dinas Komunikasi dan Informatika Kabupaten Simalungun',
      createdAt: '2021-12-01T00:00:00Z',
    },
    page: { paper, margins: { topMm: 25, rightMm: 20, bottomMm: 25, leftMm: 30 } },
    font: { family: 'Times New Roman', sizePt: 12 },
    footer: { pageNumbers: true, skipFirstPage: true },
    blocks: [
      { type: 'spacer', heightMm: 40 },
      { type: 'title', lines: ['MASTERPLAN SMART CITY', 'KABUPATEN SIMALUNGUN'], subtitle: ['TAHUN 2022–2026'] },
      { type: 'image', image: sampleLogo(), widthMm: 40 },
      { type: 'pageBreak' },
      { type: 'toc', title: 'DAFTAR ISI', maxLevel: 2 },
      ...chapter('I', 'PENDAHULUAN', ['Latar Belakang', 'Maksud dan Tujuan'], 1),
      ...chapter('II', 'ANALISIS KESIAPAN DAERAH', ['Struktur', 'Infrastruktur', 'Suprastruktur'], 2),
      { type: 'paragraph', runs: [{ text: '[Bagian ini belum diisi]', marker: true }] },
      {
        type: 'list',
        ordered: false,
        items: [{ runs: [{ text: 'smart governance' }] }, { runs: [{ text: 'smart branding' }] }],
      },
      {
        type: 'list',
        ordered: true,
        start: 5,
        items: [{ runs: [{ text: 'butir kelima' }] }, { runs: [{ text: 'butir keenam' }] }],
      },
    ],
  };
}
