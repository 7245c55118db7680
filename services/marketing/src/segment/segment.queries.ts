import {
  byKeys,
  containsPattern,
  paginate,
  parseInput,
  sortOrder,
  type Connection,
  type Filter,
  type PageArgs,
  type RequestContext,
} from '@crm/platform';
import type { SegmentOrderBy } from '../generated/graphql';
import { SegmentEntity } from './segment.entity';
import { countSegmentMembers, customersMatching } from './segmentMembers';
import { segmentRules } from './segment.rules';

const orderProperty = { NAME: 'name', CREATED_AT: 'createdAt' } as const;

export function listSegments(
  context: RequestContext,
  args: PageArgs & { search?: string | null; orderBy?: SegmentOrderBy | null },
): Promise<Connection<SegmentEntity>> {
  const query = context.db.select(SegmentEntity, 's');
  const search = args.search?.trim();
  if (search) query.andWhere('s.name ILIKE :search', { search: containsPattern(search) });
  return paginate(
    query,
    sortOrder(args.orderBy, orderProperty, { property: 'createdAt', direction: 'DESC' }),
    args,
  );
}

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

export function segmentLoader(context: RequestContext) {
  return context.loaders.get<string, SegmentEntity | null>('segmentById', async (ids) =>
    byKeys(ids, await context.db.findByIds(SegmentEntity, ids), (segment) => segment.id),
  );
}
