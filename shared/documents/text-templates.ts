// Prose the office controls: a document's sentences as text templates with named placeholders ("Dalam rangka …
// {daerah} Tahun {tahun} …"). The parser refuses an unknown placeholder, an unclosed or unopened brace and an empty
// one at its position, in Indonesian; `{{` and `}}` write a brace. Defaults are the documents' standard wording.
import { likelyKey } from '../validation/unknown-keys';

/** The kinds and parts whose prose is a template, each with its placeholders and default. */
export const TEXT_TEMPLATES = [
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
] as const;

export type TextTemplateDef = (typeof TEXT_TEMPLATES)[number];
export type TextTemplateKind = TextTemplateDef['kind'];
export const TEXT_TEMPLATE_KINDS = [...new Set(TEXT_TEMPLATES.map((t) => t.kind))] as [TextTemplateKind, ...TextTemplateKind[]];

export function textTemplateDef(kind: string, part: string): TextTemplateDef | undefined {
  return TEXT_TEMPLATES.find((t) => t.kind === kind && t.part === part);
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
): string {
  const def = textTemplateDef(kind, part);
  if (!def) throw new Error(`no text template ${kind}.${part}`);
  return fillTextTemplate(own?.[`${kind}.${part}`] ?? def.default, def.placeholders, values);
}
