// Print layouts of the paperwork, read off the laid-out pages (the PDF's geometry, measured with the embedded
// fonts): page numbers as Tata Naskah has them, the attendance list's rows and signature cells, the commitment
// sheet's last page, signature blocks, and no lone line of a paragraph at a page's foot or head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutForPdf } from '../../../../electron/documents/pdf/render-pdf';
import { mm } from '../../../../shared/document/layout/env';
import type { LaidOutPage, LayoutResult, LineItem, TextItem } from '../../../../shared/document/layout/types';
import { layoutDocument } from '../../../../shared/document/layout/layout-document';
import type { Block, PaperSize } from '../../../../shared/document/model';
import { buildBeritaAcara } from '../../../../shared/documents/berita-acara';
import { buildKomitmen } from '../../../../shared/documents/komitmen';
import {
  ATTENDANCE_ROW_HEIGHT_MM,
  ATTENDANCE_SIGNATURE_MIN_MM,
  buildDaftarHadir,
} from '../../../../shared/documents/daftar-hadir';
import { fixedMetrics } from './fixed-metrics';
import { demoContexts, demoDocumentData, type Contexts, type DemoDocumentData } from '../../../helpers/document-contexts';

let contexts: Contexts;
let close: () => void;
let demo: DemoDocumentData;
beforeAll(async () => {
  ({ contexts, close } = await demoContexts());
  demo = demoDocumentData(contexts);
});
afterAll(() => close());

const PAPERS: PaperSize[] = ['A4', 'F4-215', 'F4-210'];
const texts = (page: LaidOutPage) => page.items.filter((i): i is TextItem => i.kind === 'text');
const verticals = (page: LaidOutPage) =>
  page.items.filter((i): i is LineItem => i.kind === 'line' && Math.abs(i.x1 - i.x2) < 0.01);

describe('page numbers', () => {
  it('leave page 1 of the minutes unnumbered and centre "- 2 -" at the top of the next, with no "Halaman"', () => {
    const layout = layoutForPdf(buildBeritaAcara(demo.beritaAcara));
    expect(layout.pages.length).toBeGreaterThan(1);
    const { margins, width } = layout;
    layout.pages.forEach((page, i) => {
      const all = texts(page);
      expect(all.some((t) => t.text.startsWith('Halaman'))).toBe(false);
      const numbers = all.filter((t) => /^- \d+ -$/.test(t.text));
      if (i === 0) return expect(numbers).toEqual([]);
      expect(numbers.map((t) => t.text)).toEqual([`- ${i + 1} -`]);
      const n = numbers[0]!;
      // Centred over the text column, inside the top margin.
      expect(Math.abs(n.x + n.width / 2 - (margins.left + (width - margins.right)) / 2)).toBeLessThan(0.01);
      expect(n.y).toBeLessThan(margins.top);
      expect(n.y - n.size).toBeGreaterThan(0);
    });
  });

  it('number the attendance list "Halaman n dari N" at the bottom of every page', () => {
    const layout = layoutForPdf(buildDaftarHadir(demo.daftarHadir));
    const n = layout.pages.length;
    layout.pages.forEach((page, i) => {
      const footer = texts(page).find((t) => t.text.startsWith('Halaman'));
      expect(footer?.text).toBe(`Halaman ${i + 1} dari ${n}`);
      expect(footer!.y).toBeGreaterThan(layout.height - layout.margins.bottom);
    });
  });

  it('follow the profile: minutes numbered at the bottom when the office chooses so', () => {
    const data = demo.beritaAcara;
    const regency = {
      ...data.regency,
      tataNaskah: {
        ...data.regency.tataNaskah,
        pageNumbers: { ...data.regency.tataNaskah.pageNumbers, beritaAcara: 'bottom-of-total' as const },
      },
    };
    const layout = layoutForPdf(buildBeritaAcara({ ...data, regency }));
    expect(texts(layout.pages[0]!).some((t) => t.text === `Halaman 1 dari ${layout.pages.length}`)).toBe(true);
  });
});

/** The attendance table's rows on a page: the row numbers in the No column, and the vertical rules of each row. */
function attendanceRows(layout: LayoutResult, page: LaidOutPage) {
  const numbers = texts(page).filter((t) => /^\d+\.$/.test(t.text) && t.x < layout.margins.left + mm(12));
  const lines = verticals(page);
  const right = Math.max(...lines.map((l) => l.x1));
  const edges = [...new Set(lines.map((l) => Math.round(l.x1 * 100) / 100))].sort((a, b) => a - b);
  // The rule on the table's right edge, one per row (the header row included).
  const heights = lines.filter((l) => Math.abs(l.x1 - right) < 0.01).map((l) => Math.abs(l.y2 - l.y1));
  return { numbers, edges, heights };
}

describe('attendance list', () => {
  for (const paper of PAPERS) {
    it(`holds at least 15 rows on a full ${paper} page, with signature cells at least 15 x 35 mm and a NIP column no wider than its NIP`, () => {
      const layout = layoutForPdf(buildDaftarHadir({ ...demo.daftarHadir, paper }));
      expect(layout.pages.length).toBeGreaterThanOrEqual(3);
      const pages = layout.pages.map((p) => attendanceRows(layout, p));
      // Every page but the first (kop and activity lines) and the last (the rest and the Mengetahui block); the page
      // before the last may give its last row to the Mengetahui block's page.
      pages
        .slice(1, -1)
        .forEach((page, i) => expect(page.numbers.length).toBeGreaterThanOrEqual(i + 1 === pages.length - 2 ? 14 : 15));
      for (const page of pages) {
        if (page.heights.length === 0) continue;
        const [, ...rows] = page.heights;
        for (const h of rows) expect(h).toBeGreaterThanOrEqual(mm(ATTENDANCE_ROW_HEIGHT_MM) - 0.01);
        const sign = page.edges[page.edges.length - 1]! - page.edges[page.edges.length - 2]!;
        expect(sign).toBeGreaterThanOrEqual(mm(ATTENDANCE_SIGNATURE_MIN_MM));
        // No | Nama | NIP | Jabatan / Instansi | Tanda Tangan: the NIP column is as wide as a NIP and its padding.
        const nipWidth = page.edges[3]! - page.edges[2]!;
        const nip = texts(layout.pages[0]!).find((t) => /^\d{8}\u00a0\d{6}\u00a0\d\u00a0\d{3}$/.test(t.text))!;
        expect(nipWidth).toBeLessThanOrEqual(nip.width + 2 * mm(1.5) + 2 + 1);
      }
    });
  }
});

describe('closing signatures never alone on a page', () => {
  for (const paper of PAPERS) {
    it(`carries the last signatories onto the Mengetahui page of the commitment sheet on ${paper}, table and grid`, () => {
      for (const data of [demo.komitmen, demo.komitmenGrid]) {
        const signatories = data.signatories;
        const layout = layoutForPdf(buildKomitmen({ ...data, paper }));
        const last = layout.pages[layout.pages.length - 1]!;
        const words = texts(last).map((t) => t.text);
        expect(words, `${paper} ${data.layout}`).toContain('Mengetahui,');
        // The last signatory is named on the page of the Mengetahui blocks (the grid prints names, the table too).
        const lastName = signatories[signatories.length - 1]!.name;
        expect(words.join(' '), `${paper} ${data.layout}`).toContain(lastName.split(' ')[0]!);
        if (data.layout === 'table') expect(words, paper).toContain(`${signatories.length}.`);
      }
    });

    it(`keeps at least one attendance row with the Mengetahui block on ${paper}`, () => {
      const layout = layoutForPdf(buildDaftarHadir({ ...demo.daftarHadir, paper }));
      const last = layout.pages[layout.pages.length - 1]!;
      expect(attendanceRows(layout, last).numbers.length).toBeGreaterThanOrEqual(1);
      expect(texts(last).some((t) => t.text === 'Mengetahui,')).toBe(true);
    });
  }
});

describe('orphans and widows', () => {
  it('never leaves one line of a paragraph or list item alone at the foot or the head of a page', () => {
    // Each paragraph and item repeats its own marker word, so its lines can be told apart on the page.
    const words = (id: string, count: number) => Array.from({ length: count }, () => id).join(' ');
    for (let filler = 0; filler < 60; filler += 3) {
      const blocks: Block[] = [{ type: 'spacer', heightMm: filler }];
      for (let k = 0; k < 12; k++) {
        blocks.push({ type: 'paragraph', align: 'justify', runs: [{ text: words(`p${k}x`, 20 + 17 * (k % 4)) }] });
        blocks.push({
          type: 'list',
          ordered: true,
          items: [0, 1, 2].map((i) => ({ runs: [{ text: words(`l${k}y${i}`, 14 + 11 * i) }] })),
        });
      }
      const layout = layoutDocument(
        {
          meta: { title: 'Uji', author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
          page: { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
          font: { family: 'Arial', sizePt: 12 },
          blocks,
        },
        fixedMetrics,
      );
      expect(layout.pages.length).toBeGreaterThan(1);
      const total = new Map<string, number>();
      const perPage = layout.pages.map((page) => {
        const lines = new Map<string, Set<number>>();
        for (const t of texts(page)) {
          const id = /^([pl]\d+[xy]\d*)/.exec(t.text)?.[1];
          if (!id) continue;
          lines.set(id, (lines.get(id) ?? new Set()).add(Math.round(t.y)));
        }
        for (const [id, ys] of lines) total.set(id, (total.get(id) ?? 0) + ys.size);
        return lines;
      });
      for (const lines of perPage)
        for (const [id, ys] of lines) {
          if (total.get(id)! >= 2) expect(ys.size, `${id} with ${filler} mm above`).toBeGreaterThanOrEqual(2);
        }
    }
  });
});

describe('signature blocks', () => {
  const gridModel = (names: string[], columns: 1 | 2 | 3 = 3) => ({
    meta: { title: 'Uji', author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
    page: { paper: 'A4' as const, margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
    font: { family: 'Arial' as const, sizePt: 12 },
    blocks: [
      {
        type: 'signatureGrid' as const,
        columns,
        cells: names.map((name) => ({ headingLines: ['KEPALA DINAS,'], name, nameUnderline: true, detailLines: [] })),
      },
    ],
  });

  it('never leaves the last gelar alone on its own underlined line, and prints the name as written', () => {
    // Fixed metrics: 24 characters to a line of a third of A4's text width. "Drs. AAAAAAAAAA BBBBBBB," fills one.
    const names = ['Drs. AAAAAAAAAA BBBBBBB, M.Si.', 'Dr. Ir. CCCCCCC DDDDDDDDDD, M.Kom.', 'EEEEEEEEEEEE FFFFFFFFFF, S.H.'];
    const layout = layoutDocument(gridModel(names), fixedMetrics);
    const underlined = layout.pages.flatMap(texts).filter((t) => t.underline);
    for (const name of names) {
      const lines = underlined.filter((t) => name.includes(t.text.trim()));
      expect(lines.length, name).toBeGreaterThanOrEqual(2);
      expect(lines[lines.length - 1]!.text.trim(), name).toMatch(/\S+,? \S+$/);
      expect(lines.map((t) => t.text.trim()).join(' '), name).toBe(name);
    }
    for (const t of underlined) expect(t.text.trim()).not.toMatch(/^(?:M\.Si\.|M\.Kom\.|S\.H\.)$/);
  });

  it('starts Mengetahui blocks side by side on the same line, however many heading lines each has', () => {
    const model = gridModel(['Nama Satu', 'Nama Dua'], 2);
    const cells = model.blocks[0]!.cells;
    cells[0]!.headingLines = ['Mengetahui,', 'BUPATI SIMALUNGUN,'];
    cells[1]!.headingLines = ['Mengetahui,', 'KETUA DEWAN SMART CITY', 'KABUPATEN SIMALUNGUN', 'SELAKU SEKRETARIS DAERAH,'];
    const layout = layoutDocument(model, fixedMetrics);
    const mengetahui = layout.pages.flatMap(texts).filter((t) => t.text === 'Mengetahui,');
    expect(mengetahui).toHaveLength(2);
    expect(mengetahui[0]!.y).toBe(mengetahui[1]!.y);
    // And the names still line up.
    const names = layout.pages.flatMap(texts).filter((t) => t.underline);
    expect(names[0]!.y).toBe(names[1]!.y);
  });
});
