import { randomUUID } from 'node:crypto';
import { defineAggregate, within } from '@crm/events';
import {
  badUserInput,
  conflict,
  notFound,
  parseInput,
  recordAudit,
  type RequestContext,
} from '@crm/platform';
import { z } from 'zod';
import { campaigns } from '../campaign/campaign.commands';
import type { MarketingContext } from '../config';
import { emailAddress } from '../consent/consent.rules';
import type {
  MutationRecordEmailBounceArgs,
  MutationSendCampaignEmailArgs,
  MutationSendTestEmailArgs,
} from '../generated/graphql';
import { renderEmail } from './emailRendering';
import { EmailMessageEntity } from './emailMessage.entity';
import {
  emailSendSnapshot,
  mailDomain,
  reportedBounce,
  unreachableMemberStatuses,
} from './emailMessage.rules';
import { changeEmailMessage } from './emailMessageChange';
import { EmailSendEntity } from './emailSend.entity';
import { EmailTemplateEntity } from './emailTemplate.entity';
import { sendOnce, smtpResponseCode } from './mailer';

export const emailSends = defineAggregate({
  name: 'EmailSend',
  entity: EmailSendEntity,
  eventKey: 'send',
  image: emailSendSnapshot,
});

interface Recipient {
  memberId: string;
  customerId: string | null;
  contactId: string | null;
  leadId: string | null;
  memberStatus: string;
  email: string | null;
  name: string | null;
  firstName: string | null;
  lastName: string | null;
  consent: string | null;
}

/** Every member of the campaign with the address, names and consent known here (customer, contact or lead). */
const recipientsSql = `
  SELECT m.id AS "memberId", m.customer_id AS "customerId", m.contact_id AS "contactId", m.lead_id AS "leadId",
         m.status AS "memberStatus", r.email, r.name, r.first_name AS "firstName", r.last_name AS "lastName",
         c.status AS consent
  FROM campaign_member m
  LEFT JOIN customer_profile cp ON cp.tenant_id = m.tenant_id AND cp.id = m.customer_id
  LEFT JOIN contact_profile ct ON ct.tenant_id = m.tenant_id AND ct.id = m.contact_id
  LEFT JOIN lead_attribution la ON la.tenant_id = m.tenant_id AND la.id = m.lead_id
  CROSS JOIN LATERAL (SELECT
      lower(COALESCE(cp.email, ct.email, la.email)) AS email,
      COALESCE(cp.name, ct.first_name || ' ' || ct.last_name, la.first_name || ' ' || la.last_name) AS name,
      COALESCE(ct.first_name, la.first_name, cp.name) AS first_name,
      COALESCE(ct.last_name, la.last_name) AS last_name) r
  LEFT JOIN consent c ON c.tenant_id = m.tenant_id AND c.email = r.email
  WHERE m.tenant_id = $1 AND m.campaign_id = $2
  ORDER BY m.created_at, m.id`;

/** Only addresses that opted in, of members who neither unsubscribed nor bounced, get campaign mail. */
function mayReceive(recipient: Recipient): boolean {
  return (
    recipient.email !== null &&
    recipient.consent === 'OPTED_IN' &&
    !(unreachableMemberStatuses as readonly string[]).includes(recipient.memberStatus)
  );
}

/**
 * One message per address and send: members that share an address (a customer and its contact, two
 * customers with one mailbox) get it once, the first member added being the recipient.
 */
function onePerAddress(recipients: Recipient[]): Recipient[] {
  const addresses = new Set<string>();
  return recipients.filter((recipient) => {
    if (addresses.has(recipient.email!)) return false;
    addresses.add(recipient.email!);
    return true;
  });
}

/** Queues one message per address of the members who may receive it; the sender mails them in the background. */
export async function sendCampaignEmail(
  context: MarketingContext,
  { campaignId, templateId }: MutationSendCampaignEmailArgs,
): Promise<EmailSendEntity> {
  return context.db.transaction(async (tx) => {
    const { row: campaign } = await campaigns.lock(tx, context, { id: campaignId });
    if (campaign.status !== 'ACTIVE') {
      throw conflict(`Campaign ${campaignId} is ${campaign.status}: only an active campaign sends`, {
        status: campaign.status,
      });
    }
    const template = await tx.findById(EmailTemplateEntity, templateId);
    if (!template) throw badUserInput({ templateId: 'No such email template' });
    const recipients: Recipient[] = await tx.manager.query(recipientsSql, [tx.tenantId, campaignId]);
    const receiving = onePerAddress(recipients.filter(mayReceive));
    const now = new Date();
    const send = await emailSends.create(within(context, tx), 'sendCampaignEmail', {
      values: {
        campaignId,
        templateId,
        status: receiving.length > 0 ? 'RUNNING' : 'COMPLETED',
        recipientCount: receiving.length,
        skippedCount: recipients.length - receiving.length,
        startedAt: now,
        completedAt: receiving.length > 0 ? null : now,
      },
      event: 'crm.marketing.email_send.started.v1',
    });
    const domain = mailDomain(context.config.MAIL_FROM);
    const messages = receiving.map((recipient) => {
      const id = randomUUID();
      return tx.manager.create(EmailMessageEntity, {
        id,
        tenantId: tx.tenantId,
        sendId: send.id,
        campaignId,
        memberId: recipient.memberId,
        customerId: recipient.customerId,
        contactId: recipient.contactId,
        leadId: recipient.leadId,
        templateId,
        recipient: recipient.email!,
        variables: {
          name: recipient.name,
          firstName: recipient.firstName,
          lastName: recipient.lastName,
          email: recipient.email,
          campaign: { name: campaign.name },
        },
        messageId: `<${id}@${domain}>`,
        status: 'QUEUED',
      });
    });
    // The messages are the send's work, not its state: its event counts them, one insert per 500.
    await tx.manager.save(EmailMessageEntity, messages, { chunk: 500 });
    return send;
  });
}

const sampleVariables = {
  name: 'Ann Example',
  firstName: 'Ann',
  lastName: 'Example',
  campaign: { name: 'Test campaign' },
  unsubscribeUrl: '#test-send',
};

/** Mails the rendered template to one address at once, subject marked as a test; audited, no event. */
export async function sendTestEmail(
  context: MarketingContext,
  { templateId, to: rawTo, variables }: MutationSendTestEmailArgs,
) {
  const to = parseInput(emailAddress, rawTo, 'to');
  const vars = parseInput(z.record(z.string(), z.unknown()).nullish(), variables, 'variables');
  const template = await context.db.findById(EmailTemplateEntity, templateId);
  if (!template) throw notFound('EmailTemplate', templateId);
  const rendered = renderEmail(template, { ...sampleVariables, email: to, ...vars });
  const subject = `[Test] ${rendered.subject}`;
  let messageId: string;
  try {
    ({ messageId } = await sendOnce(context.config.SMTP_URL, {
      from: context.config.MAIL_FROM,
      to,
      subject,
      html: rendered.html,
      text: rendered.text,
    }));
  } catch (error) {
    if ((smtpResponseCode(error) ?? 0) >= 500) {
      throw badUserInput({ to: `The mail server refused it: ${(error as Error).message}` });
    }
    throw error;
  }
  await context.db.transaction((tx) =>
    recordAudit(tx, {
      ...context.actor,
      operation: 'sendTestEmail',
      entityType: 'EmailTemplate',
      entityId: templateId,
      before: null,
      after: { to, subject, messageId },
    }),
  );
  return { messageId, subject };
}

const bounceReason = z.string().trim().min(1, 'Required').max(1000, 'At most 1,000 characters');

/** A bounce reported after the SMTP server accepted the message (a delivery status notification). */
export async function recordEmailBounce(
  context: RequestContext,
  { messageId: id, reason: rawReason }: MutationRecordEmailBounceArgs,
) {
  const reason = parseInput(bounceReason, rawReason, 'reason');
  const now = new Date();
  const message = await changeEmailMessage(
    context,
    { id, operation: 'recordEmailBounce' },
    (row) => reportedBounce(row, reason, now),
    now,
  );
  return message!; // reportedBounce changes it, or refuses
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const emailSendMutations = { sendTestEmail, sendCampaignEmail, recordEmailBounce };
