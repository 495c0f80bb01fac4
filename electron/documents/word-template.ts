// The office's own Word template filled from the database with docxtemplater's free core: `{nama}` values, and
// `{#daftar}…{/daftar}` loops around a table row or paragraphs. Before anything is written the template is checked
// whole: every placeholder must be one the app knows (see shared/documents/word-placeholders.ts), each loop must
// be closed, and each problem is reported with its name and where it stands (paragraph, table, excerpt). The new
// file is written atomically, so a failure leaves no half-written file and any earlier file in place.
import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { regionTitle } from '../../shared/domain/regency';
import type { DocumentRepositories } from './context-loader';
import { contextLoader, MissingDataError } from './context-loader';
import { LOOP_PLACEHOLDERS, VALUE_PLACEHOLDERS, knownPlaceholder } from '../../shared/documents/word-placeholders';
import { officialName, printedIdentifier, printedPangkat } from '../../shared/documents/signature';
import { daysText } from '../../shared/documents/undangan';
import { timeText } from '../../shared/documents/daftar-hadir';
import { UserError, ValidationError, type ValidationProblem } from '../../shared/errors';
import { formatDate } from '../../shared/format/dates';
import { toRoman } from '../../shared/format/roman';
import { terbilang } from '../../shared/format/terbilang';
import { likelyKey } from '../../shared/validation/unknown-keys';

/** Where a text stands in the template: its paragraph (counted over the body, tables included) and an excerpt. */
interface Paragraph {
  file: string;
  index: number;
  inTable: boolean;
  text: string;
}

const PART_NAMES: Record<string, string> = { 'word/document.xml': 'isi', 'word/footnotes.xml': 'catatan kaki' };
const partName = (file: string) =>
  PART_NAMES[file] ?? (/header/.test(file) ? 'kepala halaman' : /footer/.test(file) ? 'kaki halaman' : file);

function paragraphs(zip: PizZip): Paragraph[] {
  const out: Paragraph[] = [];
  const files = Object.keys(zip.files).filter((f) => /^word\/(document|header\d*|footer\d*|footnotes)\.xml$/.test(f));
  for (const file of files.sort((a, b) =>
    a === 'word/document.xml' ? -1 : b === 'word/document.xml' ? 1 : a.localeCompare(b),
  )) {
    const xml = zip.file(file)!.asText();
    let depth = 0;
    let index = 0;
    for (const m of xml.matchAll(/<w:tbl>|<w:tbl\s[^>]*>|<\/w:tbl>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
      if (m[0].startsWith('<w:tbl')) depth++;
      else if (m[0] === '</w:tbl>') depth--;
      else {
        index++;
        const text = [...(m[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
        out.push({ file, index, inTable: depth > 0, text: decodeXml(text) });
      }
    }
  }
  return out;
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** "paragraf ke-7 di dalam tabel («{#peserta}{no}»)". */
function where(paras: Paragraph[], needle: string): string {
  const p = paras.find((x) => x.text.includes(needle));
  if (!p) return 'di templat';
  const excerpt = p.text.length > 60 ? `${p.text.slice(0, 57)}…` : p.text;
  const part = p.file === 'word/document.xml' ? '' : ` (${partName(p.file)})`;
  return `paragraf ke-${p.index}${part}${p.inTable ? ' di dalam tabel' : ''} («${excerpt}»)`;
}

interface XtError {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: XtError[] };
}

/** docxtemplater's syntax errors in Indonesian, each with where it stands. */
function syntaxProblems(error: unknown, paras: Paragraph[]): ValidationProblem[] {
  const all = (error as XtError).properties?.errors ?? [error as XtError];
  return all.map((e) => {
    const { id = '', xtag = '' } = e.properties ?? {};
    const tag = xtag.trim();
    switch (id) {
      case 'unclosed_tag': {
        // docxtemplater reads on to the next "}", across paragraphs; the paragraph is the one with the longest start.
        for (let k = tag.length; k > 0; k--) {
          const start = `{${tag.slice(0, k)}`;
          const p = paras.find((x) => x.text.includes(start));
          if (!p) continue;
          const shown = /^\{[^\s{}]*/.exec(p.text.slice(p.text.indexOf(start)))![0];
          return { path: where(paras, start), message: `kurung kurawal "${shown}" tidak ditutup dengan "}"` };
        }
        return { path: 'di templat', message: `kurung kurawal "{${tag.slice(0, 30)}" tidak ditutup dengan "}"` };
      }
      case 'unopened_tag':
        return { path: where(paras, `${tag}}`), message: `"${tag}}" ditutup tanpa "{" pembuka` };
      case 'duplicate_open_tag':
        return { path: where(paras, tag), message: `kurung kurawal ganda "{{" pada "${tag}"` };
      case 'duplicate_close_tag':
        return { path: where(paras, tag), message: `kurung kurawal ganda "}}" pada "${tag}"` };
      case 'unclosed_loop':
        return { path: where(paras, `{#${tag}}`), message: `perulangan {#${tag}} tidak ditutup dengan {/${tag}}` };
      case 'unopened_loop':
        return { path: where(paras, `{/${tag}}`), message: `{/${tag}} menutup perulangan yang tidak dibuka dengan {#${tag}}` };
      case 'closing_tag_does_not_match_opening_tag':
        return { path: where(paras, tag), message: `perulangan {#${tag}} ditutup dengan placeholder lain` };
      case 'loop_position_invalid':
        return {
          path: where(paras, `{#${tag}}`),
          message: `{#${tag}} dan {/${tag}} harus sama-sama di dalam atau sama-sama di luar tabel`,
        };
      default:
        return { path: where(paras, tag || '{'), message: `templat tidak dapat dibaca (${e.properties?.explanation ?? id})` };
    }
  });
}

/** Placeholders the app does not know, or that need a stage when none was given, by name and position. */
function unknownProblems(tags: Record<string, unknown>, paras: Paragraph[], hasStage: boolean): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const topNames = [...VALUE_PLACEHOLDERS.map((p) => p.name), ...LOOP_PLACEHOLDERS.map((p) => p.name)];
  for (const [name, inner] of Object.entries(tags)) {
    const known = knownPlaceholder(name);
    if (!known) {
      const guess = likelyKey(name, topNames);
      problems.push({
        path: where(paras, name),
        message: `placeholder {${name}} tidak dikenal${guess ? `; mungkin maksudnya {${guess}}` : ''}`,
      });
      continue;
    }
    if (known.stage && !hasStage) {
      problems.push({ path: where(paras, name), message: `placeholder {${name}} memerlukan tahap Bimtek (--stage 1–4)` });
    }
    if ('fields' in known) {
      const fields = known.fields.map((f) => f.name);
      for (const field of Object.keys((inner ?? {}) as Record<string, unknown>)) {
        // Inside a loop a value of the whole programme may be used too ({daerah} in each row).
        if (fields.includes(field) || VALUE_PLACEHOLDERS.some((p) => p.name === field)) continue;
        const guess = likelyKey(field, fields);
        problems.push({
          path: where(paras, field),
          message: `kolom {${field}} tidak ada di daftar {#${name}} (kolomnya: ${fields.join(', ')})${guess ? `; mungkin maksudnya {${guess}}` : ''}`,
        });
      }
    }
  }
  return problems;
}

export interface TemplateCheck {
  /** The placeholders the template uses, top level, in order of first use. */
  placeholders: string[];
  /** Whether it needs a Bimtek stage. */
  needsStage: boolean;
}

function open(bytes: Uint8Array): PizZip {
  try {
    return new PizZip(bytes);
  } catch {
    throw new UserError('Berkas templat bukan dokumen Word (.docx) yang dapat dibaca.');
  }
}

function compile(zip: PizZip, hasStage: boolean): { doc: Docxtemplater; check: TemplateCheck } {
  const paras = paragraphs(zip);
  if (!zip.file('word/document.xml'))
    throw new UserError('Berkas templat bukan dokumen Word (.docx): word/document.xml tidak ada.');
  const inspect = new InspectModule();
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, { modules: [inspect], paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
  } catch (error) {
    if ((error as XtError).properties)
      throw new ValidationError(syntaxProblems(error, paras), 'Templat Word tidak dapat dipakai');
    throw error;
  }
  const tags = inspect.getAllTags() as Record<string, unknown>;
  const problems = unknownProblems(tags, paras, hasStage);
  if (problems.length > 0) throw new ValidationError(problems, 'Templat Word tidak dapat dipakai');
  return {
    doc,
    check: { placeholders: Object.keys(tags), needsStage: Object.keys(tags).some((t) => knownPlaceholder(t)?.stage) },
  };
}

/** Checks a template without filling it: the placeholders it uses, or a ValidationError naming each problem. */
export function checkWordTemplate(bytes: Uint8Array, options: { stage?: number | null } = {}): TemplateCheck {
  return compile(open(bytes), options.stage != null).check;
}

const orEmpty = (s: string | null | undefined) => s?.trim() ?? '';

/** Every placeholder's value from the programme (the stage's only with a stage). */
export function placeholderValues(repos: DocumentRepositories, now: () => string, stage: number | null): Record<string, unknown> {
  const contexts = contextLoader(repos, now);
  const decree = contexts.keputusan(undefined, null);
  const { regency, programme } = decree;
  const nameCase = regency.tataNaskah.signerNameCase;
  const closure = repos.closure.get();
  const komitmen = closure ? contexts.komitmen(undefined, null, 'table') : null;
  const masterplan = contexts.masterplan(undefined);
  const ketua = masterplan.ketuaTimPelaksana;
  const members = (kind: 'dewan' | 'tim_pelaksana') =>
    (masterplan.teams.find((t) => t.kind === kind)?.members ?? []).map((m, i) => ({
      no: i + 1,
      nama: m.name,
      jabatan: orEmpty(m.jabatan),
      kedudukan: m.role,
    }));
  const values: Record<string, unknown> = {
    nama_daerah: regency.name,
    daerah: regionTitle(regency),
    daerah_kapital: regionTitle(regency).toLocaleUpperCase('id-ID'),
    provinsi: regency.province,
    ibu_kota: regency.capital,
    nama_dinas: regency.officeName,
    alamat_dinas: orEmpty(regency.address),
    telepon: orEmpty(regency.phone),
    laman: orEmpty(regency.website),
    pos_el: orEmpty(regency.email),
    tahun: String(programme.year),
    nama_program: programme.name,
    nomor_mou: orEmpty(programme.mouNumber),
    tanggal_mou: programme.mouDate ? formatDate(programme.mouDate) : '',
    tanggal_hari_ini: formatDate(now().slice(0, 10)),
    bupati_nama: decree.bupati ? officialName(decree.bupati, nameCase) : '',
    bupati_nama_tanpa_gelar: decree.bupati ? officialName(decree.bupati, nameCase, false) : '',
    bupati_jabatan: decree.bupati?.jabatan ?? '',
    ketua_tim_nama: ketua ? officialName(ketua, nameCase) : '',
    ketua_tim_nip: ketua
      ? printedIdentifier(ketua)
          .replace(/^NIP\.\u00a0|^NI\u00a0PPPK\.\u00a0/, '')
          .replace(/\u00a0/g, ' ')
      : '',
    ketua_tim_jabatan: ketua?.jabatan ?? '',
    penutupan_tanggal: closure?.date ? formatDate(closure.date) : '',
    penutupan_tempat: orEmpty(closure?.venue),
    penandatangan: (komitmen?.signatories ?? []).map((s, i) => ({
      no: i + 1,
      nama: officialName(s, nameCase),
      nip: printedIdentifier(s)
        .replace(/^NIP\.\u00a0|^NI\u00a0PPPK\.\u00a0/, '')
        .replace(/\u00a0/g, ' '),
      pangkat: printedPangkat(s) ?? '',
      jabatan: s.jabatan,
    })),
    dewan: members('dewan'),
    tim: members('tim_pelaksana'),
    program: masterplan.programmes.map((p, i) => ({
      no: i + 1,
      kode: orEmpty(p.code),
      nama: p.name,
      dimensi: p.dimensionName,
      opd: orEmpty(p.unitName),
      tahun_mulai: String(p.startYear),
      tahun_selesai: String(p.endYear),
      quick_win: p.isQuickWin ? 'Ya' : '',
    })),
    opd: repos.units.list().map((u, i) => ({ no: i + 1, nama: u.name })),
  };
  if (stage !== null) {
    const report = contexts.laporan(undefined, null, stage);
    let participants: ReturnType<typeof contexts.daftarHadir>['participants'] = [];
    try {
      participants = contexts.daftarHadir(undefined, null, stage, 1).participants;
    } catch (error) {
      if (!(error instanceof MissingDataError)) throw error;
    }
    const first = report.days[0]!;
    const registered = report.participants.reduce((n, r) => n + r.registered, 0);
    Object.assign(values, {
      tahap: String(stage),
      tahap_romawi: toRoman(stage),
      tahap_judul: report.stage.title,
      tahap_hari_tanggal: daysText(report.days),
      tahap_waktu: timeText(first.startTime, first.endTime, regency.tataNaskah.timeZone),
      tahap_tempat: orEmpty(report.stage.venue),
      jumlah_peserta: String(registered),
      jumlah_peserta_terbilang: terbilang(registered),
      peserta: participants.map((p, i) => ({
        no: i + 1,
        nama: officialName(p, nameCase),
        nip: printedIdentifier(p)
          .replace(/^NIP\.\u00a0|^NI\u00a0PPPK\.\u00a0/, '')
          .replace(/\u00a0/g, ' '),
        jabatan: orEmpty(p.jabatan),
        instansi: orEmpty(p.instansi),
      })),
      narasumber: report.stage.facilitators.map((f, i) => ({
        no: i + 1,
        nama: f.name,
        peran: orEmpty(f.role),
        instansi: orEmpty(f.institution),
      })),
      hasil: report.stage.outputs.map((teks, i) => ({ no: i + 1, teks })),
    });
  }
  return values;
}

/**
 * Fills the template with the programme; returns the new DOCX. Throws a ValidationError naming every problem of the
 * template (nothing is filled then), or a MissingDataError when the programme lacks what the template needs.
 */
export function fillWordTemplate(
  bytes: Uint8Array,
  repos: DocumentRepositories,
  now: () => string,
  options: { stage?: number | null } = {},
): { bytes: Uint8Array; placeholders: string[] } {
  const stage = options.stage ?? null;
  const { doc, check } = compile(open(bytes), stage !== null);
  doc.render(placeholderValues(repos, now, stage));
  const out = doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes: out, placeholders: check.placeholders };
}
