// The file itself, not the package index: codegen's loader cannot compile the TypeORM entities.
import { subgraphCodegen } from '@crm/platform/src/graphql/subgraphCodegen';

export default subgraphCodegen({
  Customer: '../customer/customerTickets.queries#CustomerReference',
  Order: '../order/orderTickets.queries#OrderReference',
  Ticket: '../ticket/ticket.entity#TicketEntity',
  TicketComment: '../ticket/ticketComment.entity#TicketCommentEntity',
  SlaPolicy: '../sla/slaPolicy.entity#SlaPolicyEntity',
  Survey: '../survey/survey.entity#SurveyEntity',
  SurveyInvitation: '../survey/survey.entity#SurveyEntity',
  SurveyConnection: '@crm/platform#Connection<SurveyEntity>',
  Rma: '../rma/rma.entity#RmaEntity',
  RmaConnection: '@crm/platform#Connection<RmaEntity>',
  TicketQueue: '../routing/ticketQueue.entity#TicketQueueEntity',
  KnowledgeArticle: '../knowledge/knowledgeArticle.entity#KnowledgeArticleEntity',
  KnowledgeArticleConnection: '@crm/platform#Connection<KnowledgeArticleEntity>',
  TicketConnection: '@crm/platform#Connection<TicketEntity>',
  TicketCommentConnection: '@crm/platform#Connection<TicketCommentEntity>',
});
