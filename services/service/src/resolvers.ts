import { moneyText } from '@crm/platform';
import { openTicketCountLoader, ticketsOfCustomer } from './customer/customerTickets.queries';
import type { Resolvers } from './generated/graphql';
import { ticketsOfOrder } from './order/orderTickets.queries';
import { deleteSlaPolicy, setSlaPolicy } from './sla/slaPolicy.commands';
import { listSlaPolicies } from './sla/slaPolicy.queries';
import {
  assignTicket,
  changeTicketStatus,
  commentOnTicket,
  openTicket,
  recordRepairOutcome,
  updateTicket,
} from './ticket/ticket.commands';
import { commentsOfTicket, listTickets, ticketLoader } from './ticket/ticket.queries';
import { ticketNumber } from './ticket/ticket.rules';
import { approveRma, receiveRmaGoods, refundRma, rejectRma } from './rma/rma.commands';
import { listRmas, rmaLoader, rmaOfTicketLoader } from './rma/rma.queries';
import { rmaNumber } from './rma/rma.rules';
import { setWarrantyPolicy } from './warranty/warrantyPolicy.commands';
import { createTicketQueue, deleteTicketQueue, updateTicketQueue } from './routing/ticketQueue.commands';
import { listTicketQueues, ticketQueueLoader } from './routing/ticketQueue.queries';
import {
  createKnowledgeArticle,
  setArticleLink,
  setArticlePublished,
  updateKnowledgeArticle,
} from './knowledge/knowledgeArticle.commands';
import {
  articleLoader,
  linkedArticlesLoader,
  listArticles,
  searchArticles,
  suggestedArticlesLoader,
} from './knowledge/knowledgeArticle.queries';
import { warrantyPolicy } from './warranty/warrantyPolicy.queries';
import { submitSurvey } from './survey/survey.commands';
import { listSurveys, surveyByToken, surveyOfTicketLoader } from './survey/survey.queries';
import { surveyStatus } from './survey/survey.rules';

/** Personal contact data is null for callers who may not see it (analysts). */
export const resolvers: Resolvers = {
  Query: {
    ticket: (_, { id }, context) => ticketLoader(context).load(id),
    tickets: (_, args, context) => listTickets(context, args),
    slaPolicies: (_, __, context) => listSlaPolicies(context),
    surveyByToken: (_, { token }, context) => surveyByToken(context, token),
    surveys: (_, args, context) => listSurveys(context, args),
    rma: (_, { id }, context) => rmaLoader(context).load(id),
    rmas: (_, args, context) => listRmas(context, args),
    warrantyPolicy: (_, __, context) => warrantyPolicy(context),
    ticketQueues: (_, __, context) => listTicketQueues(context),
    knowledgeArticle: (_, { id }, context) => articleLoader(context).load(id),
    knowledgeArticles: (_, args, context) => listArticles(context, args),
    searchArticles: (_, { query, first }, context) => searchArticles(context, query, first),
  },
  Mutation: {
    openTicket: (_, { input }, context) => openTicket(context, input),
    updateTicket: (_, { id, input, expectedVersion }, context) =>
      updateTicket(context, id, input, expectedVersion),
    assignTicket: (_, { id, assigneeId, expectedVersion }, context) =>
      assignTicket(context, id, assigneeId, expectedVersion),
    changeTicketStatus: (_, { id, input, expectedVersion }, context) =>
      changeTicketStatus(context, id, input, expectedVersion),
    commentOnTicket: (_, { id, input }, context) => commentOnTicket(context, id, input),
    setSlaPolicy: (_, { input }, context) => setSlaPolicy(context, input),
    deleteSlaPolicy: (_, { priority }, context) => deleteSlaPolicy(context, priority),
    submitSurvey: (_, args, context) => submitSurvey(context, args),
    recordRepairOutcome: (_, { id, outcome, expectedVersion }, context) =>
      recordRepairOutcome(context, id, outcome, expectedVersion),
    approveRma: (_, { id, expectedVersion }, context) => approveRma(context, id, expectedVersion),
    rejectRma: (_, { id, reason, expectedVersion }, context) =>
      rejectRma(context, id, reason, expectedVersion),
    receiveRmaGoods: (_, { id, expectedVersion }, context) => receiveRmaGoods(context, id, expectedVersion),
    refundRma: (_, { id, amount, expectedVersion }, context) =>
      refundRma(context, id, amount, expectedVersion),
    setWarrantyPolicy: (_, { months }, context) => setWarrantyPolicy(context, months),
    createTicketQueue: (_, { input }, context) => createTicketQueue(context, input),
    updateTicketQueue: (_, { id, input, expectedVersion }, context) =>
      updateTicketQueue(context, id, input, expectedVersion),
    deleteTicketQueue: (_, { id }, context) => deleteTicketQueue(context, id),
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
  Customer: {
    // The customer subgraph owns the customer; here it is its id, and its tickets are the caller tenant's.
    __resolveReference: (reference) => ({ id: reference.id }),
    tickets: (customer, args, context) => ticketsOfCustomer(context, customer.id, args),
    openTicketCount: (customer, _, context) => openTicketCountLoader(context).load(customer.id),
  },
  Order: {
    // The sales subgraph owns the order; here it is its id, and its tickets are the caller tenant's.
    __resolveReference: (reference) => ({ id: reference.id }),
    tickets: (order, args, context) => ticketsOfOrder(context, order.id, args),
  },
  Ticket: {
    __resolveReference: (reference, context) => ticketLoader(context).load(reference.id),
    number: (ticket) => ticketNumber(ticket.number),
    customer: (ticket) => ({ id: ticket.customerId }),
    order: (ticket) => (ticket.orderId ? { id: ticket.orderId } : null),
    requesterEmail: (ticket, _, context) => context.personal(ticket.requesterEmail),
    comments: (ticket, args, context) => commentsOfTicket(context, ticket.id, args),
    survey: (ticket, _, context) => surveyOfTicketLoader(context).load(ticket.id),
    rma: (ticket, _, context) => rmaOfTicketLoader(context).load(ticket.id),
    linkedArticles: (ticket, _, context) => linkedArticlesLoader(context).load(ticket.id),
    suggestedArticles: (ticket, _, context) => suggestedArticlesLoader(context).load(ticket.id),
    queue: (ticket, _, context) => (ticket.queueId ? ticketQueueLoader(context).load(ticket.queueId) : null),
  },
  Rma: {
    number: (rma) => rmaNumber(rma.number),
    ticket: async (rma, _, context) => (await ticketLoader(context).load(rma.ticketId))!,
    order: (rma) => ({ id: rma.orderId }),
    returnedValue: (rma) => (rma.returnedValue === null ? null : moneyText(rma.returnedValue)),
    refundAmount: (rma) => (rma.refundAmount === null ? null : moneyText(rma.refundAmount)),
  },
  Survey: {
    status: (survey) => surveyStatus(survey, new Date()),
    ticket: async (survey, _, context) => (await ticketLoader(context).load(survey.ticketId))!,
    linkToken: (survey) => survey.linkToken ?? null,
  },
  SurveyInvitation: {
    status: (survey) => surveyStatus(survey, new Date()),
  },
};
