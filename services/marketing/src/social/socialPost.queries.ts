import { byKeys, childConnection, paginate, type PageArgs, type RequestContext } from '@crm/platform';
import type { SocialPostStatus } from '../generated/graphql';
import { SocialPostEntity } from './socialPost.entity';

export function socialPostLoader(context: RequestContext) {
  return context.loaders.get<string, SocialPostEntity | null>('socialPostById', async (ids) =>
    byKeys(ids, await context.db.findByIds(SocialPostEntity, ids), (post) => post.id),
  );
}

export function listSocialPosts(
  context: RequestContext,
  args: PageArgs & { campaignId?: string | null; status?: SocialPostStatus | null },
) {
  const query = context.db.select(SocialPostEntity, 'p');
  if (args.campaignId) query.andWhere('p.campaignId = :campaignId', { campaignId: args.campaignId });
  if (args.status) query.andWhere('p.status = :status', { status: args.status });
  return paginate(query, [{ property: 'createdAt', direction: 'DESC' }], args);
}

/** Campaign.socialPosts, newest first. */
export function socialPostsOfCampaign(context: RequestContext, campaignId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: SocialPostEntity,
      parentProperty: 'campaignId',
      parentId: campaignId,
      sort: [{ property: 'createdAt', direction: 'DESC' }],
      query: () =>
        context.db.select(SocialPostEntity, 'p').andWhere('p.campaignId = :campaignId', { campaignId }),
    },
    args,
  );
}
