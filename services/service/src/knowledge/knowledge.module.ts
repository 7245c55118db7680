import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { agents } from '../roles';
import { knowledgeArticleMutations } from './knowledgeArticle.commands';
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
  Mutation: commandResolvers(knowledgeArticleMutations),
  Ticket: {
    linkedArticles: (ticket, _, context) => linkedArticlesLoader(context).load(ticket.id),
    suggestedArticles: (ticket, _, context) => suggestedArticlesLoader(context).load(ticket.id),
  },
};

/** The knowledge base: articles, their full-text search, and the articles linked to or suggested for tickets. */
export const knowledgeModule = defineModule({
  resolvers,
  access: { read: everyRole, change: agents },
  entities: [KnowledgeArticleEntity, TicketArticleLinkEntity],
});
