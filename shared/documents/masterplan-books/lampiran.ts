// The lampiran of the full masterplan: the documents the app already makes (the commitment sheet, the berita acara,
// the attendance lists of the Bimtek days) embedded page by page; where a document's data is missing, what is missing.
import type { Block } from '../../document/model';
import { buildBeritaAcara } from '../berita-acara';
import type { BeritaAcaraData, DaftarHadirData, KomitmenData, MasterplanData } from '../context';
import { buildDaftarHadir } from '../daftar-hadir';
import { buildKomitmen } from '../komitmen';
import { missing } from './table-kit';

/** Each document's data as loaded, or the reason it could not be (the loader's message, naming what is missing). */
export interface LampiranDocuments {
  komitmen?: KomitmenData | string;
  beritaAcara?: BeritaAcaraData | string;
  daftarHadir?: DaftarHadirData[] | string;
}

/** A document's blocks without its own front-matter break, so that it flows as pages of the lampiran. */
const embedded = (blocks: Block[]): Block[] => blocks.map((b) => (b.type === 'pageBreak' ? { type: 'pageBreak' } : b));

function part(title: string, index: number, content: Block[] | string): Block[] {
  return [
    { type: 'heading', level: 2, text: `Lampiran ${index}. ${title}`, toc: true, pageBreakBefore: index > 1 },
    ...(typeof content === 'string' ? [missing(content)] : embedded(content)),
  ];
}

export function lampiranBlocks(data: MasterplanData, docs: LampiranDocuments): Block[] {
  const absent = (what: string) => `${what} belum dapat dilampirkan: datanya belum dimuat.`;
  const komitmen = docs.komitmen ?? absent('Lembar komitmen bersama');
  const berita = docs.beritaAcara ?? absent('Berita acara penutupan');
  const hadir = docs.daftarHadir ?? absent('Daftar hadir Bimtek');
  const parts: [string, Block[] | string][] = [
    ['Lembar Komitmen Bersama', typeof komitmen === 'string' ? komitmen : buildKomitmen(komitmen).blocks],
    ['Berita Acara Penutupan Bimtek', typeof berita === 'string' ? berita : buildBeritaAcara(berita).blocks],
    [
      'Daftar Hadir Bimtek',
      typeof hadir === 'string'
        ? hadir
        : hadir.length === 0
          ? 'Daftar hadir belum dapat dilampirkan: belum ada hari Bimtek yang tercatat.'
          : hadir.flatMap((d, i) => [...(i > 0 ? [{ type: 'pageBreak' as const }] : []), ...buildDaftarHadir(d).blocks]),
    ],
  ];
  const listed = data.plan.attachments.map((a) => a.trim()).filter((a) => a !== '');
  const others: Block[] = listed.length
    ? [
        { type: 'paragraph', runs: [{ text: 'Lampiran lain yang disertakan:', bold: true }], keepWithNext: true },
        { type: 'list', ordered: true, items: listed.map((text) => ({ runs: [{ text }] })) },
      ]
    : [];
  return [...others, ...parts.flatMap(([title, content], i) => part(title, i + 1, content))];
}
