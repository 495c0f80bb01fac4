// The masterplan books as files: every book in PDF and DOCX with its tables read back by pdftotext and from
// LibreOffice's PDF of the DOCX (captions, Daftar Tabel entries, cells), the DOCX's SEQ fields, its TOC \c "Tabel"
// list and cell shading, and the PDF's shading in its content streams. The PDFs are kept in test-artifacts to look at.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/document/model';
import { captionText } from '../../../shared/document/model';
import {
  buildMasterplanBook,
  buildMasterplanFull,
  MASTERPLAN_BOOK_KINDS,
  type MasterplanBookKind,
} from '../../../shared/documents/masterplan-books/books';
import { scoreShading } from '../../../shared/documents/masterplan-books/analysis-tables';
import { demoContexts } from '../../helpers/document-contexts';
import { docxToPdf, renderDocx, renderPdf } from '../../helpers/document-render';
import { booksFixture } from '../../helpers/masterplan-books-fixture';
import { pdftotext } from '../../helpers/pdf-reader';
import { readersAvailable } from '../../helpers/readers';
import { openDocx } from './docx/docx-parts';
import { flatBlocks } from '../../shared/documents/model-queries';

type Kind = MasterplanBookKind | 'masterplan';
const KINDS: Kind[] = [...MASTERPLAN_BOOK_KINDS, 'masterplan'];
const ARTIFACTS = join('test-artifacts', 'masterplan-books');

const models = new Map<Kind, DocumentModel>();
const pdfs = new Map<Kind, Uint8Array>();
const docxs = new Map<Kind, Uint8Array>();
let dir: string;

/** Every stream of a PDF, inflated where it is compressed: the page contents among them. */
function pdfStreams(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes);
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('stream', at);
    if (start < 0) break;
    const body = raw.indexOf('\n', start) + 1;
    const end = raw.indexOf('endstream', body);
    if (end < 0) break;
    try {
      out.push(inflateSync(raw.subarray(body, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (an image, a font subset): not page content.
    }
    at = end + 9;
  }
  return out.join('\n');
}

/** pdftotext's words with their spacing and line breaks made single spaces. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(!readersAvailable('pdftotext', 'soffice'))('masterplan books in PDF and DOCX', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    const { contexts, close } = await demoContexts();
    try {
      const data = booksFixture(contexts.masterplan(undefined));
      for (const kind of KINDS) {
        const model = kind === 'masterplan' ? buildMasterplanFull(data) : buildMasterplanBook(data, kind);
        models.set(kind, model);
        pdfs.set(kind, await renderPdf(model));
        docxs.set(kind, await renderDocx(model));
      }
    } finally {
      close();
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [kind, bytes] of pdfs) writeFileSync(join(ARTIFACTS, `${kind}.pdf`), bytes);
    for (const [kind, bytes] of docxs) writeFileSync(join(ARTIFACTS, `${kind}.docx`), bytes);
    dir = mkdtempSync(join(tmpdir(), 'scd-books-'));
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.each(KINDS)('%s: the PDF lists every caption in its Daftar Tabel and prints it over its table', (kind) => {
    const model = models.get(kind)!;
    const text = flat(pdftotext(pdfs.get(kind)!));
    const captions = flatBlocks(model).filter((b) => b.type === 'caption');
    expect(captions.length).toBeGreaterThan(0);
    const list = text.slice(text.indexOf('DAFTAR TABEL'));
    for (const c of captions) {
      const printed = captionText(c);
      // Once in the list, once over the table.
      expect(text.split(printed).length - 1, printed).toBeGreaterThanOrEqual(2);
      expect(list).toContain(printed);
    }
  });

  it('Buku II reads back its programme matrix, budget and TOWS cells from both the PDF and LibreOffice', async () => {
    const lo = docxToPdf(dir, new Map([['buku2', docxs.get('masterplan-buku2')!]]));
    const fromDocx = flat(pdftotext(new Uint8Array(readFileSync(lo.get('buku2')!))));
    const fromPdf = flat(pdftotext(pdfs.get('masterplan-buku2')!));
    // Every caption with its number, as LibreOffice works the SEQ fields out again on opening.
    for (const c of flatBlocks(models.get('masterplan-buku2')!)) {
      // Once in the Daftar Tabel (its cached entries), once over the table (the recomputed field).
      if (c.type === 'caption') expect(fromDocx.split(captionText(c)).length - 1, captionText(c)).toBeGreaterThanOrEqual(2);
    }
    for (const text of [fromPdf, fromDocx]) {
      expect(text).toContain('Indikator (Baseline)');
      expect(text).toContain('Target per Tahun');
      expect(text).toMatch(/Tabel \d+\.1 Matriks Program Dimensi/);
      expect(text).toContain('Rencana Anggaran per Dimensi, Tahun dan Sumber Dana');
      expect(text).toContain('Strategi S-O');
      expect(text).toContain('DAFTAR TABEL');
    }
  });

  it('writes captions as SEQ fields, the Daftar Tabel as a TOC \\c field, and shading in the DOCX', async () => {
    const parts = await openDocx(docxs.get('masterplan-buku1')!);
    const seqs = [...parts.document.matchAll(/<w:instrText[^>]*> SEQ Tabel \\\* ARABIC( \\r 1)? \\s 1 <\/w:instrText>/g)];
    const captions = flatBlocks(models.get('masterplan-buku1')!).filter((b) => b.type === 'caption');
    expect(seqs).toHaveLength(captions.length);
    // The first table of each chapter restarts the count, for readers that ignore \\s (LibreOffice).
    expect(seqs.filter((m) => m[1]).length).toBe(
      captions.filter((c) => c.type === 'caption' && /(^|\.)1$/.test(c.number)).length,
    );
    expect(parts.document).toMatch(/<w:instrText[^>]*> TOC \\h \\z \\c &quot;Tabel&quot; <\/w:instrText>/);
    expect(parts.document).toMatch(new RegExp(`<w:shd [^>]*w:fill="${scoreShading(5)}"`));
    expect(parts.styles).toContain('w:styleId="Caption"');
  });

  it('fills the PDF cells with the heat map colours', () => {
    const streams = pdfStreams(pdfs.get('masterplan-buku1')!);
    // The colour operands as the PDF writer rounds them (two decimals): red and green scores are both there.
    const rgb = (hex: string) => [0, 2, 4].map((i) => String(Math.round((parseInt(hex.slice(i, i + 2), 16) / 255) * 100) / 100));
    for (const score of [1, 5]) expect(streams, `score ${score}`).toContain(`q ${rgb(scoreShading(score)).join(' ')} rg`);
  });
});
