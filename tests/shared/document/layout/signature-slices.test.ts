// The signature grid's slices on their own (fixed metrics: a character 5 pt, a space 2.5 pt at 10 pt, lines
// 11.5 pt): columns, the place-and-date line, the signature space, names and NIP under it, rows and their spacing,
// the closing row, and names whose last gelar must not stand alone.
import { describe, expect, it } from 'vitest';
import { type LayoutEnv, mm } from '../../../../shared/document/layout/env';
import { paginate, type Slice } from '../../../../shared/document/layout/paginator';
import { gelarBound, nameLines, sharedLead, signatureGridSlices } from '../../../../shared/document/layout/signature-grid';
import { TextMeasure, type Line } from '../../../../shared/document/layout/text';
import type { TextItem } from '../../../../shared/document/layout/types';
import type { SignatureBlock, SignatureGridBlock } from '../../../../shared/document/model';
import { fixedMetrics } from './fixed-metrics';

const LH = 11.5;
const BASE = 9.25;
const env = (width = 300): LayoutEnv => ({
  measure: new TextMeasure(fixedMetrics),
  size: 10,
  left: 50,
  width,
  pageHeight: 10_000,
  tableColumns: [],
  tableTallRows: [],
});

const block = (name: string, extra: Partial<SignatureBlock> = {}): SignatureBlock => ({
  headingLines: ['CAMAT,'],
  name,
  detailLines: ['NIP. 1970'],
  ...extra,
});

const grid = (cells: (SignatureBlock | null)[], extra: Partial<SignatureGridBlock> = {}): SignatureGridBlock => ({
  type: 'signatureGrid',
  columns: 2,
  cells,
  ...extra,
});

function draw(slices: Slice[]): TextItem[] {
  return paginate(slices, { top: 0, bottom: 10_000 }).pages[0]!.items as TextItem[];
}
const textOf = (line: Line) => line.fragments.map((f) => f.text).join('');

describe('signatureGridSlices', () => {
  it('centres each block in its column: heading, the signature space, the bold name, then the details', () => {
    const slices = signatureGridSlices(env(), grid([block('Ani'), block('Budi Santoso')]));
    expect(slices).toHaveLength(1);
    const space = mm(22);
    // Heading, name and NIP lines, the signature space, and a line of air under the row.
    expect(slices[0]!.height).toBeCloseTo(3 * LH + space + LH, 9);
    expect(slices[0]!.spaceBefore).toBe(10);
    const items = draw(slices);
    const inner = 150 - mm(2);
    const at = (text: string) => items.filter((t) => t.text === text);
    const [leftHeading, rightHeading] = at('CAMAT,');
    expect(leftHeading!.x).toBeCloseTo(50 + mm(1) + (inner - 30) / 2, 9);
    expect(rightHeading!.x).toBeCloseTo(200 + mm(1) + (inner - 30) / 2, 9);
    expect(leftHeading!.y).toBe(BASE);
    expect(leftHeading!.box.left).toBeCloseTo(50 + mm(1), 9);
    expect(leftHeading!.box.right).toBeCloseTo(50 + mm(1) + inner, 9);
    const ani = at('Ani')[0]!;
    expect([ani.style, ani.underline ?? false]).toEqual(['bold', false]);
    expect(ani.y).toBeCloseTo(LH + space + BASE, 9);
    expect(at('NIP. 1970').map((t) => t.y)).toEqual([ani.y + LH, ani.y + LH]);
    expect(at('Budi Santoso')[0]!.y).toBe(ani.y);
  });

  it('sets the name plain or underlined as the block says, and its own signature space', () => {
    const slices = signatureGridSlices(
      env(),
      grid([block('Ani', { nameBold: false, nameUnderline: true, signatureSpaceMm: 10 })], { columns: 1 }),
    );
    expect(slices[0]!.height).toBeCloseTo(3 * LH + mm(10) + LH, 9);
    const ani = draw(slices).find((t) => t.text === 'Ani')!;
    expect([ani.style, ani.underline]).toEqual(['regular', true]);
    expect(ani.y).toBeCloseTo(LH + mm(10) + BASE, 9);
  });

  it('puts the place and date over the last column, the blocks a line lower', () => {
    const slices = signatureGridSlices(env(), grid([block('Ani'), block('Budi')], { placeDate: 'Raya, 1 Mei' }));
    expect(slices[0]!.height).toBeCloseTo(LH + 3 * LH + mm(22) + LH, 9);
    const items = draw(slices);
    const date = items.find((t) => t.text === 'Raya, 1 Mei')!;
    const inner = 150 - mm(2);
    expect(date.x).toBeCloseTo(200 + mm(1) + (inner - 50) / 2, 9);
    expect(date.y).toBe(BASE);
    expect(items.find((t) => t.text === 'CAMAT,')!.y).toBeCloseTo(LH + BASE, 9);
  });

  it('starts a block of a row with a shorter heading level with the others at the name', () => {
    const slices = signatureGridSlices(
      env(),
      grid([block('Ani', { headingLines: ['a.n. CAMAT', 'SEKRETARIS,'] }), block('Budi')]),
    );
    expect(slices[0]!.height).toBeCloseTo(4 * LH + mm(22) + LH, 9);
    const items = draw(slices);
    const y = (text: string) => items.find((t) => t.text === text)!.y;
    expect(y('Ani')).toBe(y('Budi'));
    // The shorter heading sits on the line above the signature space, level with the other's last line.
    expect(y('CAMAT,')).toBe(y('SEKRETARIS,'));
    expect(y('a.n. CAMAT')).toBe(BASE);
  });

  it('keeps a shared "Mengetahui," at the top of every block of the row', () => {
    const items = draw(
      signatureGridSlices(
        env(),
        grid([
          block('Ani', { headingLines: ['Mengetahui,', 'CAMAT,'] }),
          block('Budi', { headingLines: ['Mengetahui,', 'KEPALA', 'DINAS,'] }),
        ]),
      ),
    );
    const ys = (text: string) => items.filter((t) => t.text === text).map((t) => t.y);
    expect(ys('Mengetahui,')).toEqual([BASE, BASE]);
    // CAMAT, goes down to the last heading line, level with DINAS,.
    expect(ys('CAMAT,')).toEqual(ys('DINAS,'));
    expect(ys('CAMAT,')[0]).toBeCloseTo(2 * LH + BASE, 9);
  });

  it("finds the shared lead of each row among that row's blocks only", () => {
    const items = draw(
      signatureGridSlices(
        env(),
        grid([
          block('Ani', { headingLines: ['KEPALA,'] }),
          block('Budi', { headingLines: ['SEKRETARIS,'] }),
          block('Cici', { headingLines: ['Mengetahui,', 'BUPATI,'] }),
          block('Dedi', { headingLines: ['Mengetahui,', 'KETUA', 'DPRD,'] }),
        ]),
      ),
    );
    const ys = (text: string) => items.filter((t) => t.text === text).map((t) => t.y);
    const [first, second] = ys('Mengetahui,');
    expect(first).toBe(second);
    expect(ys('BUPATI,')).toEqual(ys('DPRD,'));
  });

  it('stacks several shared lead lines one line apart', () => {
    const chain = (last: string, name: string) =>
      block(name, { headingLines: ['a.n. BUPATI', 'SEKRETARIS DAERAH,', 'u.b.', last] });
    const items = draw(signatureGridSlices(env(), grid([chain('ASISTEN I,', 'Ani'), chain('ASISTEN II,', 'Budi')])));
    const y = (text: string) => items.find((t) => t.text === text)!.y;
    expect(y('a.n. BUPATI')).toBe(BASE);
    expect(y('SEKRETARIS DAERAH,')).toBeCloseTo(BASE + LH, 9);
  });

  it('makes a row as tall as its tallest block, counting the heading lines a shorter heading leaves blank', () => {
    // Ani: two heading lines and a name. Budi: one heading line (set a line lower), a name and three details.
    const slices = signatureGridSlices(
      env(),
      grid([
        block('Ani', { headingLines: ['a.n. CAMAT', 'SEKRETARIS,'], detailLines: [] }),
        block('Budi', { detailLines: ['Pembina', 'NIP. 1', 'NIP. 2'] }),
      ]),
    );
    expect(slices[0]!.height).toBeCloseTo(6 * LH + mm(22) + LH, 9);
  });

  it('sets a place and date that wraps one line under the other', () => {
    const items = draw(
      signatureGridSlices(env(), grid([block('Ani'), block('Budi')], { placeDate: 'aaaa bbbb cccc dddd eeee ffff aaaa bbbb' })),
    );
    const date = items.filter((t) => /^[a-f ]+$/.test(t.text) && t.y < 2 * LH + BASE);
    expect(date.length).toBe(2);
    expect(date[1]!.y - date[0]!.y).toBeCloseTo(LH, 9);
  });

  it('starts a new row after every `columns` blocks, without space above it, and leaves empty slots empty', () => {
    const slices = signatureGridSlices(env(), grid([null, block('Ani'), block('Budi')], { spaceBeforePt: 30 }));
    expect(slices.map((s) => s.spaceBefore)).toEqual([30, 0]);
    const items = paginate(slices, { top: 0, bottom: 10_000 }).pages[0]!.items as TextItem[];
    const ani = items.find((t) => t.text === 'Ani')!;
    const budi = items.find((t) => t.text === 'Budi')!;
    // Ani in the second column of the first row, Budi in the first column of the second row.
    expect(ani.box.left).toBeCloseTo(200 + mm(1), 9);
    expect(budi.box.left).toBeCloseTo(50 + mm(1), 9);
    expect(budi.y - ani.y).toBeCloseTo(slices[0]!.height, 9);
    expect(items.filter((t) => t.text === 'CAMAT,')).toHaveLength(2);
  });

  it('sets a grid at its own size', () => {
    const slices = signatureGridSlices(env(), grid([block('Ani')], { columns: 1, sizePt: 20 }));
    expect(slices[0]!.height).toBeCloseTo(3 * 23 + mm(22) + 23, 9);
    expect(new Set(draw(slices).map((t) => t.size))).toEqual(new Set([20]));
    // The space above still follows the document's size.
    expect(slices[0]!.spaceBefore).toBe(10);
  });

  it('puts a wide place and date right-aligned over the whole width with a blank line under it', () => {
    const slices = signatureGridSlices(
      env(),
      grid([block('Ani'), block('Budi')], { columns: 2, placeDate: 'Raya, 1 Mei', placeDateWide: true }),
    );
    expect(slices[0]!.height).toBeCloseTo(2 * LH + 3 * LH + mm(22) + LH, 9);
    const items = draw(slices);
    const date = items.find((t) => t.text === 'Raya, 1 Mei')!;
    expect(date.x + date.width).toBeCloseTo(350, 9);
    expect(date.box).toEqual({ left: 50, right: 350 });
    expect(items.find((t) => t.text === 'CAMAT,')!.y).toBeCloseTo(2 * LH + BASE, 9);
    // The date is only above the first row.
    const two = signatureGridSlices(
      env(),
      grid([block('A'), block('B'), block('C')], { placeDate: 'Raya', placeDateWide: true }),
    );
    expect(two[1]!.height).toBeCloseTo(3 * LH + mm(22) + LH, 9);
    expect(draw(two).filter((t) => t.text === 'Raya')).toHaveLength(1);
  });

  it('leaves no date line when a grid asks for a wide date but has none', () => {
    const slices = signatureGridSlices(env(), grid([block('Ani')], { placeDateWide: true }));
    expect(slices[0]!.height).toBeCloseTo(3 * LH + mm(22) + LH, 9);
  });

  it('gives a grid without blocks no slices, even when kept with the next block', () => {
    expect(signatureGridSlices(env(), grid([], { keepLastRowWithNext: true }))).toEqual([]);
  });

  it('keeps the last row with the next block when asked, and the closing rows with the last row', () => {
    const plain = signatureGridSlices(env(), grid([block('A'), block('B'), block('C')]));
    expect(plain.map((s) => s.keepWithNext ?? false)).toEqual([false, false]);
    const kept = signatureGridSlices(env(), grid([block('A'), block('B'), block('C')], { keepLastRowWithNext: true }));
    expect(kept.map((s) => s.keepWithNext ?? false)).toEqual([false, true]);
    const three = signatureGridSlices(
      env(),
      grid([block('A')], { columns: 1, closing: grid([block('X'), block('Y'), block('Z')], { columns: 1 }) }),
    );
    expect(three.map((s) => s.keepWithNext ?? false)).toEqual([true, true, true, false]);
    const closing = grid([block('X'), block('Y'), block('Z')], { spaceBeforePt: 18 });
    const withClosing = signatureGridSlices(env(), grid([block('A'), block('B'), block('C')], { closing }));
    // Rows A–B, C, then the closing rows X–Y and Z: all but the very last kept with the next.
    expect(withClosing.map((s) => s.keepWithNext ?? false)).toEqual([false, true, true, false]);
    expect(withClosing[2]!.spaceBefore).toBe(18);
    const names = draw(withClosing)
      .filter((t) => t.style === 'bold')
      .map((t) => t.text);
    expect(names).toEqual(['A', 'B', 'C', 'X', 'Y', 'Z']);
  });
});

describe('nameLines', () => {
  it('leaves a name that fits, or whose last line holds more than the gelar, as wrapped', () => {
    expect(nameLines(env(), 'Drs. Ani, M.Si.', 200, 10, true, true).map(textOf)).toEqual(['Drs. Ani, M.Si.']);
    // 'Budi Santoso Sitorus,' then 'S.Sos M.Si.': two words on the last line.
    const lines = nameLines(env(), 'Budi Santoso Sitorus, S.Sos M.Si.', 110, 10, true, true);
    expect(lines.map(textOf)).toEqual(['Budi Santoso Sitorus,', 'S.Sos M.Si.']);
  });

  it('brings the word before a lone last gelar down with it', () => {
    // At 100 pt: "Budi Santoso Purba," (92.5) and "M.Si." alone. Narrower, "Purba," goes down with the gelar.
    const lines = nameLines(env(), 'Budi Santoso Purba, M.Si.', 100, 10, true, true);
    expect(lines.map(textOf)).toEqual(['Budi Santoso', 'Purba, M.Si.']);
    // The lines keep their look.
    expect(lines[1]!.fragments[0]!.underline).toBe(true);
    expect(lines[1]!.fragments[0]!.style).toBe('bold');
    expect(nameLines(env(), 'Budi Santoso Purba, M.Si.', 100, 10, false, false)[1]!.fragments[0]!.style).toBe('regular');
  });

  it('never narrows the column below the widest word: a lone gelar is better than a name cut inside a word', () => {
    // "Cccccccccccccc," (75 pt) with the gelar needs 102.5 pt; only a column under 87.5 pt brings the word down, and
    // under 75 pt it would be cut ("Cccccccccccccc" / ", M.Si."). The first wrap stands.
    const lines = nameLines(env(), 'Ab Cccccccccccccc, M.Si.', 110, 10, true, false);
    expect(lines.map(textOf)).toEqual(['Ab Cccccccccccccc,', 'M.Si.']);
  });

  it('narrows the column by whole words until the last gelar has company', () => {
    // At 150 pt: "Aaaa Bbbb Cccc Dddd Eeee Ffff," (147.5) and "M.Si." alone; at 140 pt "Ffff," goes down with it.
    const lines = nameLines(env(), 'Aaaa Bbbb Cccc Dddd Eeee Ffff, M.Si.', 150, 10, true, false);
    expect(lines.map(textOf)).toEqual(['Aaaa Bbbb Cccc Dddd Eeee', 'Ffff, M.Si.']);
  });

  it('leaves a name without a lone gelar as wrapped, even when a narrower column would change it', () => {
    expect(nameLines(env(), 'Aaaa Bbbb Cccc', 70, 10, true, false).map(textOf)).toEqual(['Aaaa Bbbb Cccc']);
    // A comma inside the line before a lone last word is not the comma before a gelar.
    expect(nameLines(env(), 'Ani, Budi Santoso M.Si.', 100, 10, true, false).map(textOf)).toEqual(['Ani, Budi Santoso', 'M.Si.']);
  });

  it('does not count a gelar after a word without a comma as lonely', () => {
    expect(nameLines(env(), 'Budi Santoso Purba M.Si.', 100, 10, true, true).map(textOf)).toEqual([
      'Budi Santoso Purba',
      'M.Si.',
    ]);
  });
});

describe('sharedLead and gelarBound edge cases', () => {
  it('shares nothing when another block has only the lead line or a different first line', () => {
    expect(
      sharedLead([block('A', { headingLines: ['Mengetahui,', 'BUPATI,'] }), block('B', { headingLines: ['Mengetahui,'] })]),
    ).toBe(0);
    expect(sharedLead([block('A', { headingLines: ['Mengetahui,', 'A,'] }), block('B', { headingLines: ['Lain,', 'B,'] })])).toBe(
      0,
    );
    // A trailing space after the comma does not hide it.
    expect(
      sharedLead([block('A', { headingLines: ['Mengetahui, ', 'A,'] }), block('B', { headingLines: ['Mengetahui, ', 'B,'] })]),
    ).toBe(1);
  });

  it('binds the gelar after a row of spaces too', () => {
    expect(gelarBound('Ani,  M.Si.')).toBe('Ani,\u00a0M.Si.');
  });
});
