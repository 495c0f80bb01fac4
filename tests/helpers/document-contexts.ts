// Builder inputs for tests: the real demo programme loaded from a real database file, and small hand-made
// officials for edge cases (regional heads, Plt., NI PPPK, long names).
import { demoBundle } from '../../electron/demo/simalungun-2021';
import { contextLoader } from '../../electron/documents/context-loader';
import type { Official, Signatory } from '../../shared/documents/context';
import { FIXED_NOW, openTempDatabase } from './temp-db';

export type Contexts = ReturnType<typeof contextLoader>;

/** Loads the demo programme into a fresh database file and returns its context loader (the file is removed). */
export async function demoContexts(): Promise<{ contexts: Contexts; close: () => void }> {
  const db = await openTempDatabase();
  db.services.bundle.import(demoBundle());
  return { contexts: contextLoader(db.services.repos, () => FIXED_NOW), close: db.close };
}

let nextId = 1000;

export function official(overrides: Partial<Official> = {}): Official {
  const id = nextId++;
  return {
    personId: id,
    positionId: id,
    name: 'Nama Pejabat',
    frontTitle: 'Drs.',
    backTitle: 'M.Si.',
    nip: '197001011995031001',
    niPppk: null,
    pangkat: 'IV/b',
    title: 'Kepala Dinas Komunikasi dan Informatika Kabupaten Simalungun',
    role: 'kepala_opd',
    status: 'definitif',
    unitName: 'Dinas Komunikasi dan Informatika',
    unitKind: 'dinas',
    ...overrides,
  };
}

export function signatory(overrides: Partial<Signatory> = {}): Signatory {
  return { ...official(overrides), kind: 'penandatangan', onBehalfOf: null, byOrderOf: null, ...overrides };
}
