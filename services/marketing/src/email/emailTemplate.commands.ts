import { defineAggregate } from '@crm/events';
import { badUserInput, givenFields, parseInput, type RequestContext } from '@crm/platform';
import type {
  MutationCreateEmailTemplateArgs,
  MutationDeleteEmailTemplateArgs,
  MutationUpdateEmailTemplateArgs,
} from '../generated/graphql';
import { EmailTemplateEntity } from './emailTemplate.entity';
import { templateSyntaxErrors } from './emailRendering';
import {
  createEmailTemplateInput,
  emailTemplateSnapshot,
  updateEmailTemplateInput,
} from './emailTemplate.rules';

export const emailTemplates = defineAggregate({
  name: 'EmailTemplate',
  entity: EmailTemplateEntity,
  eventKey: 'template',
  image: emailTemplateSnapshot,
});

function refuseBadSyntax(parts: Record<string, unknown>) {
  const errors = templateSyntaxErrors(parts);
  if (Object.keys(errors).length > 0) throw badUserInput(errors);
}

export function createEmailTemplate(
  context: RequestContext,
  { input: rawInput }: MutationCreateEmailTemplateArgs,
) {
  const input = parseInput(createEmailTemplateInput, rawInput);
  refuseBadSyntax(input);
  return emailTemplates.create(context, 'createEmailTemplate', {
    values: {
      name: input.name,
      subject: input.subject,
      htmlBody: input.htmlBody,
      textBody: input.textBody ?? null,
    },
    event: 'crm.marketing.email_template.created.v1',
  });
}

export function updateEmailTemplate(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateEmailTemplateArgs,
) {
  const input = parseInput(updateEmailTemplateInput, rawInput);
  refuseBadSyntax(input);
  return emailTemplates.change(context, { id, expectedVersion, operation: 'updateEmailTemplate' }, () => ({
    set: givenFields(input),
    event: 'crm.marketing.email_template.updated.v1',
  }));
}

export function deleteEmailTemplate(
  context: RequestContext,
  { id, expectedVersion }: MutationDeleteEmailTemplateArgs,
) {
  return emailTemplates.remove(
    context,
    { id, expectedVersion, operation: 'deleteEmailTemplate' },
    { event: 'crm.marketing.email_template.deleted.v1' },
  );
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const emailTemplateMutations = { createEmailTemplate, updateEmailTemplate, deleteEmailTemplate };
