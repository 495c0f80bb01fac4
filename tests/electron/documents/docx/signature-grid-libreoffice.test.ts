// The commitment sheet's signature grid as LibreOffice lays out our DOCX (our stand-in for Word), read back from its
// PDF word by word: names level in every row whatever the jabatan's length, the Mengetahui blocks starting on the same
// line, no gelar alone on a line of its own, and no signatory's jabatan on another page than the name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKomitmen } from '../../../../shared/documents/komitmen';
import { demoContexts } from '../../../helpers/document-contexts';
import { docxToPdf, renderDocx } from '../../../helpers/document-render';
import { readersAvailable } from '../../../helpers/readers';

interface Word {
  page: number;
  x: number;
  xMax: number;
  y: number;
  text: string;
}

const dir = mkdtempSync(join(tmpdir(), 'scd-grid-lo-'));
let words: Word[] = [];

/** Every word of the PDF with its page and box, from pdftotext -bbox. */
function readWords(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  for (const m of xml.matchAll(/<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
    if (m[0] === '<page ') page++;
    else out.push({ page, x: Number(m[1]), y: Number(m[2]), xMax: Number(m[3]), text: m[4]!.replace(/&amp;/g, '&') });
  }
  return out;
}

/** Words side by side on one printed line: same page and baseline, no wider gap than a few spaces. */
function lines(all: Word[]): Word[][] {
  const sorted = [...all].sort((a, b) => a.page - b.page || a.y - b.y || a.x - b.x);
  const out: Word[][] = [];
  for (const w of sorted) {
    const line = out.at(-1);
    const prev = line?.at(-1);
    if (line && prev && prev.page === w.page && Math.abs(prev.y - w.y) < 1 && w.x - prev.xMax < 12) line.push(w);
    else out.push([w]);
  }
  return out;
}

describe.skipIf(!readersAvailable('soffice', 'pdftotext'))(
  'the commitment sheet’s grid in LibreOffice',
  { timeout: 180_000 },
  () => {
    beforeAll(async () => {
      const { contexts, close } = await demoContexts();
      let docx: Uint8Array;
      try {
        docx = await renderDocx(buildKomitmen(contexts.komitmen('A4', null, 'grid')));
      } finally {
        close();
      }
      words = readWords(docxToPdf(dir, new Map([['grid', docx]])).get('grid')!);
    }, 180_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('sets no gelar alone on a line', () => {
      const gelar = /^(?:[A-Z][A-Za-z]{0,3}\.)+[A-Za-z]*,?$/;
      const alone = lines(words).filter((l) => l.length === 1 && gelar.test(l[0]!.text) && !/^NIP/.test(l[0]!.text));
      expect(alone.map((l) => l[0]!.text)).toEqual([]);
      // The demo has names that wrap before their gelar ("Roy Mangasi Purba, S.Sos., M.Si.").
      expect(words.filter((w) => w.text === 'M.Si.').length).toBeGreaterThan(5);
    });

    it('lines up the names of a row and starts the Mengetahui blocks on the same line', () => {
      // Each NIP line starts a block's details; the name line above it. Names of one row share the NIP's baseline
      // when their names take as many lines, so compare the first line of every name via the row of NIPs.
      const nips = words.filter((w) => w.text === 'NIP.' || w.text.startsWith('NIP.'));
      expect(nips.length).toBeGreaterThan(30);
      const mengetahui = words.filter((w) => w.text === 'Mengetahui,');
      expect(mengetahui).toHaveLength(2);
      expect(mengetahui[0]!.page).toBe(mengetahui[1]!.page);
      expect(mengetahui[0]!.y).toBeCloseTo(mengetahui[1]!.y, 0);
      const names = ['Radiapoh', 'Fazrul'].map((n) => words.find((w) => w.text === n)!);
      expect(names[0]!.y).toBeCloseTo(names[1]!.y, 0);
      // The last signatory is named on the page of the Mengetahui blocks; the place and date over the first row.
      const last = words.find((w) => w.text === 'Ruslan')!;
      expect(last.page).toBe(mengetahui[0]!.page);
      const date = words.find((w) => w.text === 'Pematang')!;
      const firstJabatan = words.find((w) => w.text === 'SEKRETARIS' && w.page === date.page && w.y > date.y);
      expect(firstJabatan).toBeDefined();
    });

    it('keeps every camat’s jabatan on the page of the name, and the jabatan lines of a row level at the bottom', () => {
      // "CAMAT …," is the whole jabatan of a camat: the signature space and the name follow on the same page.
      const camat = words.filter((w) => w.text === 'CAMAT');
      expect(camat.length).toBeGreaterThan(20);
      for (const c of camat) {
        const below = words.filter((w) => w.page === c.page && Math.abs(w.x - c.x) < 60 && w.y > c.y + 40);
        expect(below.length, `${c.text} on page ${c.page} at ${c.y}`).toBeGreaterThan(0);
      }
    });
  },
);
