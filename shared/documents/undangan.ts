// Surat Undangan of one Bimtek stage, naskah dinas korespondensi (domain §2.5): kop; place and date; Nomor, Sifat,
// Lampiran and Hal; "Yth." with the invitees, or "Daftar terlampir" when there are many; the body with hari/tanggal,
// waktu, tempat and the acara table; the signature (a.n. when signed for the Bupati); tembusan; and a lampiran
// listing the invitees, with its own heading and signature.
import type { Block, DocumentModel, ListBlock, ParagraphBlock, TableBlock } from '../document/model';
import { regionTitle } from '../domain/regency';
import { dayName, formatDate, formatDateRange } from '../format/dates';
import { toRoman } from '../format/roman';
import { terbilang } from '../format/terbilang';
import type { InvitationData, Official, StageDayInfo } from './context';
import { activityText, timeText } from './daftar-hadir';
import { signatureGrid } from './common-blocks';
import { documentShell, letterheadBlock } from './letterhead';
import { officialName } from './signature';
import { upperJabatan } from '../format/names';
import { UserError } from '../errors';
import { templatedText } from './text-templates';

/** More invitees than this and the letter says "Daftar terlampir" and lists them in the lampiran. */
export const MAX_INVITEES_IN_LETTER = 3;

/** A week before the first day, when the office gave no date. */
export function letterDate(data: Pick<InvitationData, 'invitation' | 'days'>): string {
  if (data.invitation.letterDate) return data.invitation.letterDate;
  const first = new Date(`${data.days[0]!.date}T00:00:00Z`);
  first.setUTCDate(first.getUTCDate() - 7);
  return first.toISOString().slice(0, 10);
}

/** "Senin, 8 November 2021" or "Senin s.d. Rabu, 8–10 November 2021". */
export function daysText(days: readonly StageDayInfo[]): string {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  if (days.length === 1) return `${dayName(first.date)}, ${formatDate(first.date)}`;
  return `${dayName(first.date)} s.d. ${dayName(last.date)}, ${formatDateRange(first.date, last.date)}`;
}

/** Whose letter it is: the office signed for (a.n.), else the signer's own jabatan. */
const letterOf = (signer: NonNullable<InvitationData['signer']>) =>
  signer.onBehalfOf?.replace(/^a\.\s?n\.\s*/i, '').trim() || signer.jabatan;

/** The addressee as "Yth." names them: the jabatan (the office, not the person, is invited). */
const addressee = (o: Official) => o.jabatan;

export function invitationSubject(data: Pick<InvitationData, 'invitation' | 'stage'>): string {
  return (
    data.invitation.subject ?? `Undangan Bimbingan Teknis Penyusunan Masterplan Smart City Tahap ${toRoman(data.stage.number)}`
  );
}

const p = (text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
  type: 'paragraph',
  runs: [{ text }],
  ...extra,
});

function agendaTable(data: InvitationData): TableBlock | null {
  if (data.stage.agenda.length === 0) return null;
  return {
    type: 'table',
    columns: [{ weight: 0.8, align: 'center' }, { weight: 3.2 }, { weight: 8 }],
    header: [
      {
        cells: ['No', 'Waktu', 'Acara'].map((t) => ({
          lines: [[{ text: t, bold: true }]],
          align: 'center' as const,
          vAlign: 'middle' as const,
        })),
      },
    ],
    rows: data.stage.agenda.map((a, i) => ({
      cells: [
        { lines: [[{ text: `${i + 1}.` }]], align: 'center' as const },
        { lines: [[{ text: a.time?.trim() || '-' }]] },
        { lines: [[{ text: a.text }]] },
      ],
    })),
    sizePt: Math.max(9, data.regency.tataNaskah.fontSizePt - 1),
  };
}

/** What the placeholders of the invitation's text templates become (text-templates.ts). */
export function undanganTemplateValues(data: Pick<InvitationData, 'regency' | 'programme' | 'stage'>): Record<string, string> {
  const { regency, stage } = data;
  return {
    daerah: regionTitle(regency),
    nama_daerah: regency.name,
    tahun: String(data.programme.year),
    nama_program: data.programme.name,
    tahap: String(stage.number),
    tahap_romawi: toRoman(stage.number),
    tahap_judul: stage.title,
  };
}

export function buildUndangan(data: InvitationData): DocumentModel {
  const { regency, stage, days, invitation } = data;
  if (!data.signer) {
    throw new UserError(
      'Surat undangan belum punya penandatangan: catat jabatan Bupati atau pilih penandatangan undangan tahap ini.',
    );
  }
  if (data.invitees.length === 0) {
    throw new UserError('Surat undangan belum punya yang diundang: catat kepala OPD dan camat, atau pilih undangan tahap ini.');
  }
  const date = letterDate(data);
  const many = data.invitees.length > MAX_INVITEES_IN_LETTER;
  const region = regionTitle(regency);
  const zone = regency.tataNaskah.timeZone;
  const first = days[0]!;
  const sameTimes = days.every((d) => d.startTime === first.startTime && d.endTime === first.endTime);
  const sameVenue = days.every((d) => d.venue === first.venue);
  const nameCase = regency.tataNaskah.signerNameCase;
  const texts = undanganTemplateValues(data);

  const yth: Block[] = many
    ? [p('Yth. Daftar terlampir'), p('di'), p('Tempat', { indentMm: 8 })]
    : [
        ...(data.invitees.length === 1
          ? [p(`Yth. ${addressee(data.invitees[0]!)}`)]
          : [
              p('Yth.'),
              {
                type: 'list',
                ordered: true,
                items: data.invitees.map((o) => ({ runs: [{ text: addressee(o) }] })),
              } satisfies ListBlock,
            ]),
        p('di'),
        p('Tempat', { indentMm: 8 }),
      ];

  const when: { key: string; value: string }[] = [
    { key: 'Hari, tanggal', value: daysText(days) },
    {
      key: 'Waktu',
      value: sameTimes
        ? timeText(first.startTime, first.endTime, zone)
        : days.map((d) => `${formatDate(d.date)}: ${timeText(d.startTime, d.endTime, zone)}`).join('; '),
    },
    {
      key: 'Tempat',
      value: sameVenue ? (first.venue ?? '-') : days.map((d) => `${formatDate(d.date)}: ${d.venue ?? '-'}`).join('; '),
    },
    { key: 'Acara', value: activityText(stage, regency) },
  ];
  const agenda = agendaTable(data);
  const signer = signatureGrid(data, 2, [data.signer]);
  const signature: Block = {
    type: 'keepTogether',
    blocks: [
      p(templatedText(data.texts, 'undangan-bimtek', 'penutup', texts), { align: 'justify' }),
      { ...signer, cells: [null, ...signer.cells], spaceBeforePt: 12 },
    ],
  };
  const copies: Block[] = invitation.copiesTo.length
    ? [
        p('Tembusan:', { spaceBeforePt: 12, keepWithNext: true }),
        {
          type: 'list',
          ordered: true,
          items: invitation.copiesTo.map((c, i) => ({
            runs: [{ text: `${c}${i === invitation.copiesTo.length - 1 ? '.' : ';'}` }],
          })),
        },
      ]
    : [];

  const lampiran: Block[] = many
    ? [
        { type: 'pageBreak' },
        p(`LAMPIRAN SURAT ${upperJabatan(letterOf(data.signer))}`, { indentMm: 75 }),
        {
          type: 'keyValue',
          indentMm: 75,
          keyWidthMm: 20,
          rows: [
            { key: 'Nomor', value: [{ text: data.number ?? '' }] },
            { key: 'Tanggal', value: [{ text: formatDate(date) }] },
            { key: 'Hal', value: [{ text: invitationSubject(data) }] },
          ],
        },
        { type: 'title', lines: ['DAFTAR UNDANGAN'], underline: false },
        {
          type: 'table',
          columns: [{ weight: 0.8, align: 'center' }, { weight: 7 }, { weight: 5 }],
          header: [
            {
              cells: ['No', 'Jabatan', 'Nama'].map((t) => ({
                lines: [[{ text: t, bold: true }]],
                align: 'center' as const,
                vAlign: 'middle' as const,
              })),
            },
          ],
          rows: data.invitees.map((o, i) => ({
            cells: [
              { lines: [[{ text: `${i + 1}.` }]], align: 'center' as const },
              { lines: [[{ text: o.jabatan }]] },
              { lines: [[{ text: officialName(o, nameCase) }]] },
            ],
          })),
          sizePt: Math.max(9, regency.tataNaskah.fontSizePt - 1),
        },
        { type: 'keepTogether', blocks: [{ ...signer, cells: [null, ...signer.cells], spaceBeforePt: 12 }] },
      ]
    : [];

  const blocks: Block[] = [
    letterheadBlock(regency),
    p(`${regency.capital}, ${formatDate(date)}`, { align: 'right', spaceAfterPt: 6 }),
    {
      type: 'keyValue',
      keyWidthMm: 22,
      rows: [
        { key: 'Nomor', value: [{ text: data.number ?? '' }] },
        { key: 'Sifat', value: [{ text: invitation.nature }] },
        { key: 'Lampiran', value: [{ text: many ? `1 (${terbilang(1)}) berkas` : '-' }] },
        { key: 'Hal', value: [{ text: invitationSubject(data), bold: true }] },
      ],
    },
    { type: 'spacer', heightMm: 4 },
    ...yth,
    p(templatedText(data.texts, 'undangan-bimtek', 'pembuka', texts), {
      align: 'justify',
      firstLineIndentMm: 10,
      spaceBeforePt: 10,
      keepWithNext: true,
    }),
    {
      type: 'keyValue',
      keyWidthMm: 32,
      indentMm: 10,
      rows: when.map((w) => ({ key: w.key, value: [{ text: w.value }] })),
    },
    ...(agenda ? [p('dengan susunan acara sebagai berikut:', { keepWithNext: true, spaceBeforePt: 6 }), agenda] : []),
    ...invitation.notes.map((n) => p(n, { align: 'justify' })),
    signature,
    ...copies,
    ...lampiran,
  ];
  return {
    ...documentShell(
      data,
      'korespondensi',
      {
        title: `Surat Undangan Bimtek Tahap ${toRoman(stage.number)} Masterplan Smart City ${region} ${data.programme.year}`,
      },
      'surat',
    ),
    blocks,
  };
}
