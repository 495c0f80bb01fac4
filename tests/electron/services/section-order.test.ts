// Reordering a chapter's sections: only the order changes, every section of the chapter must be named once, and a
// refused order leaves the chapter as it was.
import { describe, expect, it } from 'vitest';
import { demoBundle } from '../../../electron/demo/simalungun-2021';
import { tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();

async function demo() {
  const t = await openDb();
  t.services.bundle.import(demoBundle(), { replace: true });
  return t.services;
}

describe('section order', () => {
  it('renumbers the chapter in the order given and leaves titles and text alone', async () => {
    const services = await demo();
    const chapterId = services.masterplan.sections.list().find((s) => s.title === 'Kesiapan Struktur')!.chapterId;
    const before = services.masterplan.sections.list().filter((s) => s.chapterId === chapterId);
    expect(before.length).toBeGreaterThan(2);
    const reversed = [...before].sort((a, b) => b.sortOrder - a.sortOrder).map((s) => s.id);
    const after = services.masterplan.sectionOrder.reorder({ chapterId, sectionIds: reversed });
    expect([...after].sort((a, b) => a.sortOrder - b.sortOrder).map((s) => s.id)).toEqual(reversed);
    for (const s of after) {
      const was = before.find((b) => b.id === s.id)!;
      expect([s.title, s.body, s.guidance]).toEqual([was.title, was.body, was.guidance]);
    }
  });

  it('refuses an order that leaves out, repeats or borrows a section, and changes nothing', async () => {
    const services = await demo();
    const sections = services.masterplan.sections.list();
    const chapterId = sections.find((s) => s.title === 'Kesiapan Struktur')!.chapterId;
    const ids = sections.filter((s) => s.chapterId === chapterId).map((s) => s.id);
    const other = sections.find((s) => s.chapterId !== chapterId)!.id;
    const snapshot = JSON.stringify(services.masterplan.sections.list());
    for (const sectionIds of [ids.slice(1), [...ids, ids[0]!], [...ids.slice(1), other]]) {
      expect(() => services.masterplan.sectionOrder.reorder({ chapterId, sectionIds })).toThrow(/tepat satu kali/);
    }
    expect(JSON.stringify(services.masterplan.sections.list())).toBe(snapshot);
  });
});
