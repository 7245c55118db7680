import { childConnection, loaderById, type PageArgs, type RequestContext } from '@crm/platform';
import type { EmailMessageCounts } from '../generated/graphql';
import { EmailMessageEntity } from './emailMessage.entity';
import { EmailSendEntity } from './emailSend.entity';

export const emailSendLoader = (context: RequestContext) => loaderById(context, EmailSendEntity);

/** Campaign.emailSends, newest first. */
export function sendsOfCampaign(context: RequestContext, campaignId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: EmailSendEntity,
      parentProperty: 'campaignId',
      parentId: campaignId,
      sort: [{ property: 'createdAt', direction: 'DESC' }],
    },
    args,
  );
}

/** EmailSend.messages, oldest first; the first pages of all sends of a request load together. */
export function messagesOfSend(context: RequestContext, sendId: string, args: PageArgs) {
  return childConnection(
    context,
    {
      entity: EmailMessageEntity,
      parentProperty: 'sendId',
      parentId: sendId,
      sort: [{ property: 'createdAt', direction: 'ASC' }],
    },
    args,
  );
}

/** EmailSend.counts of every send of a request in one query. */
export function messageCountsLoader(context: RequestContext) {
  return context.loaders.get<string, EmailMessageCounts>('emailMessageCounts', async (sendIds) => {
    const rows: (Omit<EmailMessageCounts, '__typename'> & { send_id: string })[] = await context.db
      .select(EmailMessageEntity, 'm')
      .select('m.send_id', 'send_id')
      .addSelect(`count(*) FILTER (WHERE m.status = 'QUEUED')::int`, 'queued')
      .addSelect(`count(*) FILTER (WHERE m.status = 'SENDING')::int`, 'sending')
      .addSelect(`count(*) FILTER (WHERE m.status = 'SENT')::int`, 'sent')
      .addSelect(`count(*) FILTER (WHERE m.status = 'BOUNCED')::int`, 'bounced')
      .addSelect(`count(*) FILTER (WHERE m.status = 'SKIPPED')::int`, 'skipped')
      .addSelect(`count(*) FILTER (WHERE m.open_count > 0)::int`, 'opened')
      .addSelect(`count(*) FILTER (WHERE m.click_count > 0)::int`, 'clicked')
      .addSelect(`count(*) FILTER (WHERE m.unsubscribed_at IS NOT NULL)::int`, 'unsubscribed')
      .andWhere('m.send_id = ANY(:sendIds)', { sendIds })
      .groupBy('m.send_id')
      .getRawMany();
    const bySend = new Map(rows.map(({ send_id, ...counts }) => [send_id, counts]));
    const none = {
      queued: 0,
      sending: 0,
      sent: 0,
      bounced: 0,
      skipped: 0,
      opened: 0,
      clicked: 0,
      unsubscribed: 0,
    };
    return sendIds.map((id) => bySend.get(id) ?? none);
  });
}
