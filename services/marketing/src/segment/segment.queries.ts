import { defineList, loaderById, parseInput, type Filter, type RequestContext } from '@crm/platform';
import type { SegmentOrderField } from '../generated/graphql';
import { SegmentEntity } from './segment.entity';
import { countSegmentMembers, customersMatching } from './segmentMembers';
import { segmentRules } from './segment.rules';

export const listSegments = defineList<SegmentEntity, SegmentOrderField>({
  entity: SegmentEntity,
  alias: 's',
  filter: {},
  orderBy: { NAME: 'name', CREATED_AT: 'createdAt' },
  defaultOrder: { property: 'createdAt', direction: 'DESC' },
  search: () => ({ where: 's.name ILIKE :search' }),
});

/** How many known customers the rules pick, without a segment. */
export async function segmentPreview(context: RequestContext, rawRules: unknown) {
  const rules = parseInput(segmentRules, rawRules, 'rules');
  return { memberCount: await customersMatching(context.db, rules as Filter).getCount() };
}

/** Segment.memberCount of every segment of a request in one statement. */
export function memberCountLoader(context: RequestContext) {
  return context.loaders.get<SegmentEntity, number>('segmentMemberCount', (segments) =>
    countSegmentMembers(context.db, segments),
  );
}

export const segmentLoader = (context: RequestContext) => loaderById(context, SegmentEntity);
