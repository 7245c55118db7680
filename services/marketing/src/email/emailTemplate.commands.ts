import { recordChange } from '@crm/events';
import { badUserInput, changedFields, parseInput, type RequestContext } from '@crm/platform';
import { EmailTemplateEntity } from './emailTemplate.entity';
import { templateSyntaxErrors } from './emailRendering';
import {
  createEmailTemplateInput,
  emailTemplateSnapshot,
  updateEmailTemplateInput,
} from './emailTemplate.rules';

function refuseBadSyntax(parts: Record<string, unknown>) {
  const errors = templateSyntaxErrors(parts);
  if (Object.keys(errors).length > 0) throw badUserInput(errors);
}

export async function createEmailTemplate(context: RequestContext, rawInput: unknown) {
  const input = parseInput(createEmailTemplateInput, rawInput);
  refuseBadSyntax(input);
  return context.db.transaction(async (tx) => {
    const template = tx.manager.create(EmailTemplateEntity, {
      tenantId: tx.tenantId,
      name: input.name,
      subject: input.subject,
      htmlBody: input.htmlBody,
      textBody: input.textBody ?? null,
    });
    await tx.save(EmailTemplateEntity, template);
    const after = emailTemplateSnapshot(template);
    await recordChange(tx, context.actor, {
      operation: 'createEmailTemplate',
      entityType: 'EmailTemplate',
      entityId: template.id,
      before: null,
      after,
      event: {
        type: 'crm.marketing.email_template.created.v1',
        data: { template: after, changedFields: changedFields(null, after) },
      },
    });
    return template;
  });
}

export async function updateEmailTemplate(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
) {
  const input = parseInput(updateEmailTemplateInput, rawInput);
  refuseBadSyntax(input);
  return context.db.transaction(async (tx) => {
    const template = await tx.findForUpdate(EmailTemplateEntity, 'EmailTemplate', id, expectedVersion);
    const before = emailTemplateSnapshot(template);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(template, { [key]: value });
    }
    const changed = changedFields(before, emailTemplateSnapshot(template));
    if (changed.length === 0) return template;
    await tx.save(EmailTemplateEntity, template);
    const after = emailTemplateSnapshot(template);
    await recordChange(tx, context.actor, {
      operation: 'updateEmailTemplate',
      entityType: 'EmailTemplate',
      entityId: id,
      before,
      after,
      event: {
        type: 'crm.marketing.email_template.updated.v1',
        data: { template: after, changedFields: changed },
      },
    });
    return template;
  });
}

export async function deleteEmailTemplate(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
) {
  return context.db.transaction(async (tx) => {
    const template = await tx.findForUpdate(EmailTemplateEntity, 'EmailTemplate', id, expectedVersion);
    const before = emailTemplateSnapshot(template);
    await tx.remove(EmailTemplateEntity, template);
    await recordChange(tx, context.actor, {
      operation: 'deleteEmailTemplate',
      entityType: 'EmailTemplate',
      entityId: id,
      before,
      after: null,
      event: {
        type: 'crm.marketing.email_template.deleted.v1',
        data: { template: before, changedFields: [] },
      },
    });
    return Object.assign(template, { id });
  });
}
