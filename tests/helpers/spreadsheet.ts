// Spreadsheets for import tests: a real .xlsx written with write-excel-file, or CSV text.
import writeXlsxFile from 'write-excel-file/node';

export async function xlsxBase64(rows: (string | number | null)[][]): Promise<string> {
  const buffer = await writeXlsxFile(rows.map((row) => row.map((value) => (value === null ? null : { value })))).toBuffer();
  return Buffer.from(buffer).toString('base64');
}

export function csvBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
