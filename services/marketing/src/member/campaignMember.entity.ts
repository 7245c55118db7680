import { Check, Column, Entity, Index } from 'typeorm';
import type { CampaignMemberStatus } from '@crm/events';
import { TenantRecord } from '@crm/platform';

@Entity('campaign_member')
// A customer, or a contact, is a member of a campaign at most once.
@Index('campaign_member_customer_once', ['tenantId', 'campaignId', 'customerId'], {
  unique: true,
  where: '"customer_id" IS NOT NULL',
})
@Index('campaign_member_contact_once', ['tenantId', 'campaignId', 'contactId'], {
  unique: true,
  where: '"contact_id" IS NOT NULL',
})
@Index('campaign_member_lead_once', ['tenantId', 'campaignId', 'leadId'], {
  unique: true,
  where: '"lead_id" IS NOT NULL',
})
@Index(['tenantId', 'campaignId', 'createdAt', 'id'])
@Index(['tenantId', 'customerId', 'createdAt', 'id'])
@Check('campaign_member_customer_contact_or_lead', 'num_nonnulls("customer_id", "contact_id", "lead_id") = 1')
export class CampaignMemberEntity extends TenantRecord {
  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId!: string;

  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId!: string | null;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId!: string | null;

  /** Set for a lead of sales attributed to the campaign (added from `crm.sales.lead` events). */
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  /** The segment the member came from; kept as a plain id (the segment may be deleted later). */
  @Column({ name: 'segment_id', type: 'uuid', nullable: true })
  segmentId!: string | null;

  @Column({ type: 'text' })
  status!: CampaignMemberStatus;

  @Column({ name: 'first_responded_at', type: 'timestamptz', precision: 3, nullable: true })
  firstRespondedAt!: Date | null;
}
