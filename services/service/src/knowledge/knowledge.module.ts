import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { agents } from '../roles';
import {
  createKnowledgeArticle,
  setArticleLink,
  setArticlePublished,
  updateKnowledgeArticle,
} from './knowledgeArticle.commands';
import { KnowledgeArticleEntity, TicketArticleLinkEntity } from './knowledgeArticle.entity';
import {
  articleLoader,
  linkedArticlesLoader,
  listArticles,
  searchArticles,
  suggestedArticlesLoader,
} from './knowledgeArticle.queries';

const resolvers: Resolvers = {
  Query: {
    knowledgeArticle: (_, { id }, context) => articleLoader(context).load(id),
    knowledgeArticles: (_, args, context) => listArticles(context, args),
    searchArticles: (_, { query, first }, context) => searchArticles(context, query, first),
  },
  Mutation: {
    createKnowledgeArticle: (_, { input }, context) => createKnowledgeArticle(context, input),
    updateKnowledgeArticle: (_, { id, input, expectedVersion }, context) =>
      updateKnowledgeArticle(context, id, input, expectedVersion),
    publishKnowledgeArticle: (_, { id, expectedVersion }, context) =>
      setArticlePublished(context, id, true, expectedVersion),
    unpublishKnowledgeArticle: (_, { id, expectedVersion }, context) =>
      setArticlePublished(context, id, false, expectedVersion),
    linkArticleToTicket: (_, { ticketId, articleId }, context) =>
      setArticleLink(context, ticketId, articleId, true),
    unlinkArticleFromTicket: (_, { ticketId, articleId }, context) =>
      setArticleLink(context, ticketId, articleId, false),
  },
  Ticket: {
    linkedArticles: (ticket, _, context) => linkedArticlesLoader(context).load(ticket.id),
    suggestedArticles: (ticket, _, context) => suggestedArticlesLoader(context).load(ticket.id),
  },
};

/** The knowledge base: articles, their full-text search, and the articles linked to or suggested for tickets. */
export const knowledgeModule = defineModule({
  resolvers,
  permissions: {
    'Query.knowledgeArticle': everyRole,
    'Query.knowledgeArticles': everyRole,
    'Query.searchArticles': everyRole,
    'Mutation.createKnowledgeArticle': agents,
    'Mutation.updateKnowledgeArticle': agents,
    'Mutation.publishKnowledgeArticle': agents,
    'Mutation.unpublishKnowledgeArticle': agents,
    'Mutation.linkArticleToTicket': agents,
    'Mutation.unlinkArticleFromTicket': agents,
  },
  entities: [KnowledgeArticleEntity, TicketArticleLinkEntity],
});
