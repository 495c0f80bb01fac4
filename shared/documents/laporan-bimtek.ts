// Laporan Pelaksanaan Bimtek of one stage: a cover, then dasar, maksud dan tujuan, waktu dan tempat, peserta
// (counted per instansi from the registrations and the attendance), narasumber, materi, hasil (the stage's
// outputs), kendala and penutup, signed by the ketua Tim Pelaksana. Empty fields print the standard wording.
import type { Block, DocumentModel, HeadingBlock, ListBlock, ParagraphBlock, TableBlock } from '../document/model';
import { UserError } from '../errors';
import { regionTitle } from '../domain/regency';
import { formatDate } from '../format/dates';
import { toRoman } from '../format/roman';
import { terbilang } from '../format/terbilang';
import type { StageReportData } from './context';
import { signatureGrid } from './common-blocks';
import { activityText, timeText } from './daftar-hadir';
import { documentShell, logoImage } from './letterhead';
import { documentationBlocks } from './laporan-photos';
import { daysText } from './undangan';
import { officialName } from './signature';
import { templatedText } from './text-templates';

const SECTIONS = [
  'DASAR',
  'MAKSUD DAN TUJUAN',
  'WAKTU DAN TEMPAT',
  'PESERTA',
  'NARASUMBER',
  'MATERI',
  'HASIL',
  'KENDALA',
  'PENUTUP',
] as const;

const p = (text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
  type: 'paragraph',
  align: 'justify',
  runs: [{ text }],
  ...extra,
});

const list = (items: string[], ordered = true): ListBlock => ({
  type: 'list',
  ordered,
  items: items.map((text) => ({ runs: [{ text }] })),
});

const counted = (n: number) => `${n} (${terbilang(n)})`;

/** The dasar the programme already records: the MoU and the SK of the Dewan and the Tim. */
export function standardBasis(data: StageReportData): string[] {
  const { programme } = data;
  const basis: string[] = [];
  if (programme.mouNumber) {
    basis.push(
      `Nota Kesepakatan Nomor ${programme.mouNumber}${programme.mouDate ? ` tanggal ${formatDate(programme.mouDate)}` : ''}${programme.mouPartner ? ` dengan ${programme.mouPartner}` : ''} tentang ${programme.name};`,
    );
  }
  for (const team of data.teams) {
    if (!team.skNumber) continue;
    basis.push(
      `Keputusan Nomor ${team.skNumber}${team.skDate ? ` tanggal ${formatDate(team.skDate)}` : ''} tentang ${team.skTitle ?? `Pembentukan ${team.name}`};`,
    );
  }
  if (basis.length === 0) basis.push(`${programme.name} Tahun ${programme.year}.`);
  else basis[basis.length - 1] = basis[basis.length - 1]!.replace(/;$/, '.');
  return basis;
}

function participantTable(data: StageReportData, sizePt: number): TableBlock {
  const days = data.days;
  const withDays = data.attendanceKnown;
  const head = (t: string) => ({ lines: [[{ text: t, bold: true }]], align: 'center' as const, vAlign: 'middle' as const });
  const total = (pick: (i: number) => number) => data.participants.reduce((sum, _, i) => sum + pick(i), 0);
  return {
    type: 'table',
    columns: [
      { weight: 0.8, align: 'center' },
      { weight: 7 },
      { weight: 2, align: 'center' },
      ...(withDays ? days.map(() => ({ weight: 1.8, align: 'center' as const })) : []),
    ],
    header: [
      {
        cells: [
          head('No'),
          head('Instansi'),
          head('Terdaftar'),
          ...(withDays ? days.map((_, i) => head(`Hadir hari ${i + 1}`)) : []),
        ],
      },
    ],
    rows: [
      ...data.participants.map((row, i) => ({
        cells: [
          { lines: [[{ text: `${i + 1}.` }]], align: 'center' as const },
          { lines: [[{ text: row.instansi }]] },
          { lines: [[{ text: String(row.registered) }]], align: 'center' as const },
          ...(withDays ? row.present.map((n) => ({ lines: [[{ text: String(n) }]], align: 'center' as const })) : []),
        ],
      })),
      {
        cells: [
          { lines: [[{ text: 'Jumlah', bold: true }]], colSpan: 2 },
          { lines: [[{ text: String(total((i) => data.participants[i]!.registered)), bold: true }]], align: 'center' as const },
          ...(withDays
            ? days.map((_, d) => ({
                lines: [[{ text: String(total((i) => data.participants[i]!.present[d]!)), bold: true }]],
                align: 'center' as const,
              }))
            : []),
        ],
      },
    ],
    sizePt,
  };
}

/** What the placeholders of the report's text templates become (text-templates.ts). */
export function laporanTemplateValues(
  data: Pick<StageReportData, 'regency' | 'programme' | 'stage' | 'participants' | 'ketuaTimPelaksana'>,
): Record<string, string> {
  const { regency, stage, programme } = data;
  const registered = data.participants.reduce((sum, r) => sum + r.registered, 0);
  const ketua = data.ketuaTimPelaksana;
  return {
    daerah: regionTitle(regency),
    nama_daerah: regency.name,
    tahun: String(programme.year),
    tahap_romawi: toRoman(stage.number),
    jumlah_peserta: String(registered),
    jumlah_peserta_terbilang: terbilang(registered),
    ketua_tim: ketua ? officialName(ketua, regency.tataNaskah.signerNameCase) : '',
  };
}

/** "Narasumber, Kementerian …"; a role the instansi already begins with is not said twice. */
function roleAndInstitution(f: { role: string | null; institution: string | null }): string {
  const role = f.role?.trim() ?? '';
  const institution = f.institution?.trim() ?? '';
  if (role && institution.toLocaleLowerCase('id-ID').startsWith(role.toLocaleLowerCase('id-ID'))) return institution;
  return [role, institution].filter(Boolean).join(', ');
}

export function buildLaporanBimtek(data: StageReportData): DocumentModel {
  const { regency, stage, report, programme } = data;
  const ketua = data.ketuaTimPelaksana;
  if (!ketua)
    throw new UserError('Ketua Tim Pelaksana belum dipilih (menu Dewan & Tim Pelaksana); laporan ditandatangani olehnya.');
  const region = regionTitle(regency);
  const roman = toRoman(stage.number);
  const small = Math.max(9, regency.tataNaskah.fontSizePt - 1);
  const logo = logoImage(regency);
  const first = data.days[0]!;
  const last = data.days[data.days.length - 1]!;
  const reportDate = report.reportDate ?? last.date;
  const registered = data.participants.reduce((sum, r) => sum + r.registered, 0);
  const texts = laporanTemplateValues(data);
  const heading = (i: number): HeadingBlock => ({ type: 'heading', level: 2, label: `${toRoman(i + 1)}.`, text: SECTIONS[i]! });

  const cover: Block[] = [
    { type: 'spacer', heightMm: 30 },
    {
      type: 'title',
      lines: ['LAPORAN PELAKSANAAN', 'BIMBINGAN TEKNIS PENYUSUNAN', 'MASTERPLAN SMART CITY', `TAHAP ${roman}`],
    },
    // The stage's own title, unless it only repeats the lines above.
    ...(/^(bimbingan teknis|bimtek)\b/i.test(stage.title.trim())
      ? []
      : [{ type: 'paragraph' as const, align: 'center' as const, runs: [{ text: stage.title, italic: true }] }]),
    { type: 'spacer', heightMm: 20 },
    ...(logo ? [{ type: 'image' as const, image: logo, widthMm: 40, align: 'center' as const }] : []),
    { type: 'spacer', heightMm: 20 },
    { type: 'paragraph', align: 'center', runs: [{ text: regency.officeName.toLocaleUpperCase('id-ID'), bold: true }] },
    { type: 'paragraph', align: 'center', runs: [{ text: region.toLocaleUpperCase('id-ID'), bold: true }] },
    { type: 'paragraph', align: 'center', runs: [{ text: `TAHUN ${programme.year}`, bold: true }] },
    { type: 'pageBreak' },
  ];

  const sameTimes = data.days.every((d) => d.startTime === first.startTime && d.endTime === first.endTime);
  const zone = regency.tataNaskah.timeZone;
  const body: Block[] = [
    { type: 'title', lines: ['LAPORAN PELAKSANAAN', activityText(stage, regency).toLocaleUpperCase('id-ID')] },
    heading(0),
    list(report.basis.length ? report.basis : standardBasis(data)),
    heading(1),
    ...(report.purposes.length
      ? report.purposes.map((t) => p(t))
      : [p(templatedText(data.texts, 'laporan-bimtek', 'maksud', texts))]),
    heading(2),
    {
      type: 'keyValue',
      keyWidthMm: 32,
      rows: [
        { key: 'Hari, tanggal', value: [{ text: daysText(data.days) }] },
        {
          key: 'Waktu',
          value: [
            {
              text: sameTimes
                ? timeText(first.startTime, first.endTime, zone)
                : data.days.map((d) => `${formatDate(d.date)}: ${timeText(d.startTime, d.endTime, zone)}`).join('; '),
            },
          ],
        },
        { key: 'Tempat', value: [{ text: stage.venue ?? '-' }] },
      ],
    },
    heading(3),
    ...(registered > 0
      ? [
          p(
            `Bimbingan teknis diikuti oleh ${counted(registered)} peserta dari ${counted(data.participants.length)} instansi, dengan rincian sebagai berikut:`,
            { keepWithNext: true },
          ),
          participantTable(data, small),
        ]
      : [p('Peserta belum dicatat.')]),
    heading(4),
    ...(stage.facilitators.length
      ? [list(stage.facilitators.map((f) => [f.name, roleAndInstitution(f)].filter(Boolean).join(' – ')))]
      : [p('-')]),
    heading(5),
    ...(stage.agenda.length
      ? [
          {
            type: 'table' as const,
            columns: [{ weight: 0.8, align: 'center' as const }, { weight: 3.2 }, { weight: 8 }],
            header: [
              {
                cells: ['No', 'Waktu', 'Materi'].map((t) => ({
                  lines: [[{ text: t, bold: true }]],
                  align: 'center' as const,
                  vAlign: 'middle' as const,
                })),
              },
            ],
            rows: stage.agenda.map((a, i) => ({
              cells: [
                { lines: [[{ text: `${i + 1}.` }]], align: 'center' as const },
                { lines: [[{ text: a.time?.trim() || '-' }]] },
                { lines: [[{ text: a.text }]] },
              ],
            })),
            sizePt: small,
          },
        ]
      : [p('-')]),
    heading(6),
    ...(stage.outputs.length ? [list(stage.outputs)] : [p('Hasil tahap ini belum dicatat.')]),
    heading(7),
    ...(report.obstacles.length ? [list(report.obstacles)] : [p('Tidak terdapat kendala yang berarti.')]),
    heading(8),
    p(report.closing ?? templatedText(data.texts, 'laporan-bimtek', 'penutup', texts)),
  ];
  const grid = signatureGrid(data, 2, [ketua], { caption: ['Ketua Tim Pelaksana Smart City'] });
  body.push({
    type: 'keepTogether',
    blocks: [
      { ...grid, cells: [null, ...grid.cells], placeDate: `${regency.capital}, ${formatDate(reportDate)}`, spaceBeforePt: 12 },
    ],
  });

  const shell = documentShell(
    data,
    'korespondensi',
    {
      title: `Laporan Pelaksanaan Bimtek Tahap ${roman} Masterplan Smart City ${region} ${programme.year}`,
    },
    'laporan',
  );
  // The photos follow the signed report as its documentation pages.
  const photos = documentationBlocks(data.photos, shell.page, stage.number, small);
  return {
    ...shell,
    footer: { ...shell.footer, pageNumbers: true, skipFirstPage: true },
    blocks: [...cover, ...body, ...photos],
  };
}
