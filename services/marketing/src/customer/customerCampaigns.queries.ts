import { childConnection, type PageArgs, type RequestContext } from '@crm/platform';
import { CampaignMemberEntity } from '../member/campaignMember.entity';

/** A Customer of the customer subgraph as this subgraph knows it: its id. */
export interface CustomerReference {
  id: string;
}

/** Customer.campaigns (its memberships), newest first; the first pages of a list of customers load together. */
export function campaignsOfCustomer(context: RequestContext, customerId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: CampaignMemberEntity,
      parentProperty: 'customerId',
      parentId: customerId,
      sort: [{ property: 'createdAt', direction: 'DESC' }],
    },
    args,
  );
}
