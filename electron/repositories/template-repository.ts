// The office's saved masterplan skeletons.
import type { MasterplanTemplate } from '../../shared/domain/masterplan';
import type { Db } from '../db/connection';
import { EntityRepository, systemClock, type Clock } from './entity-repository';
import type { TableMapping } from './table-mapping';

const templateMapping: TableMapping<MasterplanTemplate> = {
  table: 'mp_template',
  key: 'id',
  orderBy: 'name COLLATE NOCASE, id',
  fields: {
    id: ['id', 'int'],
    name: ['name', 'text'],
    skeleton: ['skeleton', 'json'],
    uid: ['uid', 'text'],
    createdAt: ['created_at', 'text'],
    updatedAt: ['updated_at', 'text'],
  },
};

export class TemplateRepository extends EntityRepository<MasterplanTemplate> {
  constructor(db: Db, clock: Clock = systemClock) {
    super(db, templateMapping, clock);
  }
}
