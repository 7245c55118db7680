import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import { GraphQLScalarType } from 'graphql';
import { campaignLoader } from '../campaign/campaign.queries';
import type { Resolvers } from '../generated/graphql';
import type { MarketingRuntime } from '../marketingRuntime';
import { memberLoader } from '../member/campaignMember.queries';
import { marketers } from '../roles';
import { EmailMessageEntity } from './emailMessage.entity';
import { EmailSender, type EmailSenderOptions } from './emailSender';
import { recordEmailBounce, sendCampaignEmail, sendTestEmail } from './emailSend.commands';
import { EmailSendEntity } from './emailSend.entity';
import { emailSendLoader, messageCountsLoader, messagesOfSend, sendsOfCampaign } from './emailSend.queries';
import { createEmailTemplate, deleteEmailTemplate, updateEmailTemplate } from './emailTemplate.commands';
import { EmailTemplateEntity } from './emailTemplate.entity';
import { emailTemplateLoader, listEmailTemplates } from './emailTemplate.queries';
import { linkRoutes } from './linkRoutes';

/** A JSON object of template variables (input only). */
const EmailVariables = new GraphQLScalarType({
  name: 'EmailVariables',
  description: 'Values for template variables, a JSON object',
  parseValue: (value) => value,
  serialize: (value) => value,
});

function resolvers(runtime: MarketingRuntime): Resolvers {
  return {
    EmailVariables,
    Query: {
      emailTemplate: (_, { id }, context) => emailTemplateLoader(context).load(id),
      emailTemplates: (_, args, context) => listEmailTemplates(context, args),
      emailSend: (_, { id }, context) => emailSendLoader(context).load(id),
    },
    Mutation: {
      createEmailTemplate: (_, { input }, context) => createEmailTemplate(context, input),
      updateEmailTemplate: (_, { id, input, expectedVersion }, context) =>
        updateEmailTemplate(context, id, input, expectedVersion),
      deleteEmailTemplate: (_, { id, expectedVersion }, context) =>
        deleteEmailTemplate(context, id, expectedVersion),
      sendTestEmail: (_, { templateId, to, variables }, context) =>
        sendTestEmail(context, runtime, templateId, to, variables),
      sendCampaignEmail: (_, { campaignId, templateId }, context) =>
        sendCampaignEmail(context, runtime, campaignId, templateId),
      recordEmailBounce: (_, { messageId, reason }, context) => recordEmailBounce(context, messageId, reason),
    },
    Campaign: {
      emailSends: (campaign, args, context) => sendsOfCampaign(context, campaign.id, args),
    },
    EmailTemplate: {
      __resolveReference: (reference, context) => emailTemplateLoader(context).load(reference.id),
    },
    EmailSend: {
      campaign: async (send, _, context) => (await campaignLoader(context).load(send.campaignId))!,
      template: (send, _, context) => emailTemplateLoader(context).load(send.templateId),
      counts: (send, _, context) => messageCountsLoader(context).load(send.id),
      messages: (send, args, context) => messagesOfSend(context, send.id, args),
    },
    EmailMessage: {
      member: (message, _, context) => memberLoader(context).load(message.memberId),
      recipient: (message, _, context) => context.personal(message.recipient),
      // An SMTP refusal names the address ("550 <ann@example.com>: no such user").
      bounceReason: (message, _, context) => context.personal(message.bounceReason),
    },
  };
}

export interface EmailModuleOptions {
  /** Tuning of the email sender (tests). */
  sender?: Partial<Omit<EmailSenderOptions, 'dataSource' | 'runtime' | 'log'>>;
  /** Runs no email sender (a replica that only serves). */
  withoutScheduler?: boolean;
}

/**
 * Email templates, campaign sends and their messages; the sender mails queued messages in the background,
 * the link routes track opens, clicks and unsubscribes. The runtime gives the mail settings and link signer.
 */
export function emailModule(runtime: MarketingRuntime, options: EmailModuleOptions = {}) {
  return defineModule({
    resolvers: resolvers(runtime),
    access: { read: everyRole, change: marketers },
    entities: [EmailTemplateEntity, EmailSendEntity, EmailMessageEntity],
    background: ({ dataSource, config, log }) => {
      runtime.start(config);
      if (options.withoutScheduler) return [];
      return [new EmailSender({ dataSource, runtime, log, ...options.sender })];
    },
    routes: ({ dataSource, config, log }) => {
      runtime.start(config);
      return linkRoutes(dataSource, runtime, log);
    },
  });
}
