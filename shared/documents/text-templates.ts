// Prose the office controls: a document's sentences as text templates with named placeholders ("Dalam rangka …
// {daerah} Tahun {tahun} …"). The parser refuses an unknown placeholder, an unclosed or unopened brace and an empty
// one at its position, in Indonesian; `{{` and `}}` write a brace. Defaults are the documents' standard wording.
import { likelyKey } from '../validation/unknown-keys';

const BERITA_ACARA_PLACEHOLDERS = [
  'daerah',
  'nama_daerah',
  'tahun',
  'nama_program',
  'hari',
  'tanggal',
  'tanggal_terbilang',
  'bulan',
  'tahun_terbilang',
  'tempat',
  'jumlah_penandatangan',
  'jumlah_penandatangan_terbilang',
] as const;
const KOMITMEN_PLACEHOLDERS = [
  'daerah',
  'nama_daerah',
  'tahun',
  'nama_program',
  'tanggal',
  'tempat',
  'jumlah_penandatangan',
  'jumlah_penandatangan_terbilang',
] as const;
const DAFTAR_HADIR_PLACEHOLDERS = [
  'daerah',
  'nama_daerah',
  'tahun',
  'tahap',
  'tahap_romawi',
  'tahap_judul',
  'hari',
  'tanggal',
  'jumlah_peserta',
  'jumlah_peserta_terbilang',
] as const;
const KEPUTUSAN_PLACEHOLDERS = ['daerah', 'nama_daerah', 'tahun', 'kepala_daerah', 'tim', 'tentang'] as const;

/**
 * The kinds and parts whose prose is a template, each with its placeholders and default. Parts marked `lines` are
 * title lines: one printed line per typed line, in capitals. `defaultTitleCase` is the default when the office
 * title-cases the words of a spelled-out date (Tata Naskah), so that the default prints what the document always did.
 */
export const TEXT_TEMPLATES = [
  {
    kind: 'berita-acara',
    part: 'judul',
    label: 'Berita acara: judul (satu baris per baris; bila judul sendiri belum diisi di Penutupan)',
    placeholders: BERITA_ACARA_PLACEHOLDERS,
    lines: true,
    default: 'BERITA ACARA\nPENUTUPAN BIMBINGAN TEKNIS\nPENYUSUNAN MASTERPLAN SMART CITY\n{daerah} TAHUN {tahun}',
  },
  {
    kind: 'berita-acara',
    part: 'pembuka',
    label: 'Berita acara: awal kalimat pembuka (disambung "kami yang bertanda tangan di bawah ini:" atau uraian penutupan)',
    placeholders: BERITA_ACARA_PLACEHOLDERS,
    default: 'Pada hari ini {hari} tanggal {tanggal_terbilang} bulan {bulan} tahun {tahun_terbilang}, bertempat di {tempat},',
    defaultTitleCase:
      'Pada Hari ini {hari} Tanggal {tanggal_terbilang} Bulan {bulan} Tahun {tahun_terbilang}, bertempat di {tempat},',
  },
  {
    kind: 'berita-acara',
    part: 'penutup',
    label: 'Berita acara: kalimat penutup (bila jumlah rangkap diisi)',
    placeholders: [...BERITA_ACARA_PLACEHOLDERS, 'rangkap', 'rangkap_terbilang'],
    default:
      'Demikian Berita Acara ini dibuat dengan sebenarnya dalam {rangkap} ({rangkap_terbilang}) rangkap, masing-masing mempunyai kekuatan hukum yang sama, untuk dipergunakan sebagaimana mestinya.',
  },
  {
    kind: 'berita-acara',
    part: 'penutup-tanpa-rangkap',
    label: 'Berita acara: kalimat penutup (bila jumlah rangkap belum diisi)',
    placeholders: BERITA_ACARA_PLACEHOLDERS,
    default: 'Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
  },
  {
    kind: 'komitmen',
    part: 'pembuka',
    label: 'Lembar komitmen: kalimat pembuka (bila pembuka sendiri belum diisi di Penutupan)',
    placeholders: KOMITMEN_PLACEHOLDERS,
    default:
      'Kami yang bertanda tangan di bawah ini, Dewan Smart City dan Tim Pelaksana Smart City {daerah}, dengan ini menyatakan berkomitmen untuk:',
  },
  {
    kind: 'komitmen',
    part: 'penutup',
    label: 'Lembar komitmen: kalimat penutup sesudah butir komitmen (kosong: tidak dicetak; bila belum diisi di Penutupan)',
    placeholders: KOMITMEN_PLACEHOLDERS,
    default: '',
  },
  {
    kind: 'daftar-hadir',
    part: 'judul',
    label: 'Daftar hadir: judul (satu baris per baris)',
    placeholders: DAFTAR_HADIR_PLACEHOLDERS,
    lines: true,
    default: 'DAFTAR HADIR',
  },
  {
    kind: 'undangan-bimtek',
    part: 'pembuka',
    label: 'Surat undangan: kalimat pembuka',
    placeholders: ['daerah', 'nama_daerah', 'tahun', 'nama_program', 'tahap', 'tahap_romawi', 'tahap_judul'],
    default:
      'Dalam rangka penyusunan Masterplan Smart City {daerah} Tahun {tahun} pada {nama_program}, bersama ini kami mengundang Bapak/Ibu untuk menghadiri Bimbingan Teknis Tahap {tahap_romawi} yang akan dilaksanakan pada:',
  },
  {
    kind: 'undangan-bimtek',
    part: 'penutup',
    label: 'Surat undangan: kalimat penutup',
    placeholders: ['daerah', 'nama_daerah', 'tahun', 'tahap_romawi'],
    default:
      'Mengingat pentingnya acara tersebut, dimohon kehadiran Bapak/Ibu tepat pada waktunya dan tidak diwakilkan. Atas perhatian dan kehadiran Bapak/Ibu diucapkan terima kasih.',
  },
  {
    kind: 'laporan-bimtek',
    part: 'maksud',
    label: 'Laporan pelaksanaan: maksud dan tujuan (bila belum diisi per tahap)',
    placeholders: ['daerah', 'nama_daerah', 'tahun', 'tahap_romawi', 'jumlah_peserta', 'jumlah_peserta_terbilang', 'ketua_tim'],
    default:
      'Maksud kegiatan ini adalah membekali Dewan Smart City, Tim Pelaksana dan perangkat daerah {daerah} dalam penyusunan Masterplan Smart City. Tujuannya adalah menghasilkan keluaran Bimbingan Teknis Tahap {tahap_romawi} sebagai bahan penyusunan Masterplan Smart City {daerah}.',
  },
  {
    kind: 'laporan-bimtek',
    part: 'penutup',
    label: 'Laporan pelaksanaan: penutup (bila belum diisi per tahap)',
    placeholders: ['daerah', 'nama_daerah', 'tahun', 'tahap_romawi', 'jumlah_peserta', 'jumlah_peserta_terbilang', 'ketua_tim'],
    default:
      'Demikian laporan ini disusun sebagai pertanggungjawaban pelaksanaan Bimbingan Teknis Tahap {tahap_romawi} dan bahan tindak lanjut penyusunan Masterplan Smart City {daerah}.',
  },
  {
    kind: 'keputusan-tim',
    part: 'menimbang',
    label: 'Keputusan: Menimbang, satu huruf (a., b., …) per baris (bila pertimbangan sendiri belum diisi)',
    placeholders: KEPUTUSAN_PLACEHOLDERS,
    items: true,
    default: [
      'bahwa dalam rangka mewujudkan {daerah} sebagai daerah cerdas melalui Gerakan Menuju Smart City, perlu disusun dan dilaksanakan Masterplan Smart City {daerah} sebagai pedoman pembangunan daerah yang memanfaatkan teknologi informasi dan komunikasi;',
      'bahwa untuk mengarahkan, mengoordinasikan dan melaksanakan penyusunan serta penerapan Masterplan Smart City sebagaimana dimaksud dalam huruf a, perlu dibentuk {tim};',
      'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan {kepala_daerah} tentang {tentang};',
    ].join('\n'),
  },
  {
    kind: 'keputusan-tim',
    part: 'tugas-dewan',
    label: 'Keputusan: tugas Dewan Smart City, satu tugas per baris (bila tugas sendiri belum diisi)',
    placeholders: KEPUTUSAN_PLACEHOLDERS,
    items: true,
    default: [
      'memberikan arahan kebijakan dalam penyusunan dan pelaksanaan Masterplan Smart City;',
      'menetapkan prioritas program dan kegiatan Smart City;',
      'melakukan pengawasan dan evaluasi atas pelaksanaan Masterplan Smart City.',
    ].join('\n'),
  },
  {
    kind: 'keputusan-tim',
    part: 'tugas-tim',
    label: 'Keputusan: tugas Tim Pelaksana, satu tugas per baris (bila tugas sendiri belum diisi)',
    placeholders: KEPUTUSAN_PLACEHOLDERS,
    items: true,
    default: [
      'menyusun Masterplan Smart City beserta rencana aksi dan program percepatan (quick win);',
      'mengoordinasikan perangkat daerah dalam pelaksanaan program Smart City;',
      'mengikuti bimbingan teknis penyusunan Masterplan Smart City;',
      'melaporkan pelaksanaan tugas kepada Dewan Smart City.',
    ].join('\n'),
  },
  {
    kind: 'keputusan-tim',
    part: 'biaya',
    label: 'Keputusan: diktum pembebanan biaya',
    placeholders: KEPUTUSAN_PLACEHOLDERS,
    default:
      'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah {daerah} dan sumber lain yang sah dan tidak mengikat.',
  },
  {
    kind: 'keputusan-tim',
    part: 'berlaku',
    label: 'Keputusan: diktum terakhir (mulai berlaku)',
    placeholders: KEPUTUSAN_PLACEHOLDERS,
    default: 'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  },
] as const;

export type TextTemplateKind = (typeof TEXT_TEMPLATES)[number]['kind'];
export interface TextTemplateDef {
  kind: TextTemplateKind;
  part: string;
  label: string;
  placeholders: readonly string[];
  /** Title lines: one printed line per typed line, in capitals. */
  lines?: boolean;
  /** List items: one printed item per typed line (a., b., … or 1., 2., … come from the document). */
  items?: boolean;
  default: string;
  defaultTitleCase?: string;
}
export const TEXT_TEMPLATE_KINDS = [...new Set(TEXT_TEMPLATES.map((t) => t.kind))] as [TextTemplateKind, ...TextTemplateKind[]];

export function textTemplateDef(kind: string, part: string): TextTemplateDef | undefined {
  return (TEXT_TEMPLATES as readonly TextTemplateDef[]).find((t) => t.kind === kind && t.part === part);
}

/** The default wording for an office that writes the words of a spelled-out date in lower or title case. */
export function defaultText(def: TextTemplateDef, dateWordsCase: 'lower' | 'title' = 'lower'): string {
  return dateWordsCase === 'title' && def.defaultTitleCase !== undefined ? def.defaultTitleCase : def.default;
}

/** What each placeholder means, for the screen that lists them. */
export const TEXT_PLACEHOLDER_LABELS: Record<string, string> = {
  daerah: 'kabupaten/kota dengan namanya ("Kabupaten Simalungun")',
  nama_daerah: 'nama kabupaten/kota ("Simalungun")',
  tahun: 'tahun program',
  nama_program: 'nama program',
  tahap: 'nomor tahap Bimtek',
  tahap_romawi: 'nomor tahap dalam angka Romawi',
  tahap_judul: 'judul tahap',
  jumlah_peserta: 'jumlah peserta terdaftar',
  jumlah_peserta_terbilang: 'jumlah peserta dengan huruf',
  ketua_tim: 'nama ketua Tim Pelaksana',
  hari: 'nama hari ("Jumat")',
  tanggal: 'tanggal ("19 November 2021")',
  tanggal_terbilang: 'tanggal dengan huruf ("sembilan belas")',
  bulan: 'nama bulan ("November")',
  tahun_terbilang: 'tahun dengan huruf ("dua ribu dua puluh satu")',
  tempat: 'tempat penutupan',
  rangkap: 'jumlah rangkap',
  rangkap_terbilang: 'jumlah rangkap dengan huruf',
  jumlah_penandatangan: 'jumlah penandatangan lembar komitmen',
  jumlah_penandatangan_terbilang: 'jumlah penandatangan dengan huruf',
  kepala_daerah: '"Bupati" atau "Wali Kota"',
  tim: 'Dewan dan Tim yang dibentuk, dengan nama daerah',
  tentang: 'judul keputusan sesudah "tentang"',
};

export type TemplatePiece = string | { name: string };

export interface TemplateProblem {
  /** Offset in the text, from 0. */
  index: number;
  line: number;
  column: number;
  message: string;
}

export type ParsedTemplate = { ok: true; pieces: TemplatePiece[] } | { ok: false; problems: TemplateProblem[] };

function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const at = (text: string, index: number) => {
  const { line, column } = position(text, index);
  return `baris ${line}, kolom ${column}`;
};

/** Parses a template, allowing only `allowed` placeholders; every problem is reported, each at its position. */
export function parseTextTemplate(text: string, allowed: readonly string[]): ParsedTemplate {
  const pieces: TemplatePiece[] = [];
  const problems: TemplateProblem[] = [];
  const problem = (index: number, message: string) => problems.push({ index, ...position(text, index), message });
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '{' && text[i + 1] === '{') {
      literal += '{';
      i += 2;
    } else if (c === '}' && text[i + 1] === '}') {
      literal += '}';
      i += 2;
    } else if (c === '}') {
      problem(i, `kurung kurawal tutup "}" tanpa pembuka (${at(text, i)}); tulis "}}" untuk mencetak "}"`);
      i += 1;
    } else if (c === '{') {
      const close = text.indexOf('}', i + 1);
      const nextOpen = text.indexOf('{', i + 1);
      if (close === -1 || (nextOpen !== -1 && nextOpen < close) || text.slice(i + 1, close).includes('\n')) {
        problem(i, `kurung kurawal "{" tidak ditutup (${at(text, i)}); tulis "{{" untuk mencetak "{"`);
        literal += c;
        i += 1;
        continue;
      }
      const name = text.slice(i + 1, close).trim();
      if (name === '') problem(i, `placeholder kosong "{}" (${at(text, i)})`);
      else if (!allowed.includes(name)) {
        const guess = likelyKey(name, allowed);
        problem(
          i,
          `placeholder {${name}} tidak dikenal (${at(text, i)})${guess ? `; mungkin maksudnya {${guess}}` : ''}; yang tersedia: ${allowed.map((a) => `{${a}}`).join(' ')}`,
        );
      } else {
        if (literal) pieces.push(literal);
        literal = '';
        pieces.push({ name });
      }
      i = close + 1;
    } else {
      literal += c;
      i += 1;
    }
  }
  if (literal) pieces.push(literal);
  return problems.length ? { ok: false, problems } : { ok: true, pieces };
}

/** The template filled with the values; throws on a template that does not parse (stored ones always do). */
export function fillTextTemplate(text: string, allowed: readonly string[], values: Record<string, string>): string {
  const parsed = parseTextTemplate(text, allowed);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.pieces.map((p) => (typeof p === 'string' ? p : (values[p.name] ?? ''))).join('');
}

/** The office's own text for a part when it has one, else the default; filled with the values. */
export function templatedText(
  own: Readonly<Record<string, string>> | undefined,
  kind: TextTemplateKind,
  part: string,
  values: Record<string, string>,
  dateWordsCase: 'lower' | 'title' = 'lower',
): string {
  const def = textTemplateDef(kind, part);
  if (!def) throw new Error(`no text template ${kind}.${part}`);
  return fillTextTemplate(own?.[`${kind}.${part}`] ?? defaultText(def, dateWordsCase), def.placeholders, values);
}

/** Title lines from a template: one line per typed line, in capitals, blank lines left out. */
export function templatedLines(
  own: Readonly<Record<string, string>> | undefined,
  kind: TextTemplateKind,
  part: string,
  values: Record<string, string>,
): string[] {
  return templatedText(own, kind, part, values)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim().toLocaleUpperCase('id-ID'))
    .filter((l) => l !== '');
}

/** List items from a template: one item per typed line, blank lines left out. */
export function templatedItems(
  own: Readonly<Record<string, string>> | undefined,
  kind: TextTemplateKind,
  part: string,
  values: Record<string, string>,
): string[] {
  return templatedText(own, kind, part, values)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}
