// The masterplan books as models: front matter in the ministry's order, captions numbered per chapter, one column
// set for every programme table, a shaded heat map, the dasar hukum with the MoU and SK numbers, the summary's
// recap from the data, one quick-win sheet per quick win, and no table that cuts a word.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutForPdf } from '../../../electron/documents/pdf/render-pdf';
import type { Block, CaptionBlock, DocumentModel, HeadingBlock, TableBlock } from '../../../shared/document/model';
import type { MasterplanData } from '../../../shared/documents/context';
import {
  buildMasterplanBook,
  buildMasterplanFull,
  MASTERPLAN_BOOK_KINDS,
} from '../../../shared/documents/masterplan-books/books';
import { scoreShading } from '../../../shared/documents/masterplan-books/analysis-tables';
import { millions } from '../../../shared/documents/masterplan-books/budget-roadmap';
import { numberCaptions } from '../../../shared/documents/masterplan-books/front-matter';
import { PROGRAMME_COLUMNS } from '../../../shared/documents/masterplan-books/plan-tables';
import { demoContexts } from '../../helpers/document-contexts';
import { booksFixture } from '../../helpers/masterplan-books-fixture';
import { flatBlocks, textOf } from './model-queries';

let close: () => void;
let demo: MasterplanData;
let data: ReturnType<typeof booksFixture>;
beforeAll(async () => {
  const loaded = await demoContexts();
  close = loaded.close;
  demo = loaded.contexts.masterplan(undefined);
  data = booksFixture(demo);
});
afterAll(() => close());

const captions = (m: DocumentModel) => flatBlocks(m).filter((b): b is CaptionBlock => b.type === 'caption');
const headerTexts = (t: TableBlock) =>
  t.header.flatMap((r) => r.cells.map((c) => c.lines.map((l) => l.map((x) => x.text).join('')).join(' ')));
/** The table right after a caption whose text matches. */
function tableCaptioned(m: DocumentModel, text: RegExp): TableBlock[] {
  const blocks = flatBlocks(m);
  return blocks.flatMap((b, i) =>
    b.type === 'caption' && text.test(b.text) && blocks[i + 1]?.type === 'table' ? [blocks[i + 1] as TableBlock] : [],
  );
}

describe('masterplan books', () => {
  it.each(MASTERPLAN_BOOK_KINDS)(
    '%s: cover by the Pemerintah, kata pengantar before the daftar isi, daftar tabel, body from page 1',
    (kind) => {
      const model = buildMasterplanBook(data, kind);
      const types = model.blocks.map((b) => b.type);
      const first = model.blocks.find((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph')!;
      expect(first.runs[0]!.text).toBe('PEMERINTAH KOTA BANJARBARU');
      expect(textOf(model)).not.toMatch(/^DINAS KOMUNIKASI/m);
      const kata = model.blocks.findIndex((b) => b.type === 'heading' && b.text === 'KATA PENGANTAR');
      const toc = model.blocks.findIndex((b) => b.type === 'toc' && b.of === undefined);
      const list = model.blocks.findIndex((b) => b.type === 'toc' && b.of === 'tables');
      const end = model.blocks.findIndex((b) => b.type === 'pageBreak' && b.endsFrontMatter);
      expect(kata).toBeGreaterThan(0);
      expect([kata < toc, toc < list, list < end]).toEqual([true, true, true]);
      expect(types.filter((t) => t === 'toc')).toHaveLength(2);
      // Dated with day, month and year at the recorded place.
      expect(textOf(model)).toContain('Banjarbaru, 12 Maret 2025');
    },
  );

  it('closes the cover with the year of the kata pengantar, else the plan’s first year', () => {
    const coverYear = (m: DocumentModel) => {
      const end = m.blocks.findIndex((b) => b.type === 'pageBreak');
      const lines = m.blocks.slice(0, end).flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
      return lines.at(-1);
    };
    const dated = { ...data, plan: { ...data.plan, prefaceDate: '2024-12-30', periodStart: 2025 } } as MasterplanData;
    expect(coverYear(buildMasterplanBook(dated, 'masterplan-buku1'))).toBe('2024');
    const undated = { ...data, plan: { ...data.plan, prefaceDate: null, periodStart: 2025 } } as MasterplanData;
    expect(coverYear(buildMasterplanBook(undated, 'masterplan-buku2'))).toBe('2025');
  });

  it('marks a kata pengantar without a date instead of printing the year alone', () => {
    const model = buildMasterplanBook(
      { ...data, plan: { ...data.plan, prefaceDate: null } as MasterplanData['plan'] },
      'masterplan-buku1',
    );
    expect(textOf(model)).toContain(`${data.regency.capital}, [tanggal belum diisi]`);
  });

  it('numbers captions per BAB, restarting in every chapter, and lists each once', () => {
    const model = buildMasterplanBook(data, 'masterplan-buku2');
    const numbers = captions(model).map((c) => c.number);
    expect(numbers.length).toBeGreaterThan(8);
    for (const n of numbers) expect(n).toMatch(/^\d+\.\d+$/);
    // Within a chapter 1, 2, 3 …; a new chapter starts again at 1.
    numbers.forEach((n, i) => {
      const [chapter, own] = n.split('.').map(Number);
      const prev = numbers[i - 1]?.split('.').map(Number);
      expect(own).toBe(prev && prev[0] === chapter ? prev[1]! + 1 : 1);
    });
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('numberCaptions reads the BAB of the heading before and counts outside chapters from 1', () => {
    const cap: CaptionBlock = { type: 'caption', label: 'Tabel', number: '', text: 'x' };
    const h = (label?: string): HeadingBlock => ({ type: 'heading', level: 1, text: 't', ...(label ? { label } : {}) });
    const out = numberCaptions([cap, h('BAB IV'), cap, { type: 'keepTogether', blocks: [cap] }, h(), cap]);
    const flat = out.flatMap((b) => (b.type === 'keepTogether' ? b.blocks : [b]));
    expect(flat.filter((b): b is CaptionBlock => b.type === 'caption').map((c) => c.number)).toEqual(['1', '4.1', '4.2', '1']);
    expect(cap.number).toBe('');
  });

  it('gives every dimension the same programme columns, with targets per year', () => {
    const model = buildMasterplanBook(data, 'masterplan-buku2');
    const matrices = tableCaptioned(model, /^Matriks Program Dimensi /);
    expect(matrices.length).toBe(new Set(data.programmes.map((p) => p.dimensionCode)).size);
    for (const t of matrices) {
      expect(headerTexts(t)).toEqual(PROGRAMME_COLUMNS);
      expect(t.columns.map((c) => c.weight)).toEqual(matrices[0]!.columns.map((c) => c.weight));
    }
    const first = data.programmes[0]!;
    expect(textOf(model)).toContain(`${first.targets[0]!.year}:\u00a0${first.targets[0]!.value}`);
  });

  it('shades the readiness heat map by score', () => {
    const model = buildMasterplanBook(data, 'masterplan-buku1');
    const [map] = tableCaptioned(model, /^Peta Kesiapan/);
    expect(map).toBeDefined();
    const score = data.readinessScores.find(
      (s) => s.aspect === 'struktur' && s.dimensionName === data.dimensions[0]!.name,
    )!.score;
    const cell = map!.rows[0]!.cells[1]!;
    expect(cell.lines[0]![0]!.text).toBe(String(score));
    expect(cell.shading).toBe(scoreShading(score));
    expect(scoreShading(1)).not.toBe(scoreShading(5));
  });

  it('replaces the generic arah pembangunan with a TOWS matrix per dimension and prints budgets with totals', () => {
    const model = buildMasterplanBook(data, 'masterplan-buku2');
    expect(textOf(model)).not.toContain('Arah Pembangunan');
    expect(tableCaptioned(model, /^Matriks Strategi \(TOWS\)/).length).toBe(data.dimensions.length);
    const [budget] = tableCaptioned(model, /^Rencana Anggaran/);
    const total = budget!.rows[budget!.rows.length - 1]!.cells;
    const sum = data.programmes.flatMap((p) => p.budgets).reduce((a, b) => a + b.amount, 0);
    expect(total[0]!.lines[0]![0]!.text).toBe('Jumlah');
    expect(total[total.length - 1]!.lines[0]![0]!.text).toBe(
      (sum / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 0 }),
    );
    // Ten plan years as columns, from the start year.
    expect(headerTexts(budget!).slice(1, 11)).toEqual(Array.from({ length: 10 }, (_, i) => String(2025 + i)));
  });

  it('prints the MoU and SK numbers in the dasar hukum', () => {
    const withMou = { ...data, programme: { ...data.programme, mouNumber: '480/117/KOMINFO/2025', mouDate: '2025-02-03' } };
    const text = textOf(buildMasterplanBook(withMou, 'masterplan-buku2'));
    expect(text).toContain('Nomor 480/117/KOMINFO/2025 tanggal 3 Februari 2025');
    for (const team of data.teams.filter((t) => t.skNumber)) expect(text).toContain(team.skNumber!);
  });

  it('makes the summary from the data and one sheet per quick win', () => {
    const summary = textOf(buildMasterplanBook(data, 'ringkasan-eksekutif'));
    expect(summary).toContain(data.plan.vision!);
    expect(summary).toContain(data.goals[0]!.indicator);
    const sheets = buildMasterplanBook(data, 'profil-quick-win');
    const wins = data.programmes.filter((p) => p.isQuickWin);
    const heads = flatBlocks(sheets).filter((b): b is HeadingBlock => b.type === 'heading' && b.level === 2);
    expect(heads.map((h) => h.text)).toEqual(wins.map((p, i) => `Quick Win ${i + 1}: ${p.name}`));
    expect(heads.slice(1).every((h) => h.pageBreakBefore)).toBe(true);
  });

  it('says what is missing when the records are absent', () => {
    const text = textOf(buildMasterplanBook({ ...demo, statistics: [], readinessScores: [] }, 'masterplan-buku1'));
    expect(text).toContain('Nilai kesiapan (1–5) per dimensi dan aspek belum diisi.');
    expect(text).toContain('Statistik dasar daerah belum diisi');
  });

  it('puts the four books behind divider pages in the full draft, the lampiran saying what it lacks', () => {
    const full = buildMasterplanFull(data, { komitmen: 'Penutupan Bimtek belum diisi.' });
    const dividers = full.blocks.filter((b): b is HeadingBlock => b.type === 'heading' && b.align === 'center' && b.level === 1);
    expect(dividers.map((d) => d.text)).toEqual(
      [
        'KATA PENGANTAR',
        'RINGKASAN EKSEKUTIF',
        'BUKU I ANALISIS STRATEGIS',
        'BUKU II MASTERPLAN SMART CITY',
        'PROFIL QUICK WIN',
        'LAMPIRAN',
      ].filter((t) => t !== 'KATA PENGANTAR'),
    );
    expect(textOf(full)).toContain('Penutupan Bimtek belum diisi.');
  });

  it('never cuts a word in a table: every word drawn is a word of the model', () => {
    const model = buildMasterplanBook(data, 'masterplan-buku2');
    const words = new Set(textOf(model).split(/[\s\u00a0]+/));
    const layout = layoutForPdf(model);
    const cut: string[] = [];
    for (const page of layout.pages.slice(layout.bodyStart))
      for (const item of page.items)
        if (item.kind === 'text' && item.size < model.font.sizePt)
          for (const w of item.text.split(/[\s\u00a0]+/))
            if (w && !words.has(w) && !/^\d+$/.test(w) && !/^Halaman$|^dari$/.test(w)) cut.push(w);
    expect(cut).toEqual([]);
  });
});

describe('amounts in millions of rupiah', () => {
  it('groups thousands with dots and decimals with a comma', () => {
    expect(millions(83_005_000_000)).toBe('83.005');
    expect(millions(1_250_000_000)).toBe('1.250');
    expect(millions(2_500_000)).toBe('2,5');
    expect(millions(500_000)).toBe('0,5');
    expect(millions(1_234_567_890_123)).toBe('1.234.568');
    expect(millions(0)).toBe('-');
  });
});
