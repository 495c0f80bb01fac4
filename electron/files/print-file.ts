// Files handed to the system's PDF viewer to print. Each print gets a fresh name: Acrobat keeps an open PDF
// locked, so "print, fix a typo, print again" must never need to overwrite the file it still shows. The folder is
// cleared when the app starts (a file still open in a viewer is left for the next start).
import { readdirSync, rmSync } from 'node:fs';
import { extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** `<name> (cetak 20261130-143012-a1b2c3).pdf` in `dir`: sortable, unique, and still the document's name. */
export function freshPrintPath(
  dir: string,
  fileName: string,
  now: Date = new Date(),
  random: () => string = () => randomBytes(3).toString('hex'),
): string {
  const ext = extname(fileName) || '.pdf';
  const stem = fileName.slice(0, fileName.length - extname(fileName).length) || 'dokumen';
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return join(dir, `${stem} (cetak ${stamp}-${random()})${ext}`);
}

/** Removes earlier print files; one that cannot be removed now (still open in a viewer) is skipped. */
export function clearPrintFolder(dir: string): { removed: number; kept: number } {
  let removed = 0;
  let kept = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { removed, kept };
  }
  for (const name of names) {
    try {
      rmSync(join(dir, name), { force: true, recursive: true });
      removed++;
    } catch {
      kept++;
    }
  }
  return { removed, kept };
}

const PAPERS: { name: string; width: number; height: number }[] = [
  { name: 'A4', width: 210, height: 297 },
  { name: 'F4', width: 215, height: 330 },
  { name: 'F4', width: 210, height: 330 },
];

/** The paper of a PDF's first page as the print dialog should be set: "F4 215 × 330 mm". */
export function paperOfPdf(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const box = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(text);
  if (!box) return null;
  return paperOfSize(Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2]));
}

/** The paper of a page `width` × `height` points: "F4 215 × 330 mm", or just the size when it has no name. */
export function paperOfSize(widthPt: number, heightPt: number): string {
  const mm = (pt: number) => Math.round((pt * 25.4) / 72);
  const width = mm(widthPt);
  const height = mm(heightPt);
  const known = PAPERS.find((p) => p.width === width && p.height === height);
  return `${known ? `${known.name} ` : ''}${width} × ${height} mm`;
}
