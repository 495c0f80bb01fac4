// The demo programme Kabupaten Simalungun 2021 (data demo) as a bundle: deterministic plain data, same on every call.
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleInput } from '../../shared/domain/bundle';
import { demoClosure } from './closure';
import { demoMasterplan } from './masterplan-content';
import { buildOrganisation } from './organisation';
import { demoParticipants, demoStageDays, demoStageFacilitators, demoStages } from './stages';
import { demoTeamMembers, demoTeams } from './teams';

/**
 * Sources: the MISTAR.ID report on the closure (19 November 2021) for the stage dates, the venue, the commitment and
 * the officials it names (Wasin Sinaga, Ronald Anderson Silalahi, Jhonson Silalahi, Sri Wahyuni Damanik, Agustina
 * Simanjorang, Fazrul Rozi); the Bupati and Wakil Bupati of 2021. Everyone else, every NIP, the MoU and SK numbers,
 * the masterplan text and the programmes are invented and marked as demo data (person.isDemo, programme name).
 */
export function demoBundle(): BundleInput {
  const org = buildOrganisation();
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    regency: {
      kind: 'kabupaten',
      name: 'Simalungun',
      province: 'Sumatera Utara',
      capital: 'Pematang Raya',
      officeName: 'Dinas Komunikasi dan Informatika',
      address: 'Jalan Asahan Km. 3, Pematang Raya',
      phone: '(0622) 7551234',
      fax: null,
      website: 'simalungunkab.go.id',
      email: 'diskominfo@simalungunkab.go.id',
      postalCode: '21162',
      regionCode: '12.08',
      logo: null,
    },
    units: org.units,
    people: org.people,
    positions: org.positions,
    programme: {
      year: 2021,
      name: 'Gerakan Menuju Smart City (data demo)',
      mouNumber: '181/DJAI/HK.03.01/05/2021',
      mouDate: '2021-05-20',
      mouPartner: 'Direktorat Jenderal Aplikasi Informatika, Kementerian Komunikasi dan Informatika Republik Indonesia',
    },
    teams: demoTeams(),
    teamMembers: demoTeamMembers(org),
    stages: demoStages(),
    stageFacilitators: demoStageFacilitators(org),
    stageDays: demoStageDays(),
    participants: demoParticipants(org),
    closure: demoClosure(org),
    masterplan: demoMasterplan(),
    templates: [],
    numbering: {
      template: '{kka}/{urut}/{unit}/{tahun}',
      unitCode: '107.1',
      kka: {},
      counters: [],
    },
    documentNumbers: [],
    documentRenders: [],
  };
}
