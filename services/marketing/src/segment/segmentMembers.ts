import { applyFilter, type Filter, type FilterSpec, type TenantDb } from '@crm/platform';
import type { SelectQueryBuilder } from 'typeorm';
import { CustomerProfileEntity } from '../customer/customerProfile.entity';
import type { SegmentEntity } from './segment.entity';

/** The customer attributes segment rules test, as columns of marketing's customer projection. */
export const segmentRuleSpec: FilterSpec = {
  kind: { kind: 'enum', column: 'p.kind' },
  industry: { kind: 'string', column: 'p.industry' },
  segment: { kind: 'string', column: 'p.segment' },
  lifecycleStage: { kind: 'enum', column: 'p.lifecycle_stage' },
  country: { kind: 'string', column: 'p.country' },
  region: { kind: 'string', column: 'p.region' },
  tags: { kind: 'stringList', column: 'p.tags' },
  createdAt: { kind: 'dateTime', column: 'p.created_at' },
};

export type SegmentDefinition = Pick<SegmentEntity, 'kind' | 'rules' | 'customerIds'>;

/** The known customers that rules pick (alias `p`): one SQL condition over the projection. */
export function customersMatching(
  db: TenantDb,
  rules: Filter,
  parameterPrefix = '',
): SelectQueryBuilder<CustomerProfileEntity> {
  return applyFilter(db.select(CustomerProfileEntity, 'p'), rules, segmentRuleSpec, { parameterPrefix });
}

/** The known customers a segment picks now: its rules, or those of its list the projection knows. */
export function customersOfSegment(
  db: TenantDb,
  segment: SegmentDefinition,
  parameterPrefix = '',
): SelectQueryBuilder<CustomerProfileEntity> {
  if (segment.kind === 'DYNAMIC') {
    return customersMatching(db, (segment.rules ?? {}) as Filter, parameterPrefix);
  }
  return db
    .select(CustomerProfileEntity, 'p')
    .andWhere(`p.id = ANY(:${parameterPrefix}listed)`, { [`${parameterPrefix}listed`]: segment.customerIds });
}

/** How many known customers each segment picks, in one statement whatever the number of segments. */
export async function countSegmentMembers(
  db: TenantDb,
  segments: readonly SegmentDefinition[],
): Promise<number[]> {
  if (segments.length === 0) return [];
  const query = db.select(CustomerProfileEntity, 'known').select([]);
  segments.forEach((segment, index) => {
    const members = customersOfSegment(db, segment, `s${index}_`).select('p.id');
    query
      .addSelect(`count(*) FILTER (WHERE known.id IN (${members.getQuery()}))::int`, `c${index}`)
      .setParameters(members.getParameters());
  });
  const counts = (await query.getRawOne<Record<string, number>>()) ?? {};
  return segments.map((_, index) => counts[`c${index}`] ?? 0);
}
