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
/**
 * A body's bound: Gmail clips a message's HTML beyond 102 KB, so a longer template helps nobody, and it
 * bounds the work of rendering and of scanning each recipient's HTML for links (docs/decisions.md).
 */
const maxTemplateBodyLength = 100_000;
const body = z
  .string()
  .min(1, 'Required')
  .max(maxTemplateBodyLength, `At most ${maxTemplateBodyLength.toLocaleString('en')} characters`);

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
