// What every document must satisfy, from the demo and from sparse hand-made data: no "undefined"/"null"/"NaN", only
// characters the fonts can print, no empty runs, NIPs that cannot break, no placeholder left unfilled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/document/model';
import { modelText } from '../../../shared/document/model-text';
import { buildBeritaAcara } from '../../../shared/documents/berita-acara';
import { buildDaftarHadir } from '../../../shared/documents/daftar-hadir';
import { buildKomitmen } from '../../../shared/documents/komitmen';
import { buildChapterTemplate, buildMasterplanChapter, buildMasterplanDraft } from '../../../shared/documents/masterplan';
import { firstUnprintable } from '../../../shared/format/charset';
import {
  bareOfficial,
  bareRegency,
  demoContexts,
  demoDocumentData,
  longSignatories,
  pjBupati,
  pppkOfficial,
  signatory,
  type Contexts,
} from '../../helpers/document-contexts';
import { richContexts } from '../../helpers/rich-regency';
import { allRuns } from './model-queries';

let contexts: Contexts;
let close: () => void;
const models = new Map<string, DocumentModel>();

beforeAll(async () => {
  ({ contexts, close } = await demoContexts());
  const d = demoDocumentData(contexts);
  const chapters = d.masterplan.volumes.flatMap((v) => v.chapters);
  models.set('berita acara', buildBeritaAcara(d.beritaAcara));
  models.set('komitmen', buildKomitmen(d.komitmen));
  models.set('komitmen grid', buildKomitmen(d.komitmenGrid));
  models.set('daftar hadir', buildDaftarHadir(d.daftarHadir));
  models.set('masterplan', buildMasterplanDraft(d.masterplan));
  for (const c of chapters) {
    models.set(`bab ${c.id}`, buildMasterplanChapter(d.masterplan, c.id));
    models.set(`templat ${c.id}`, buildChapterTemplate(d.masterplan, c.id));
  }

  // Sparse data: a profile with only its required fields, officials without gelar or identifiers.
  const regency = bareRegency(d.komitmen.regency);
  const sparse = [signatory(bareOfficial()), signatory(pppkOfficial()), ...longSignatories(12)];
  const mengetahui = [
    { ...pjBupati(), kind: 'mengetahui' as const, onBehalfOf: null, byOrderOf: null },
    signatory({ ...bareOfficial(), kind: 'mengetahui' }),
  ];
  const closure = { ...d.komitmen.closure, place: null, preamble: null, closingText: null, points: [] };
  models.set(
    'sparse berita acara',
    buildBeritaAcara({
      ...d.beritaAcara,
      regency,
      closure: { ...closure, beritaAcaraTitle: null, beritaAcaraPoints: [], closingTime: null, copies: null },
      presiding: null,
      firstParty: null,
      secondParty: null,
      signatories: sparse.slice(0, 2),
      mengetahui,
    }),
  );
  models.set('sparse komitmen', buildKomitmen({ ...d.komitmen, regency, closure, signatories: sparse, mengetahui }));
  models.set('sparse grid', buildKomitmen({ ...d.komitmenGrid, regency, closure, signatories: sparse, mengetahui: [] }));
  models.set(
    'sparse daftar hadir',
    buildDaftarHadir({
      ...d.daftarHadir,
      regency,
      day: { ...d.daftarHadir.day, startTime: null, endTime: null, venue: null },
      participants: [
        {
          name: 'Peserta',
          frontTitle: null,
          backTitle: null,
          nip: null,
          niPppk: null,
          pangkat: null,
          asn: false,
          jabatan: null,
          instansi: null,
          positions: [],
        },
      ],
      mengetahui: null,
    }),
  );
  models.set('empty daftar hadir', buildDaftarHadir({ ...d.daftarHadir, participants: [] }));
  models.set(
    'sparse masterplan',
    buildMasterplanDraft({
      ...d.masterplan,
      regency,
      programmes: [],
      swot: [],
      readiness: [],
      dimensions: [],
      plan: { ...d.masterplan.plan, title: null, periodStart: null, periodEnd: null, vision: null, missions: [], legalBases: [] },
      stages: [],
      teams: [],
      bupati: null,
      ketuaTimPelaksana: null,
    }),
  );
  // The rich programme: dual role, Plh., non-ASN facilitator, UPTD, WITA, é ’ –.
  const rich = richContexts();
  models.set('rich berita acara', buildBeritaAcara(rich.beritaAcara(undefined, null)));
  models.set('rich komitmen', buildKomitmen(rich.komitmen(undefined, null, 'grid')));
  models.set('rich daftar hadir', buildDaftarHadir(rich.daftarHadir(undefined, null, 4, 1)));
  models.set('rich daftar hadir daring', buildDaftarHadir(rich.daftarHadir(undefined, null, 2, 1)));
  models.set('rich masterplan', buildMasterplanDraft(rich.masterplan(undefined)));
});
afterAll(() => close());

describe('every document', () => {
  it('prints no undefined, null, NaN or object text', () => {
    for (const [name, model] of models) {
      const text = modelText(model).join('\n');
      expect(text, name).not.toMatch(/undefined|\bnull\b|NaN|Infinity|\[object /);
      expect(JSON.stringify(model.meta), name).not.toMatch(/undefined|null|NaN/);
    }
  });

  it('uses only characters the document fonts can draw', () => {
    for (const [name, model] of models) {
      for (const text of modelText(model)) expect(firstUnprintable(text), `${name}: ${text}`).toBeNull();
    }
  });

  it('has no empty text runs', () => {
    for (const [name, model] of models) {
      for (const run of allRuns(model)) expect(run.text, name).not.toBe('');
    }
  });

  it('keeps every NIP on one line and leaves no placeholder unfilled', () => {
    for (const [name, model] of models) {
      const text = modelText(model).join('\n');
      expect(text, name).not.toMatch(/\d{8} \d{6} \d \d{3}/);
      expect(text, name).not.toMatch(/\{(nama_daerah|tahun|ibu_kota|provinsi|nama_dinas)\}/);
    }
  });

  it('carries the render time and the office as metadata, for reproducible files', () => {
    for (const [name, model] of models) {
      expect(model.meta.createdAt, name).toBe('2026-11-22T08:00:00.000Z');
      expect(model.meta.author, name).toMatch(/^Dinas Komunikasi dan Informatika Kabupaten (Simalungun|Minahasa Utara)$/);
      expect(model.meta.title.length, name).toBeGreaterThan(0);
    }
  });
});
