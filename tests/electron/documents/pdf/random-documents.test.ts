// Random commitment sheets and attendance lists through the real builders, layout and fonts: long names and
// titles, 1 to 150 signatories, empty optional fields. Every text stays inside its cell and the page margins.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutForPdf, renderPdf } from '../../../../electron/documents/pdf/render-pdf';
import type { LayoutResult } from '../../../../shared/document/layout/types';
import { buildDaftarHadir } from '../../../../shared/documents/daftar-hadir';
import { buildKomitmen } from '../../../../shared/documents/komitmen';
import type { AttendanceRow } from '../../../../shared/documents/context';
import { POSITION_ROLES } from '../../../../shared/domain/organisation';
import { demoContexts, signatory, type Contexts } from '../../../helpers/document-contexts';
import { readPdf } from '../../../helpers/pdf-reader';

let contexts: Contexts;
let close: () => void;
beforeAll(async () => ({ contexts, close } = await demoContexts()));
afterAll(() => close());

const word = fc.string({
  minLength: 1,
  maxLength: 30,
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzÉéÖöŠšWM.,-'".split('')),
});
const phrase = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' ').slice(0, 120));
const person = fc.record({
  name: phrase(8),
  frontTitle: fc.option(fc.constantFrom('Drs.', 'Ir.', 'dr.', 'Prof. Dr. Ir.'), { nil: null }),
  backTitle: fc.option(fc.constantFrom('M.Si.', 'S.H., M.H.', 'S.Kom., M.T.I.', 'S.E., M.Si., Ak.'), { nil: null }),
  title: phrase(30).map((t) => t.slice(0, 300)),
  nip: fc.option(fc.constant('197001011995031001'), { nil: null }),
  role: fc.constantFrom(...POSITION_ROLES),
  status: fc.constantFrom('definitif' as const, 'plt' as const, 'plh' as const, 'pj' as const),
});

function expectInside(layout: LayoutResult): void {
  for (const page of layout.pages) {
    for (const item of page.items) {
      if (item.kind !== 'text' || item.text === '') continue;
      const spaces = item.justifyGap ? item.text.split(' ').length - 1 : 0;
      expect(item.x, item.text).toBeGreaterThanOrEqual(item.box.left - 0.01);
      expect(item.x + item.width + spaces * (item.justifyGap ?? 0), item.text).toBeLessThanOrEqual(item.box.right + 0.01);
      if (!item.text.startsWith('Halaman')) {
        expect(item.y, item.text).toBeLessThanOrEqual(layout.height - layout.margins.bottom + 0.01);
        expect(item.y - item.size * 0.9, item.text).toBeGreaterThanOrEqual(layout.margins.top - 0.01);
      }
    }
  }
}

describe('random documents', () => {
  it('commitment sheets (table and grid) keep every text in its cell and inside the margins', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 150 }),
        fc.constantFrom('table' as const, 'grid' as const),
        fc.constantFrom('A4' as const, 'F4-210' as const),
        (people, layout, paper) => {
          const data = contexts.komitmen(paper, null, layout);
          const model = buildKomitmen({ ...data, layout, signatories: people.map((p) => signatory(p)) });
          expectInside(layoutForPdf(model));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('attendance lists with empty optional fields do too, and print no "undefined" or "null"', async () => {
    const base = contexts.daftarHadir(undefined, null, 1, 1);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            name: phrase(6),
            frontTitle: fc.constant(null),
            backTitle: fc.constant(null),
            nip: fc.constant(null),
            niPppk: fc.constant(null),
            pangkat: fc.constant(null),
            asn: fc.boolean(),
            jabatan: fc.option(phrase(20), { nil: null }),
            instansi: fc.option(phrase(10), { nil: null }),
            positions: fc.constant<AttendanceRow['positions']>([]),
          }),
          { maxLength: 80 },
        ),
        async (participants) => {
          const model = buildDaftarHadir({
            ...base,
            participants,
            day: { ...base.day, startTime: null, endTime: null, venue: null },
          });
          const layout = layoutForPdf(model);
          expectInside(layout);
          const { pages } = await readPdf(await renderPdf(model));
          const text = pages.flatMap((p) => p.items.map((i) => i.text)).join(' ');
          expect(text).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b/);
        },
      ),
      { numRuns: 8 },
    );
  });
});
