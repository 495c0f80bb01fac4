// Expected outputs that pin the mutants a Stryker run found surviving (issue 10, section 3): each test states what
// the code must print or refuse, so that the changed operator, boundary or removed branch fails a test.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../shared/document/layout/layout-document';
import { TextMeasure, wrapRuns } from '../../../shared/document/layout/text';
import type { TextItem } from '../../../shared/document/layout/types';
import type { Block, DocumentModel } from '../../../shared/document/model';
import { signatureBlockFor } from '../../../shared/documents/signature';
import { parseIsoDate } from '../../../shared/format/dates';
import { nipProblem } from '../../../shared/format/nip';
import { formatPangkat, PANGKAT_CODES } from '../../../shared/format/pangkat';
import { terbilang } from '../../../shared/format/terbilang';
import { signatory } from '../../helpers/document-contexts';
import { fixedMetrics } from '../document/layout/fixed-metrics';

const model = (blocks: Block[]): DocumentModel => ({
  meta: { title: 'Uji', author: 'Dinas', createdAt: '2021-11-19T08:00:00+07:00' },
  page: { paper: 'A4', margins: { topMm: 20, rightMm: 20, bottomMm: 25, leftMm: 30 } },
  font: { family: 'Arial', sizePt: 12 },
  blocks,
});
const texts = (m: DocumentModel) =>
  layoutDocument(m, fixedMetrics).pages.map((p) => p.items.filter((i): i is TextItem => i.kind === 'text'));

describe('terbilang at the hundreds', () => {
  it('reads 200 as "dua ratus", not "seratus seratus", and the neighbours of each boundary', () => {
    expect(terbilang(199)).toBe('seratus sembilan puluh sembilan');
    expect(terbilang(200)).toBe('dua ratus');
    expect(terbilang(201)).toBe('dua ratus satu');
    expect(terbilang(100)).toBe('seratus');
    expect(terbilang(1200)).toBe('seribu dua ratus');
    expect(terbilang(2000)).toBe('dua ribu');
    expect(terbilang(200_000)).toBe('dua ratus ribu');
  });
});

describe('NIP dates', () => {
  const today = new Date(Date.UTC(2021, 10, 19));
  it('refuses an appointment (TMT CPNS) more than a year ahead, and takes next year', () => {
    expect(nipProblem('19700101 202301 1 001', today)).toBe('NIP: TMT CPNS (digit 9–14) tidak valid');
    expect(nipProblem('19700101 202201 1 001', today)).toBeNull();
    expect(nipProblem('19700101 202101 1 001', today)).toBeNull();
  });

  it('refuses day 00 and month 00 of the birth date, and the date parser does too', () => {
    expect(nipProblem('19700100 199503 1 001', today)).toBe('NIP: tanggal lahir (8 digit pertama) tidak valid');
    expect(nipProblem('19700001 199503 1 001', today)).toBe('NIP: tanggal lahir (8 digit pertama) tidak valid');
    expect(parseIsoDate('2021-11-00')).toBeNull();
    expect(parseIsoDate('2021-00-19')).toBeNull();
    expect(parseIsoDate('2021-11-01')).not.toBeNull();
  });
});

describe('pangkat names', () => {
  it('names every golongan, none blank', () => {
    expect(PANGKAT_CODES.map(formatPangkat)).toEqual([
      'Juru Muda (I/a)',
      'Juru Muda Tingkat I (I/b)',
      'Juru (I/c)',
      'Juru Tingkat I (I/d)',
      'Pengatur Muda (II/a)',
      'Pengatur Muda Tingkat I (II/b)',
      'Pengatur (II/c)',
      'Pengatur Tingkat I (II/d)',
      'Penata Muda (III/a)',
      'Penata Muda Tingkat I (III/b)',
      'Penata (III/c)',
      'Penata Tingkat I (III/d)',
      'Pembina (IV/a)',
      'Pembina Tingkat I (IV/b)',
      'Pembina Utama Muda (IV/c)',
      'Pembina Utama Madya (IV/d)',
      'Pembina Utama (IV/e)',
    ]);
  });
});

describe('text layout', () => {
  const measure = new TextMeasure(fixedMetrics);
  const lineTexts = (text: string, width: number) =>
    wrapRuns(measure, [{ text }], 12, width).map((l) => l.fragments.map((f) => f.text).join(''));

  it('turns a pasted \\r\\n (and a lone \\r) into a line break, never into nothing', () => {
    expect(lineTexts('satu\r\ndua\rtiga', 400)).toEqual(['satu', 'dua', 'tiga']);
    const [page] = texts(model([{ type: 'paragraph', runs: [{ text: 'satu\r\ndua' }] }]));
    expect(page!.map((t) => t.text)).toEqual(['satu', 'dua']);
  });

  it('keeps a word that fits except for the space after it whole on its line', () => {
    // Fixed metrics at 12 pt: 6 pt a character, 3 pt a space. "aaaa bbbb" is exactly 51 pt.
    expect(lineTexts('aaaa bbbb', 51)).toEqual(['aaaa bbbb']);
    expect(lineTexts('aaaa bbbb cc', 51).map((l) => l.trim())).toEqual(['aaaa bbbb', 'cc']);
    expect(lineTexts('aaaa bbbb cc', 50.9).map((l) => l.trim())).toEqual(['aaaa', 'bbbb cc']);
  });

  it('starts a page at a heading with pageBreakBefore', () => {
    const pages = texts(
      model([
        { type: 'paragraph', runs: [{ text: 'Pembuka' }] },
        { type: 'heading', level: 1, label: 'BAB II', text: 'GAMBARAN UMUM', pageBreakBefore: true },
      ]),
    );
    expect(pages).toHaveLength(2);
    expect(pages[0]!.map((t) => t.text)).toEqual(['Pembuka']);
    expect(pages[1]!.map((t) => t.text)).toEqual(['BAB II', 'GAMBARAN UMUM']);
  });

  it('underlines the underlined runs and nothing else', () => {
    const [page] = texts(
      model([{ type: 'paragraph', runs: [{ text: 'biasa ' }, { text: 'bergaris', underline: true }, { text: ' lagi' }] }]),
    );
    const underlined = page!.filter((t) => t.underline).map((t) => t.text.trim());
    expect(underlined).toEqual(['bergaris']);
    expect(page!.filter((t) => !t.underline).map((t) => t.text.trim())).toEqual(['biasa', 'lagi']);
  });
});

describe('signature block chain', () => {
  it('prints a typed "u.b." and "a.n." once each', () => {
    const block = signatureBlockFor(
      signatory({
        title: 'Kepala Bagian Umum',
        onBehalfOf: 'a.n. Bupati Simalungun',
        byOrderOf: 'u.b. Sekretaris Daerah',
      }),
    );
    const lines = block.headingLines;
    expect(lines.filter((l) => l === 'u.b.')).toHaveLength(1);
    expect(lines.filter((l) => /\bu\.\s?b\./i.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /\ba\.\s?n\./i.test(l))).toHaveLength(1);
    expect(lines.slice(0, 3)).toEqual(['a.n. BUPATI SIMALUNGUN', 'SEKRETARIS DAERAH,', 'u.b.']);
  });
});
