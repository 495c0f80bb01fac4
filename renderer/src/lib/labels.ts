// Indonesian labels for the domain's codes, shared by the screens. The domain names most of them itself; the
// screens read them from here so that one list serves every dropdown and list.
import type { PositionStatus } from '../../../shared/domain/organisation';

export { POSITION_ROLE_LABELS as ROLE_LABEL, UNIT_KIND_LABELS as UNIT_KIND_LABEL } from '../../../shared/domain/organisation';

export const STATUS_LABEL: Record<PositionStatus, string> = { definitif: 'Definitif', plt: 'Plt.', plh: 'Plh.', pj: 'Pj.' };
