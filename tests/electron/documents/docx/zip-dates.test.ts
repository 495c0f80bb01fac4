// MS-DOS timestamps for the zip entries, and the in-place stamping of a real DOCX zip.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/documents/docx/render-docx';
import { dosDateTime, stampZipDates } from '../../../../electron/documents/docx/zip-dates';
import { komitmenModel } from '../../../helpers/sample-models';
import { openDocx } from './docx-parts';

describe('dosDateTime', () => {
  it('packs the UTC date and time into DOS fields with 2-second resolution', () => {
    const { date, time } = dosDateTime(new Date('2021-11-19T08:30:45Z'));
    expect(date).toBe(((2021 - 1980) << 9) | (11 << 5) | 19);
    expect(time).toBe((8 << 11) | (30 << 5) | 22);
  });

  it('clamps dates DOS cannot hold to 1 January of the nearest year it can', () => {
    expect(dosDateTime(new Date('1970-06-01T00:00:00Z'))).toEqual({ date: (0 << 9) | (1 << 5) | 1, time: 0 });
  });
});

describe('stampZipDates', () => {
  it('sets every entry of a DOCX to the given time, and the zip still opens', async () => {
    const bytes = await renderDocx({
      ...komitmenModel({ signatories: 1 }),
      meta: { ...komitmenModel().meta, createdAt: 'not a date' },
    });
    stampZipDates(bytes, new Date('2030-01-02T03:04:06Z'));
    const { zip, document } = await openDocx(bytes);
    expect(document).toContain('KOMITMEN BERSAMA');
    // JSZip reads DOS times as local time; the fields themselves are what was written.
    for (const file of Object.values(zip.files)) {
      const d = file.date;
      expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()]).toEqual([
        2030, 1, 2, 3, 4, 6,
      ]);
    }
  });

  it('leaves bytes that are not a zip alone', () => {
    const junk = new Uint8Array([1, 2, 3, 4, 5]);
    expect([...stampZipDates(junk, new Date())]).toEqual([1, 2, 3, 4, 5]);
  });
});
