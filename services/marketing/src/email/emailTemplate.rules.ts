import {
  imageOf,
  type EventDataInput,
  emailTemplateSnapshot as emailTemplateSnapshotSchema,
} from '@crm/events';
import { z } from 'zod';
import type { EmailTemplateEntity } from './emailTemplate.entity';

export type EmailTemplateSnapshot = EventDataInput<'crm.marketing.email_template.created.v1'>['template'];

const name = z.string().trim().min(1, 'Required').max(200, 'At most 200 characters');
const subject = z.string().trim().min(1, 'Required').max(500, 'At most 500 characters');
const body = z.string().min(1, 'Required').max(500_000, 'At most 500,000 characters');

export const createEmailTemplateInput = z.object({
  name,
  subject,
  htmlBody: body,
  textBody: body.nullish(),
});

export const updateEmailTemplateInput = z.object({
  name: name.optional(),
  subject: subject.optional(),
  htmlBody: body.optional(),
  textBody: body.nullish(),
});

export function emailTemplateSnapshot(template: EmailTemplateEntity): EmailTemplateSnapshot {
  return imageOf(emailTemplateSnapshotSchema, template);
}
