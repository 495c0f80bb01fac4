// Demo data: builds units, people and positions with stable ids, and lets the other demo files refer to them by key.
import type { BundleInput } from '../../shared/domain/bundle';
import type { PositionRole, PositionStatus } from '../../shared/domain/organisation';
import {
  CAMAT,
  GUESTS,
  HEADS,
  KABAG_ORGANISASI,
  KABID,
  LEADERS,
  LEADER_TITLES,
  PLH_CAMAT,
  SECONDS,
  UPTD_HEAD,
  type PersonRow,
} from './people';
import { demoUnits, KECAMATAN_NAMES, kecamatanUnitId, OPD_ROWS, opdUnitId, subUnitId } from './units';

type PersonInput = NonNullable<BundleInput['people']>[number];
type PositionInput = NonNullable<BundleInput['positions']>[number];
type UnitInput = NonNullable<BundleInput['units']>[number];

export interface DemoOrganisation {
  units: UnitInput[];
  people: PersonInput[];
  positions: PositionInput[];
  /** Position id by key: "bupati", "sekda", "staf-ahli", "head:kominfo", "second:bappeda", "kabid:kominfo-aptika", "camat:Raya", "kemenkominfo". */
  position(key: string): number;
  /** Person id by key: the position keys above, plus "guest:akademisi" and the like. */
  person(key: string): number;
  /** Keys of every position of a given kind, in order: "head:", "second:", "kabid:", "camat:". */
  keys(prefix: string): string[];
}

/**
 * Builds the organisation in a fixed order (Bupati, Wabup, Sekretariat Daerah, heads of OPD, second officials,
 * kepala bidang, camat, guests, the ministry's representative), so ids are the same on every call.
 */
export function buildOrganisation(): DemoOrganisation {
  const people: PersonInput[] = [];
  const positions: PositionInput[] = [];
  const personIds = new Map<PersonRow, number>();
  const personByKey = new Map<string, number>();
  const positionByKey = new Map<string, number>();
  const order: string[] = [];

  const addPerson = (key: string, row: PersonRow): number => {
    let personId = personIds.get(row);
    if (personId === undefined) {
      personId = people.length + 1;
      personIds.set(row, personId);
      people.push({
        id: personId,
        name: row.name,
        frontTitle: row.frontTitle,
        backTitle: row.backTitle,
        nip: row.nip,
        pangkat: row.pangkat,
        asn: row.asn ?? true,
        institution: row.institution ?? null,
        isDemo: row.isDemo,
      });
    }
    personByKey.set(key, personId);
    return personId;
  };

  const addPosition = (
    key: string,
    row: PersonRow,
    title: string,
    unitId: number | null,
    role: PositionRole,
    status: PositionStatus = 'definitif',
  ) => {
    const personId = addPerson(key, row);
    const id = positions.length + 1;
    positions.push({ id, personId, title, unitId, role, status });
    positionByKey.set(key, id);
    order.push(key);
  };

  const setda = opdUnitId('setda');
  addPosition('bupati', LEADERS.bupati, LEADER_TITLES.bupati, null, 'bupati');
  addPosition('wabup', LEADERS.wabup, LEADER_TITLES.wabup, null, 'wakil_bupati');
  addPosition('sekda', LEADERS.sekda, LEADER_TITLES.sekda, setda, 'sekda');
  addPosition('asisten1', LEADERS.asisten1, LEADER_TITLES.asisten1, setda, 'asisten');
  addPosition('asisten2', LEADERS.asisten2, LEADER_TITLES.asisten2, setda, 'asisten');
  addPosition('asisten3', LEADERS.asisten3, LEADER_TITLES.asisten3, setda, 'asisten');
  addPosition('staf-ahli', LEADERS.wasin, LEADER_TITLES.wasin, setda, 'staf_ahli');

  for (const unit of OPD_ROWS) {
    const head = HEADS[unit.key];
    if (!unit.headTitle || !head) continue;
    addPosition(
      `head:${unit.key}`,
      head.person,
      unit.headTitle,
      opdUnitId(unit.key),
      'kepala_opd',
      head.plt ? 'plt' : 'definitif',
    );
  }
  for (const unit of OPD_ROWS) {
    const second = SECONDS[unit.key];
    if (!unit.secondTitle || !second) continue;
    const role: PositionRole = unit.key === 'setwan' ? 'kepala_bidang' : 'sekretaris_opd';
    addPosition(`second:${unit.key}`, second, unit.secondTitle, opdUnitId(unit.key), role);
  }
  for (const kabid of KABID) {
    addPosition(`kabid:${kabid.key}`, kabid.person, kabid.title, opdUnitId(kabid.unitKey), 'kepala_bidang');
  }
  for (const name of KECAMATAN_NAMES) {
    const camat = CAMAT[name];
    if (!camat) throw new Error(`demo: camat ${name} belum diisi`);
    // Invented: the camat of Dolok Silau was on leave, so the sekretaris camat signs as Plh.
    addPosition(`camat:${name}`, camat, `Camat ${name}`, kecamatanUnitId(name), 'camat', PLH_CAMAT.includes(name) ? 'plh' : 'definitif');
  }
  addPosition('kepala-uptd', UPTD_HEAD, 'Kepala UPTD Pusat Layanan Data dan Jaringan', subUnitId('uptd-pld'), 'kepala_uptd');
  addPosition('kabag-organisasi', KABAG_ORGANISASI, 'Kepala Bagian Organisasi Sekretariat Daerah', subUnitId('bagian-organisasi'), 'kepala_bagian');
  for (const g of GUESTS) addPerson(`guest:${g.key}`, g.person);
  addPosition('kemenkominfo', LEADERS.fazrul, LEADER_TITLES.fazrul, null, 'lainnya');

  const lookup = (map: Map<string, number>, what: string) => (key: string) => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`demo: ${what} ${key} tidak ada`);
    return found;
  };
  return {
    units: demoUnits(),
    people,
    positions,
    position: lookup(positionByKey, 'jabatan'),
    person: lookup(personByKey, 'orang'),
    keys: (prefix) => order.filter((k) => k.startsWith(prefix)),
  };
}
