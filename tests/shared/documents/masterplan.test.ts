// The masterplan draft, one chapter, and the empty chapter template, built from the demo programme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Block, captionText, type DocumentModel, type HeadingBlock, type TableBlock } from '../../../shared/document/model';
import { modelText } from '../../../shared/document/model-text';
import type { MasterplanData } from '../../../shared/documents/context';
import { buildChapterTemplate, buildMasterplanChapter, buildMasterplanDraft } from '../../../shared/documents/masterplan';
import { factsFor, MASTERPLAN_FACTS } from '../../../shared/documents/masterplan-facts';
import { GENERATED_TABLES, planTables } from '../../../shared/documents/masterplan-placement';
import { formatDateRange } from '../../../shared/format/dates';
import { UserError } from '../../../shared/errors';
import { demoContexts, type Contexts } from '../../helpers/document-contexts';
import { flatBlocks, grids, tables } from './model-queries';

let contexts: Contexts;
let close: () => void;
let data: MasterplanData;
beforeAll(async () => {
  ({ contexts, close } = await demoContexts());
  data = contexts.masterplan(undefined);
});
afterAll(() => close());

const headings = (m: DocumentModel) => flatBlocks(m).filter((b): b is HeadingBlock => b.type === 'heading');
const markers = (m: DocumentModel) => flatBlocks(m).filter((b: Block) => b.type === 'paragraph' && b.runs.some((r) => r.marker));
const text = (m: DocumentModel) => modelText(m).join('\n');
const chapterNamed = (volume: string, title: RegExp) =>
  data.volumes.find((v) => v.code === volume)!.chapters.find((c) => title.test(c.title))!;

/** The blocks between the level-1 heading `title` and the next level-1 heading. */
function chapterBody(model: DocumentModel, title: string): Block[] {
  const blocks = flatBlocks(model);
  const start = blocks.findIndex((b) => b.type === 'heading' && b.level === 1 && b.text === title);
  const end = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 1);
  return blocks.slice(start + 1, end === -1 ? undefined : end);
}
/** The first table after the level-2 heading `title`. */
function tableAfter(model: DocumentModel, title: string): TableBlock {
  const blocks = flatBlocks(model);
  const start = blocks.findIndex((b) => b.type === 'heading' && b.level === 2 && b.text === title);
  return blocks.slice(start).find((b): b is TableBlock => b.type === 'table')!;
}
const tableTitlesIn = (blocks: Block[]) =>
  blocks
    .filter((b): b is HeadingBlock => b.type === 'heading' && b.level === 3 && b.text.startsWith('Tabel '))
    .map((b) => b.text);

describe('masterplan draft', () => {
  it('has a cover, a contents page, page numbers from page 2 and the pengaturan font', () => {
    const model = buildMasterplanDraft(data);
    expect(modelText(model).slice(0, 6)).toEqual([
      'MASTERPLAN SMART CITY',
      'KABUPATEN SIMALUNGUN',
      expect.stringMatching(/^TAHUN 20\d\d–20\d\d$/),
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'KABUPATEN SIMALUNGUN',
      '2021',
    ]);
    expect(model.blocks.find((b) => b.type === 'toc')).toEqual({ type: 'toc', title: 'DAFTAR ISI', maxLevel: 2 });
    expect(model.footer).toEqual({ pageNumbers: true, skipFirstPage: true });
    expect(model.font.family).toBe(data.regency.tataNaskah.fontPengaturan);
    expect(model.blocks.some((b) => b.type === 'letterhead')).toBe(false);
  });

  it('has every volume as a part and every chapter as a BAB heading, numbered again in each book', () => {
    const model = buildMasterplanDraft(data);
    for (const volume of data.volumes) {
      expect(headings(model)).toContainEqual(expect.objectContaining({ level: 1, text: volume.title.toUpperCase(), toc: true }));
      for (const chapter of volume.chapters)
        expect(headings(model).some((h) => h.level === 1 && h.text === chapter.title.toUpperCase() && h.pageBreakBefore)).toBe(
          true,
        );
    }
    const babs = headings(model).filter((h) => h.label?.startsWith('BAB'));
    expect(babs.map((h) => h.label)).toEqual([
      'BAB I',
      'BAB II',
      'BAB III',
      'BAB IV',
      'BAB V',
      'BAB I',
      'BAB II',
      'BAB III',
      'BAB IV',
      'BAB V',
      'BAB VI',
      'BAB VII',
    ]);
    expect(babs[0]).toMatchObject({ label: 'BAB I', text: 'PENDAHULUAN', pageBreakBefore: true, toc: true });
    const sections = headings(model).filter((h) => h.level === 2 && h.label);
    expect(sections[0]).toMatchObject({ label: '1.1', text: 'Latar Belakang', toc: true });
  });

  it('fills placeholders and marks each section that has no text yet, with its guidance', () => {
    const model = buildMasterplanDraft(data);
    expect(text(model)).not.toMatch(/\{nama_daerah\}|\{tahun\}|\{ibu_kota\}|\{provinsi\}|\{nama_dinas\}/);
    // A section is blank when it has neither text nor a recorded fact (visi, misi, dasar hukum …) to open it.
    const empty = data.volumes
      .flatMap((v) => v.chapters.flatMap((c) => c.sections))
      .filter((s) => !s.body.trim() && factsFor(s.title).every((f) => f.build(data).length === 0));
    expect(markers(model).length).toBe(empty.length);
    expect(markers(model).length).toBeGreaterThan(0);
    expect(text(model)).toContain(
      '[Belum diisi — Sajikan jumlah, sebaran, kepadatan dan struktur umur penduduk, serta indikator pendidikan dan kesehatan utama dari data BPS terbaru.]',
    );
    expect(text(model)).toContain(
      '[Belum diisi — Lampirkan daftar hadir peserta setiap hari pada keempat tahap Bimtek tahun 2021.]',
    );
  });

  it('turns section bodies into paragraphs and lists', () => {
    const body = chapterBody(buildMasterplanDraft(data), 'PENDAHULUAN');
    expect(body.some((b) => b.type === 'list' && b.items.some((i) => i.runs[0]!.text.startsWith('Undang-Undang Nomor 23')))).toBe(
      true,
    );
  });

  it('signs the Bupati’s kata pengantar and the ketua Tim Pelaksana’s', () => {
    const [bupati, ketua] = grids(buildMasterplanDraft(data));
    expect(bupati!.cells[1]).toMatchObject({ name: 'Radiapoh Hasiholan Sinaga, S.H.', detailLines: [] });
    expect(ketua!.cells[1]!.name).toBe('Wasin Sinaga');
    expect(ketua!.cells[1]!.headingLines.join(' ')).toContain('Plt. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA');
  });

  it('puts each generated table once, under the chapter about it', () => {
    const model = buildMasterplanDraft(data);
    expect(tableTitlesIn(chapterBody(model, 'ANALISIS KESIAPAN DAERAH'))).toEqual(['Tabel Kesiapan Daerah']);
    expect(tableTitlesIn(chapterBody(model, 'ANALISIS KESENJANGAN DAN SWOT'))).toEqual(['Tabel Analisis SWOT per Dimensi']);
    expect(tableTitlesIn(chapterBody(model, 'ISU STRATEGIS DAN KATA KUNCI VISI'))).toEqual([]);
    expect(tableTitlesIn(chapterBody(model, 'STRATEGI PEMBANGUNAN PER DIMENSI'))).toEqual([
      'Tabel Dimensi, Elemen dan Arah Pembangunan',
    ]);
    expect(tableTitlesIn(chapterBody(model, 'PROGRAM DAN RENCANA AKSI'))).toEqual(['Tabel Program dan Rencana Aksi per Dimensi']);
    expect(tableTitlesIn(chapterBody(model, 'QUICK WIN'))).toEqual(['Tabel Program Quick Win']);
    expect(tableTitlesIn(chapterBody(model, 'PETA JALAN DAN TATA KELOLA'))).toEqual(['Tabel Peta Jalan']);
    expect(headings(model).some((h) => h.text === 'LAMPIRAN TABEL')).toBe(false);
    for (const p of data.programmes) expect(text(model)).toContain(p.name);
  });

  it('has the programme columns, budgets in rupiah, readiness in aspect order, and a roadmap by horizon and year', () => {
    const model = buildMasterplanDraft(data);
    const headerOf = (t: TableBlock) => t.header[0]!.cells.map((c) => c.lines[0]![0]!.text);
    const programmes = tables(model).find((t) => headerOf(t).includes('Program'))!;
    expect(headerOf(programmes)).toEqual([
      'No',
      'Kode',
      'Program',
      'Elemen',
      'OPD Penanggung Jawab',
      'Jangka',
      'Tahun',
      'Sumber Dana dan Perkiraan Anggaran (Rp)',
    ]);
    // Every programme with its code and every funding source with its amount.
    const cells = tables(model)
      .filter((t) => headerOf(t)[1] === 'Kode')
      .flatMap((t) => t.rows.map((r) => r.cells.map((c) => c.lines.map((l) => l[0]!.text))));
    for (const p of data.programmes) {
      const row = cells.find((c) => c[2]![0] === p.name)!;
      expect(row[1]).toEqual([p.code ?? '-']);
      for (const f of p.fundings) expect(row[7]).toContainEqual(expect.stringMatching(new RegExp(`^${f.source}:\u00a0`)));
    }
    expect(data.programmes.some((p) => p.code)).toBe(true);
    expect(data.programmes.some((p) => p.fundings.length > 1)).toBe(true);
    expect(text(model)).toMatch(/APBD:\u00a0\d{1,3}(\.\d{3})+/);
    const readiness = tables(model).find((t) => headerOf(t).includes('Aspek'))!;
    const aspects = readiness.rows.map((r) => r.cells[1]!.lines[0]![0]!.text);
    expect(aspects).toEqual(
      [...aspects].sort(
        (a, b) =>
          ['Struktur', 'Infrastruktur', 'Suprastruktur'].indexOf(a) - ['Struktur', 'Infrastruktur', 'Suprastruktur'].indexOf(b),
      ),
    );
    const roadmap = tables(model).find((t) => headerOf(t)[0] === 'Jangka')!;
    expect(headerOf(roadmap).slice(0, 2)).toEqual(['Jangka', 'Program']);
    const horizons = roadmap.rows.map((r) => r.cells[0]!.lines[0]?.[0]?.text).filter(Boolean);
    expect(horizons.map((h) => h!.replace(/ \(.*\)$/, ''))).toEqual(['Pendek', 'Menengah', 'Panjang']);
    expect(roadmap.rows).toHaveLength(data.programmes.length);
  });

  it('keeps a long roadmap to ten year columns, the last one open-ended', () => {
    const long = {
      ...data,
      programmes: [{ ...data.programmes[0]!, startYear: 2022, endYear: 2040, horizon: 'panjang' as const }],
    };
    const roadmap = tables(buildMasterplanDraft(long)).find((t) => t.header[0]!.cells[0]!.lines[0]![0]!.text === 'Jangka')!;
    const years = roadmap.header[0]!.cells.slice(2).map((c) => c.lines[0]![0]!.text);
    expect(years).toHaveLength(10);
    expect(years.at(-1)).toBe('2031 dst.');
    expect(roadmap.rows[0]!.cells.slice(2).every((c) => c.lines[0]?.[0]?.text === '●')).toBe(true);
  });

  it('follows renamed chapters to sections with recognisable titles, else puts tables in a lampiran at the end', () => {
    const renamedChapters = {
      ...data,
      volumes: data.volumes.map((v) => ({ ...v, chapters: v.chapters.map((c) => ({ ...c, title: `Bagian ${c.id}` })) })),
    };
    const plan = planTables(renamedChapters.volumes);
    expect(plan.leftover).toEqual([]);
    expect([...plan.placed.values()].every((p) => p.afterSectionId !== null)).toBe(true);

    const renamedAll = {
      ...data,
      volumes: data.volumes.map((v) => ({
        ...v,
        chapters: v.chapters.map((c) => ({
          ...c,
          title: `Bagian ${c.id}`,
          sections: c.sections.map((s) => ({ ...s, title: `Subbagian ${s.id}` })),
        })),
      })),
    };
    const model = buildMasterplanDraft(renamedAll);
    const appendix = chapterBody(model, 'LAMPIRAN TABEL');
    // The recorded facts no section names come first, then the tables.
    const facts = MASTERPLAN_FACTS.filter((f) => f.build(data).length > 0).map((f) => f.title);
    expect(facts.length).toBeGreaterThan(0);
    expect(appendix.filter((b) => b.type === 'heading').map((b) => (b as HeadingBlock).text)).toEqual([
      ...facts,
      ...GENERATED_TABLES.map((t) => t.title),
    ]);
    expect(headings(model).at(-GENERATED_TABLES.length - facts.length - 1)).toMatchObject({
      text: 'LAMPIRAN TABEL',
      toc: true,
      pageBreakBefore: true,
    });
    // The lampiran volume lists them too.
    expect(text(model)).toMatch(/Daftar lampiran:[\s\S]*Tabel Peta Jalan/);
  });

  it('opens the lampiran volume with the list of its attachments', () => {
    const lampiran = data.volumes.find((v) => v.code === 'lampiran')!;
    const body = chapterBody(buildMasterplanDraft(data), lampiran.title.toUpperCase());
    const list = body.find((b) => b.type === 'list')!;
    expect(list.type === 'list' && list.items.map((i) => i.runs[0]!.text)).toEqual(
      data.plan.attachments.length ? data.plan.attachments : lampiran.chapters.flatMap((c) => c.sections.map((s) => s.title)),
    );
    const unlisted = { ...data, plan: { ...data.plan, attachments: [] } };
    const fallback = chapterBody(buildMasterplanDraft(unlisted), lampiran.title.toUpperCase()).find((b) => b.type === 'list')!;
    expect(fallback.type === 'list' && fallback.items.map((i) => i.runs[0]!.text)).toEqual(
      lampiran.chapters.flatMap((c) => c.sections.map((s) => s.title)),
    );
  });

  it('takes its title and period from the plan, and prints visi, misi and dasar hukum in their sections', () => {
    const model = buildMasterplanDraft(data);
    expect(data.plan.vision).toBeTruthy();
    expect(data.plan.missions.length).toBeGreaterThan(0);
    expect(data.plan.legalBases.length).toBeGreaterThan(0);
    expect(modelText(model)[2]).toBe(`TAHUN ${data.plan.periodStart}–${data.plan.periodEnd}`);
    const visi = chapterBody(model, 'VISI, MISI DAN SASARAN SMART CITY');
    const visiText = visi.flatMap((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text) : []));
    expect(visiText).toContain(`“${data.plan.vision}”`);
    const lists = visi
      .filter((b) => b.type === 'list')
      .map((b) => (b.type === 'list' ? b.items.map((i) => i.runs[0]!.text) : []));
    expect(lists).toContainEqual(data.plan.missions);
    const pendahuluan = chapterBody(model, 'PENDAHULUAN');
    const bases = pendahuluan
      .filter((b) => b.type === 'list')
      .map((b) => (b.type === 'list' ? b.items.map((i) => i.runs[0]!.text) : []));
    expect(bases).toContainEqual(data.plan.legalBases);
  });

  it('names the four Bimtek stages with their titles and dates in the methodology', () => {
    const model = buildMasterplanDraft(data);
    const table = tableAfter(model, 'Metodologi');
    expect(table.rows.map((r) => r.cells[0]!.lines[0]![0]!.text)).toEqual(['I', 'II', 'III', 'IV']);
    for (const [i, stage] of [...data.stages].sort((a, b) => a.number - b.number).entries()) {
      expect(table.rows[i]!.cells[1]!.lines[0]![0]!.text).toBe(stage.title);
      expect(table.rows[i]!.cells[2]!.lines[0]![0]!.text).toBe(formatDateRange(stage.dates[0]!, stage.dates.at(-1)!));
    }
  });

  it("lists the Dewan and the Tim with their members' roles and SK numbers in the institutional section", () => {
    const model = buildMasterplanDraft(data);
    const all = text(model);
    for (const team of data.teams) {
      expect(team.skNumber).toBeTruthy();
      expect(all).toContain(`Nomor ${team.skNumber}`);
      for (const m of team.members) expect(all).toContain(m.name);
    }
    const roles = data.teams.flatMap((t) => t.members.map((m) => m.role));
    expect(roles).toContain('Ketua Harian');
    const table = tableAfter(model, 'Tata Kelola Smart City');
    expect(table.header[0]!.cells.map((c) => c.lines[0]![0]!.text)).toEqual(['No', 'Nama', 'Jabatan', 'Kedudukan']);
  });

  it('writes a kata pengantar for the Bupati when the skeleton has none', () => {
    const without = {
      ...data,
      volumes: data.volumes.map((v) => ({ ...v, chapters: v.chapters.filter((c) => !/pengantar/i.test(c.title)) })),
    };
    const model = buildMasterplanDraft(without);
    const body = chapterBody(model, 'KATA PENGANTAR');
    expect(body.some((b) => b.type === 'paragraph' && b.runs[0]!.marker)).toBe(true);
    expect(grids(model)[0]!.cells[1]!.name).toBe('Radiapoh Hasiholan Sinaga, S.H.');
    const toc = model.blocks.findIndex((b) => b.type === 'toc');
    const kata = model.blocks.findIndex((b) => b.type === 'heading' && b.text === 'KATA PENGANTAR');
    expect(kata).toBeLessThan(toc);
  });

  it('still builds from an empty programme: no programmes, SWOT or readiness, and no bupati', () => {
    const empty = {
      ...data,
      plan: { ...data.plan, title: null, periodStart: null, periodEnd: null, vision: null, missions: [], legalBases: [] },
      stages: [],
      teams: [],
      programmes: [],
      swot: [],
      readiness: [],
      bupati: null,
      ketuaTimPelaksana: null,
    };
    const model = buildMasterplanDraft(empty);
    expect(text(model)).toContain('Belum ada program smart city.');
    expect(text(model)).toContain('Belum ada butir SWOT.');
    expect(text(model)).toContain('TAHUN 2021');
    expect(grids(model)).toHaveLength(0);
    expect(text(model)).not.toMatch(/undefined|null|NaN|Infinity/);
  });
});

describe('one chapter and its empty template', () => {
  it('renders a chapter alone, without kop or cover, with its own tables', () => {
    const chapter = chapterNamed('buku2', /Quick Win/);
    const model = buildMasterplanChapter(data, chapter.id);
    expect(modelText(model)[0]).toBe('BUKU II MASTERPLAN SMART CITY');
    expect(headings(model)[0]).toMatchObject({ label: 'BAB V', text: 'QUICK WIN', pageBreakBefore: false });
    // Its tables as Buku II prints them: captioned and numbered by the chapter's BAB.
    expect(flatBlocks(model).flatMap((b) => (b.type === 'caption' ? [captionText(b)] : []))).toEqual([
      'Tabel 5.1 Program Quick Win',
    ]);
    expect(model.blocks.some((b) => b.type === 'letterhead' || b.type === 'toc')).toBe(false);
    expect(headings(model).filter((h) => h.level === 2)).toHaveLength(chapter.sections.length);
  });

  it('exports headings and filled guidance prompts only', () => {
    const chapter = chapterNamed('buku1', /Gambaran Umum/);
    const model = buildChapterTemplate(data, chapter.id);
    const all = text(model);
    expect(all).toContain('Petunjuk: Uraikan kondisi geografis Kabupaten Simalungun');
    expect(all).not.toMatch(/\{[a-z_]+\}/);
    expect(all).not.toContain('Kabupaten Simalungun terletak di Provinsi Sumatera Utara');
    expect(headings(model).filter((h) => h.level === 2)).toHaveLength(chapter.sections.length);
    expect(headings(model).every((h) => !h.toc)).toBe(true);
    expect(markers(model)).toHaveLength(0);
    expect(
      flatBlocks(model)
        .map((b) => b.type)
        .filter((t) => !['heading', 'paragraph', 'spacer'].includes(t)),
    ).toEqual([]);
  });

  it('leaves generated tables and signatures out of a template', () => {
    const chapter = chapterNamed('buku2', /Program/);
    expect(tables(buildChapterTemplate(data, chapter.id))).toHaveLength(0);
    expect(grids(buildChapterTemplate(data, chapterNamed('ringkasan', /Pengantar/).id))).toHaveLength(0);
  });

  it('names an unknown chapter', () => {
    expect(() => buildMasterplanChapter(data, 9999)).toThrow(UserError);
    expect(() => buildMasterplanChapter(data, 9999)).toThrow('Bab dengan id 9999 tidak ditemukan.');
    expect(() => buildChapterTemplate(data, -1)).toThrow('Bab dengan id -1 tidak ditemukan.');
  });
});
