// Masterplan skeletons against a real database: start from the standard one, edit, save as the office's own
// template, start again from it; text already written is never replaced without being asked.
import { describe, expect, it } from 'vitest';
import { standardSkeleton } from '../../../shared/masterplan/standard-skeleton';
import { FIXED_NOW, tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();
async function db() {
  const t = await openDb();
  return t.services;
}

describe('templates', () => {
  it('starts an empty masterplan from the standard skeleton with guidance and the six dimensions', async () => {
    const s = await db();
    const applied = s.templates.apply({});
    const standard = standardSkeleton();
    expect(applied).toEqual({
      volumes: standard.volumes.length,
      chapters: standard.volumes.flatMap((v) => v.chapters).length,
      sections: standard.volumes.flatMap((v) => v.chapters.flatMap((c) => c.sections)).length,
      dimensionsSeeded: true,
    });
    expect(s.masterplan.volumes.list().map((v) => v.title)).toEqual([
      'Ringkasan Eksekutif',
      'Buku I Analisis Strategis',
      'Buku II Masterplan Smart City',
      'Lampiran',
    ]);
    expect(s.masterplan.sections.list().every((x) => x.body === '' && x.guidance)).toBe(true);
    expect(s.masterplan.dimensions.list()).toHaveLength(6);
    expect(s.masterplan.elements.list()).toHaveLength(18);
  });

  it("keeps the office's edits as its own template and starts from it again", async () => {
    const s = await db();
    s.templates.apply({});
    const chapter = s.masterplan.chapters.list()[2]!;
    s.masterplan.chapters.save({ ...chapter, title: 'Pendahuluan (versi Diskominfo)' });
    s.masterplan.sections.save({
      id: null,
      chapterId: chapter.id,
      title: 'Kondisi Jaringan Internet Nagori',
      guidance: 'Uraikan cakupan jaringan di setiap nagori.',
      sortOrder: 99,
    });
    const template = s.templates.saveCurrent({ name: 'Kerangka Simalungun' });
    expect(template.createdAt).toBe(FIXED_NOW);
    expect(s.templates.list().map((t) => t.name)).toEqual(['Kerangka Simalungun']);
    expect(() => s.templates.saveCurrent({ name: 'Kerangka Simalungun' })).toThrow(/nama templat sudah ada/);

    s.templates.apply({});
    expect(s.masterplan.chapters.list().some((c) => c.title === 'Pendahuluan (versi Diskominfo)')).toBe(false);
    const again = s.templates.apply({ templateId: template.id });
    expect(again.dimensionsSeeded).toBe(false);
    expect(s.masterplan.chapters.list().some((c) => c.title === 'Pendahuluan (versi Diskominfo)')).toBe(true);
    expect(s.masterplan.sections.list().find((x) => x.title === 'Kondisi Jaringan Internet Nagori')?.guidance).toBe(
      'Uraikan cakupan jaringan di setiap nagori.',
    );
  });

  it('refuses to replace written text unless asked, and leaves everything as it was', async () => {
    const s = await db();
    s.templates.apply({});
    const section = s.masterplan.sections.list()[0]!;
    s.masterplan.sections.save({ ...section, body: 'Teks yang sudah ditulis.' });
    const before = s.masterplan.sections.list();
    expect(() => s.templates.apply({})).toThrow(/sudah berisi teks pada 1 subbab/);
    expect(s.masterplan.sections.list()).toEqual(before);
    s.templates.apply({ replace: true });
    expect(s.masterplan.sections.list().every((x) => x.body === '')).toBe(true);
  });

  it('names unknown templates and empty names', async () => {
    const s = await db();
    expect(() => s.templates.apply({ templateId: 42 })).toThrow(/Templat dengan id 42 tidak ditemukan/);
    expect(() => s.templates.saveCurrent({ name: 'Kosong' })).toThrow(/belum punya buku dan bab/);
    expect(() => s.templates.saveCurrent({ name: ' ' })).toThrow(/name: wajib diisi/);
  });
});
