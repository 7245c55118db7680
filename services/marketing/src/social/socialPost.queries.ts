import { childConnection, defineList, loaderById, type PageArgs, type RequestContext } from '@crm/platform';
import type { SocialPostStatus } from '../generated/graphql';
import { SocialPostEntity } from './socialPost.entity';

export const socialPostLoader = (context: RequestContext) => loaderById(context, SocialPostEntity);

/** Posts of a campaign and/or in a status, newest first (no search, filter or choice of order). */
export const listSocialPosts = defineList<
  SocialPostEntity,
  never,
  PageArgs & { campaignId?: string | null; status?: SocialPostStatus | null }
>({
  entity: SocialPostEntity,
  alias: 'p',
  filter: {},
  orderBy: {},
  defaultOrder: { property: 'createdAt', direction: 'DESC' },
  rows: (context, args) => {
    const query = context.db.select(SocialPostEntity, 'p');
    if (args.campaignId) query.andWhere('p.campaignId = :campaignId', { campaignId: args.campaignId });
    if (args.status) query.andWhere('p.status = :status', { status: args.status });
    return query;
  },
});

/** Campaign.socialPosts, newest first. */
export function socialPostsOfCampaign(context: RequestContext, campaignId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: SocialPostEntity,
      parentProperty: 'campaignId',
      parentId: campaignId,
      sort: [{ property: 'createdAt', direction: 'DESC' }],
    },
    args,
  );
}
