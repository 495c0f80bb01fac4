// CSV as Excel on a clerk's Windows saves it: plain "CSV" in the Windows code page (windows-1252, é is the one byte
// 0xE9), "CSV UTF-8" with its byte-order mark, and "Unicode text" (UTF-16LE with its mark, tab-separated).
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../electron/services/people-import-service';
import { tempDatabasePerTest } from '../../helpers/temp-db';

const openDb = tempDatabasePerTest();

const TEXT = 'Nama;Jabatan;Unit\r\nAndré Sémbiring;Kepala Dinas Komunikasi dan Informatika;Diskominfo\r\n';

/** The bytes Excel writes for "CSV (dipisahkan koma)" on a Windows with code page 1252. */
function cp1252(text: string): Buffer {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code > 0xff) throw new Error(`not in the test's cp1252 subset: ${ch}`);
    return code;
  });
  return Buffer.from(bytes);
}

describe('decodeCsv', () => {
  it('reads windows-1252 bytes (é as 0xE9, invalid as UTF-8) as windows-1252', () => {
    const bytes = cp1252(TEXT);
    expect(bytes.includes(0xe9)).toBe(true);
    expect(bytes.toString('utf8')).toContain('\uFFFD');
    expect(decodeCsv(bytes)).toBe(TEXT);
    // The code page's own letters above 0x7F that Latin-1 lacks: € (0x80), ‘’ (0x91, 0x92).
    expect(decodeCsv(Buffer.from([0x80, 0x20, 0x91, 0x61, 0x92]))).toBe('€ ‘a’');
  });

  it('reads UTF-8 with or without its byte-order mark, and UTF-16LE with its mark', () => {
    expect(decodeCsv(Buffer.from(TEXT, 'utf8'))).toBe(TEXT);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]))).toBe(TEXT);
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))).toBe(TEXT);
  });
});

describe('people import from a windows-1252 CSV', () => {
  it('previews and imports the name with é intact', async () => {
    const t = await openDb();
    t.services.units.save({ kind: 'dinas', name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo' });
    const file = { fileName: 'pejabat.csv', base64: cp1252(TEXT).toString('base64') };
    const preview = await t.services.peopleImport.preview(file);
    expect(preview).toMatchObject({ valid: 1, invalid: 0 });
    expect(preview.rows[0]).toMatchObject({ name: 'André Sémbiring', unit: 'Dinas Komunikasi dan Informatika' });
    await t.services.peopleImport.commit(file);
    expect(t.services.people.list().map((p) => p.name)).toEqual(['André Sémbiring']);
  });
});
