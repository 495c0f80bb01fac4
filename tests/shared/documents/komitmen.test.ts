// The lembar komitmen bersama as a staggered table or a grid of signature blocks, for 1 to 150 signatories.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../shared/document/model';
import type { KomitmenData } from '../../../shared/documents/context';
import { buildKomitmen, KOMITMEN_ROW_HEIGHT_MM } from '../../../shared/documents/komitmen';
import { UserError } from '../../../shared/errors';
import { demoContexts, longSignatories, signatory, type Contexts } from '../../helpers/document-contexts';
import { grids, tables, textOf } from './model-queries';

let contexts: Contexts;
let close: () => void;
beforeAll(async () => ({ contexts, close } = await demoContexts()));
afterAll(() => close());

const demo = (layout: KomitmenData['layout'] = 'table') => contexts.komitmen(undefined, null, layout);

function expectStaggered(table: TableBlock): void {
  table.rows.forEach((row, i) => {
    expect(row.minHeightMm).toBeGreaterThanOrEqual(12);
    expect(row.cells[0]!.lines[0]![0]!.text).toBe(`${i + 1}.`);
    expect(row.cells[3]!.signature).toEqual({ label: `${i + 1}.`, side: i % 2 === 0 ? 'left' : 'right' });
  });
}

describe('lembar komitmen, table layout', () => {
  it('has the title, preamble, points, closing sentence and the place and date', () => {
    const data = demo();
    const text = textOf(buildKomitmen(data));
    expect(text).toContain('KOMITMEN BERSAMA DEWAN SMART CITY DAN TIM PELAKSANA SMART CITY MENUJU SIMALUNGUN SMART CITY');
    expect(text).toContain('Kami yang bertanda tangan di bawah ini');
    expect(text).toContain('dengan ini menyatakan berkomitmen untuk:');
    for (const point of data.closure.points) expect(text).toContain(point);
    expect(text).toContain(data.closure.closingText!);
    expect(text).toContain('Pematang Raya, 19 November 2021');
  });

  it('puts every signatory in one table, staggered, with a repeated header and rows tall enough to sign', () => {
    const data = demo();
    const [table, ...others] = tables(buildKomitmen(data));
    expect(others).toHaveLength(0);
    expect(table!.header).toHaveLength(1);
    expect(table!.header[0]!.cells.map((c) => c.lines[0]![0]!.text)).toEqual(['No', 'Nama / NIP', 'Jabatan', 'Tanda Tangan']);
    expect(data.signatories.length).toBe(64);
    expect(table!.rows).toHaveLength(data.signatories.length);
    expect(table!.minRowHeightMm).toBe(KOMITMEN_ROW_HEIGHT_MM);
    expectStaggered(table!);
  });

  it('writes the name with gelar, the NIP unbreakable on a second line, and the one jabatan string', () => {
    const data = demo();
    const table = tables(buildKomitmen(data))[0]!;
    const row = (i: number) => table.rows[i]!.cells;
    const kadis = data.signatories.findIndex((s) => s.nip && !s.positions.some((p) => p.role === 'sekda'));
    expect(row(kadis)[1]!.lines).toEqual([
      [{ text: expect.stringContaining(data.signatories[kadis]!.name), bold: true }],
      [{ text: expect.stringMatching(/^NIP\.\u00a0\d{8}\u00a0\d{6}\u00a0\d\u00a0\d{3}$/) }],
    ]);
    const wasin = data.signatories.findIndex((s) => s.positions.length > 1);
    expect(row(wasin)[2]!.lines).toEqual([[{ text: data.signatories[wasin]!.jabatan }]]);
    expect(data.signatories[wasin]!.jabatan).toMatch(/ dan Plt\. /);
  });

  it('applies Pasal 44 as the grid does: the Sekda has a NIP recorded but none is printed, nor his pangkat', () => {
    const data = demo();
    const sekda = data.signatories.findIndex((s) => s.positions.some((p) => p.role === 'sekda'));
    expect(data.signatories[sekda]!.nip).not.toBeNull();
    const cells = tables(buildKomitmen(data))[0]!.rows[sekda]!.cells;
    expect(cells[1]!.lines).toEqual([[{ text: 'Drs. Mangasi Tua Purba, M.Si.', bold: true }]]);
    expect(cells[2]!.lines).toEqual([[{ text: 'Sekretaris Daerah Kabupaten Simalungun' }]]);
    expect(grids(buildKomitmen(demo('grid')))[0]!.cells[sekda]!.detailLines).toEqual([]);
  });

  it("prints the title over the lines it was typed in, and leaves the profile's signature space", () => {
    const data = demo('grid');
    data.regency.tataNaskah.signatureSpaceMm = 32;
    const model = buildKomitmen({
      ...data,
      closure: { ...data.closure, commitmentTitle: 'Komitmen Bersama\nDewan Smart City\n  \nMenuju Simalungun Smart City' },
    });
    expect(model.blocks[1]).toMatchObject({
      type: 'title',
      lines: ['KOMITMEN BERSAMA', 'DEWAN SMART CITY', 'MENUJU SIMALUNGUN SMART CITY'],
    });
    expect(model.meta.title).toBe('Komitmen Bersama Dewan Smart City Menuju Simalungun Smart City (2021)');
    for (const grid of grids(model)) for (const cell of grid.cells) if (cell) expect(cell.signatureSpaceMm).toBe(32);
  });

  it('ends with the Bupati and the ministry under "Mengetahui", kept together', () => {
    const model = buildKomitmen(demo());
    const last = model.blocks.at(-1)!;
    expect(last.type).toBe('keepTogether');
    const mengetahui = grids(model).at(-1)!;
    expect(mengetahui.cells.map((c) => c?.headingLines[0])).toEqual(['Mengetahui,', 'Mengetahui,']);
    expect(mengetahui.cells.map((c) => c?.name)).toEqual(['Radiapoh Hasiholan Sinaga, S.H.', 'Fazrul Rozi']);
  });

  it('works for a single signatory', () => {
    const model = buildKomitmen({ ...demo(), signatories: [signatory({ name: 'Satu Satunya' })] });
    const table = tables(model)[0]!;
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.cells[3]!.signature).toEqual({ label: '1.', side: 'left' });
  });

  it('works for 150 signatories with long names, NI PPPK and missing identifiers', () => {
    const many = longSignatories(150);
    const model = buildKomitmen({ ...demo(), signatories: many });
    const table = tables(model)[0]!;
    expect(table.rows).toHaveLength(150);
    expectStaggered(table);
    expect(table.rows[6]!.cells[1]!.lines[1]![0]!.text).toMatch(/^NI\u00a0PPPK\.\u00a0/);
    expect(table.rows[10]!.cells[1]!.lines).toHaveLength(1);
    expect(table.rows[149]!.cells[3]!.signature).toEqual({ label: '150.', side: 'right' });
    expect(textOf(model)).not.toMatch(/undefined|null|NaN/);
  });

  it('refuses an empty list of signatories, saying where to add them', () => {
    expect(() => buildKomitmen({ ...demo(), signatories: [] })).toThrow(UserError);
    expect(() => buildKomitmen({ ...demo(), signatories: [] })).toThrow(/belum punya penandatangan.*Penutupan & Komitmen/);
    const data = demo();
    expect(() => buildKomitmen({ ...data, closure: { ...data.closure, date: null } })).toThrow(
      /Tanggal penutupan Bimtek belum diisi/,
    );
  });

  it('adds the region to a title that does not name it, and has a default preamble', () => {
    const data = demo();
    const model = buildKomitmen({
      ...data,
      closure: { ...data.closure, commitmentTitle: 'Komitmen Bersama', preamble: null, closingText: null },
    });
    expect(model.blocks[1]).toMatchObject({ type: 'title', lines: ['KOMITMEN BERSAMA', 'KABUPATEN SIMALUNGUN'] });
    expect(textOf(model)).toContain(
      'Kami yang bertanda tangan di bawah ini, Dewan Smart City dan Tim Pelaksana Smart City Kabupaten Simalungun, dengan ini menyatakan berkomitmen untuk:',
    );
  });
});

describe('lembar komitmen, grid layout', () => {
  it('has every signatory as a signature block in three columns, then the Mengetahui row', () => {
    const data = demo('grid');
    const model = buildKomitmen(data);
    expect(tables(model)).toHaveLength(0);
    const [grid, mengetahui] = grids(model);
    expect(grid!.columns).toBe(3);
    // The place and date stand over the whole width as part of the grid's first row, and the Mengetahui row is the
    // grid's closing, so that neither can be left alone on a page; NIPs fit a third of the page at 10.5 pt.
    expect(grid).toMatchObject({ placeDate: 'Pematang Raya, 19 November 2021', placeDateWide: true });
    expect(grid!.closing).toBe(mengetahui);
    expect(model.blocks.at(-1)).toBe(grid);
    expect(grid!.sizePt).toBe(10.5);
    expect(grid!.cells).toHaveLength(data.signatories.length);
    data.signatories.forEach((s, i) => {
      const last = grid!.cells[i]!.detailLines.at(-1);
      if (!s.positions.some((p) => p.role === 'sekda') && s.asn && s.nip) {
        expect(last).toMatch(/^NIP\.\u00a0\d{8}\u00a0\d{6}\u00a0\d\u00a0\d{3}$/);
      }
    });
    expect(grid!.cells[0]!.detailLines).toEqual([]);
    expect(mengetahui!.cells.every((c) => c?.headingLines[0] === 'Mengetahui,')).toBe(true);
  });

  it('works for 1 and for 150 signatories', () => {
    for (const count of [1, 150]) {
      const model = buildKomitmen({ ...demo('grid'), signatories: longSignatories(count) });
      expect(grids(model)[0]!.cells).toHaveLength(count);
      expect(grids(model)[0]!.cells.every((c) => c !== null && c.headingLines.at(-1)!.endsWith(','))).toBe(true);
    }
  });
});
