import type { Role } from '@crm/platform';

/** Who changes tickets, RMAs and articles: support agents (and admins); every other role reads. */
export const agents: Role[] = ['admin', 'support_agent'];
/** Who changes the tenant's settings: SLA policies, the warranty, routing queues. */
export const admins: Role[] = ['admin'];
