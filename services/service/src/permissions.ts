import { everyRole, type Permissions, type Role } from '@crm/platform';

/** Who changes tickets: support agents (and admins); every other role reads. */
const agents: Role[] = ['admin', 'support_agent'];
const admins: Role[] = ['admin'];

/** docs/architecture.md §7's allow-list for this subgraph: every root field and entity lookup, by role. */
export const permissions: Permissions = {
  'Query.ticket': everyRole,
  'Query.tickets': everyRole,
  'Query.slaPolicies': everyRole,
  // A survey link's holder needs no login: the link's secret token is the only key (docs/architecture.md §7).
  'Query.surveyByToken': 'public',
  'Mutation.submitSurvey': 'public',
  'Query.surveys': everyRole,
  'Query.rma': everyRole,
  'Query.rmas': everyRole,
  'Query.warrantyPolicy': everyRole,
  'Mutation.recordRepairOutcome': agents,
  'Mutation.approveRma': agents,
  'Mutation.rejectRma': agents,
  'Mutation.receiveRmaGoods': agents,
  'Mutation.refundRma': agents,
  'Mutation.setWarrantyPolicy': admins,
  'Query.ticketQueues': everyRole,
  'Mutation.createTicketQueue': admins,
  'Mutation.updateTicketQueue': admins,
  'Mutation.deleteTicketQueue': admins,
  'Query.knowledgeArticle': everyRole,
  'Query.knowledgeArticles': everyRole,
  'Query.searchArticles': everyRole,
  'Mutation.createKnowledgeArticle': agents,
  'Mutation.updateKnowledgeArticle': agents,
  'Mutation.publishKnowledgeArticle': agents,
  'Mutation.unpublishKnowledgeArticle': agents,
  'Mutation.linkArticleToTicket': agents,
  'Mutation.unlinkArticleFromTicket': agents,
  'Mutation.openTicket': agents,
  'Mutation.updateTicket': agents,
  'Mutation.assignTicket': agents,
  'Mutation.changeTicketStatus': agents,
  'Mutation.commentOnTicket': agents,
  'Mutation.setSlaPolicy': admins,
  'Mutation.deleteSlaPolicy': admins,
  'Customer.__resolveReference': everyRole,
  'Order.__resolveReference': everyRole,
  'Ticket.__resolveReference': everyRole,
};
