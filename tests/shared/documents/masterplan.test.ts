// The masterplan draft, one chapter, and the empty chapter template, built from the demo programme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentModel, HeadingBlock } from '../../../shared/document/model';
import { modelText } from '../../../shared/document/model-text';
import type { MasterplanData } from '../../../shared/documents/context';
import { buildChapterTemplate, buildMasterplanChapter, buildMasterplanDraft } from '../../../shared/documents/masterplan';
import { demoContexts, type Contexts } from '../../helpers/document-contexts';

let contexts: Contexts;
let close: () => void;
let data: MasterplanData;
beforeAll(async () => {
  ({ contexts, close } = await demoContexts());
  data = contexts.masterplan(undefined);
});
afterAll(() => close());

const headings = (m: DocumentModel) => m.blocks.filter((b): b is HeadingBlock => b.type === 'heading');
const markers = (m: DocumentModel) => m.blocks.filter((b: Block) => b.type === 'paragraph' && b.runs.some((r) => r.marker));

describe('masterplan draft', () => {
  it('has a cover, a contents page and every chapter as a numbered heading', () => {
    const model = buildMasterplanDraft(data);
    expect(model.blocks.some((b) => b.type === 'toc')).toBe(true);
    expect(model.footer).toEqual({ pageNumbers: true, skipFirstPage: true });
    const chapters = data.volumes.flatMap((v) => v.chapters);
    for (const chapter of chapters) expect(headings(model).some((h) => h.text === chapter.title.toUpperCase())).toBe(true);
    const buku1 = headings(model).filter((h) => h.level === 1 && h.label?.startsWith('BAB'));
    expect(buku1[0]).toMatchObject({ label: 'BAB I', text: 'PENDAHULUAN', pageBreakBefore: true, toc: true });
    expect(modelText(model).slice(0, 3)).toEqual([
      'MASTERPLAN SMART CITY',
      'KABUPATEN SIMALUNGUN',
      expect.stringMatching(/^TAHUN 20\d\d–20\d\d$/),
    ]);
  });

  it('fills placeholders and marks sections that have no text yet', () => {
    const model = buildMasterplanDraft(data);
    const text = modelText(model).join('\n');
    expect(text).not.toMatch(/\{nama_daerah\}|\{tahun\}|\{ibu_kota\}|\{provinsi\}|\{nama_dinas\}/);
    const empty = data.volumes.flatMap((v) => v.chapters.flatMap((c) => c.sections)).filter((s) => !s.body.trim());
    expect(markers(model)).toHaveLength(empty.length);
    expect(markers(model).length).toBeGreaterThan(0);
  });

  it('generates the programme, quick-win, SWOT, readiness and roadmap tables, each once', () => {
    const text = modelText(buildMasterplanDraft(data)).join('\n');
    for (const title of [
      'Tabel Kesiapan Daerah',
      'Tabel Analisis SWOT per Dimensi',
      'Tabel Program dan Rencana Aksi per Dimensi',
      'Tabel Program Quick Win',
      'Tabel Peta Jalan',
    ]) {
      expect(text.split(title).length - 1, title).toBe(1);
    }
    for (const p of data.programmes) expect(text).toContain(p.name);
  });

  it('keeps generated tables when the office renamed every chapter, in a lampiran at the end', () => {
    const renamed = {
      ...data,
      volumes: data.volumes.map((v) => ({ ...v, chapters: v.chapters.map((c) => ({ ...c, title: `Bagian ${c.id}` })) })),
    };
    const model = buildMasterplanDraft(renamed);
    expect(headings(model).some((h) => h.text === 'LAMPIRAN TABEL')).toBe(true);
    expect(modelText(model).join('\n')).toContain('Tabel Peta Jalan');
  });
});

describe('one chapter and its empty template', () => {
  it('renders a chapter alone with its own tables', () => {
    const chapter = data.volumes.find((v) => v.code === 'buku2')!.chapters.find((c) => /Quick Win/.test(c.title))!;
    const model = buildMasterplanChapter(data, chapter.id);
    expect(headings(model)[0]).toMatchObject({ text: 'QUICK WIN', pageBreakBefore: false });
    expect(modelText(model).join('\n')).toContain('Tabel Program Quick Win');
  });

  it('exports headings and filled guidance prompts only', () => {
    const chapter = data.volumes.find((v) => v.code === 'buku1')!.chapters.find((c) => /Gambaran Umum/.test(c.title))!;
    const model = buildChapterTemplate(data, chapter.id);
    const text = modelText(model).join('\n');
    expect(text).toContain('Petunjuk: Uraikan kondisi geografis Kabupaten Simalungun');
    expect(headings(model).filter((h) => h.level === 2)).toHaveLength(chapter.sections.length);
    expect(headings(model).every((h) => !h.toc)).toBe(true);
  });

  it('names an unknown chapter', () => {
    expect(() => buildMasterplanChapter(data, 9999)).toThrow('Bab dengan id 9999 tidak ditemukan.');
  });
});
