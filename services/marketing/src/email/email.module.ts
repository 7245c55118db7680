import { defineModule } from '@crm/events';
import { commandResolvers, everyRole } from '@crm/platform';
import { GraphQLScalarType } from 'graphql';
import { campaignLoader } from '../campaign/campaign.queries';
import type { MarketingConfig, MarketingContext } from '../config';
import type { Resolvers } from '../generated/graphql';
import { memberLoader } from '../member/campaignMember.queries';
import { marketers } from '../roles';
import { EmailMessageEntity } from './emailMessage.entity';
import { EmailSender } from './emailSender';
import { emailSendMutations } from './emailSend.commands';
import { EmailSendEntity } from './emailSend.entity';
import { emailSendLoader, messageCountsLoader, messagesOfSend, sendsOfCampaign } from './emailSend.queries';
import { emailTemplateMutations } from './emailTemplate.commands';
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

const resolvers: Resolvers<MarketingContext> = {
  EmailVariables,
  Query: {
    emailTemplate: (_, { id }, context) => emailTemplateLoader(context).load(id),
    emailTemplates: (_, args, context) => listEmailTemplates(context, args),
    emailSend: (_, { id }, context) => emailSendLoader(context).load(id),
  },
  Mutation: commandResolvers({ ...emailTemplateMutations, ...emailSendMutations }),
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
    // An SMTP refusal names the address ("550 <ann@example.com>: no such user").
  },
};

/**
 * Email templates, campaign sends and their messages; the sender (`email-sender`) mails queued messages in
 * the background, the link routes track opens, clicks and unsubscribes. Mail settings and the link signer
 * come from the service's configuration.
 */
export const emailModule = defineModule<MarketingConfig>({
  resolvers,
  access: { read: everyRole, change: marketers },
  entities: [EmailTemplateEntity, EmailSendEntity, EmailMessageEntity],
  background: ({ dataSource, config, log }) => [new EmailSender({ dataSource, config, log })],
  routes: linkRoutes,
});
