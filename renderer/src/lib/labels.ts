// Indonesian labels for the domain's codes, shared by the screens.
import type { PositionRole, PositionStatus } from '../../../shared/domain/organisation';

export const ROLE_LABEL: Record<PositionRole, string> = {
  bupati: 'Bupati / Wali Kota',
  wakil_bupati: 'Wakil Bupati / Wakil Wali Kota',
  sekda: 'Sekretaris Daerah',
  asisten: 'Asisten',
  staf_ahli: 'Staf Ahli',
  kepala_opd: 'Kepala OPD',
  sekretaris_opd: 'Sekretaris OPD',
  kepala_bidang: 'Kepala Bidang',
  camat: 'Camat',
  lainnya: 'Lainnya',
};

export const STATUS_LABEL: Record<PositionStatus, string> = { definitif: 'Definitif', plt: 'Plt.', plh: 'Plh.', pj: 'Pj.' };
