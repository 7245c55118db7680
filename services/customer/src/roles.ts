import type { Role } from '@crm/platform';

/** Who changes customer records: everyone who works with customers, not analysts or read-only users. */
export const editors: Role[] = ['admin', 'sales_manager', 'sales_rep', 'support_agent', 'marketer'];
/** Who deletes them. */
export const deleters: Role[] = ['admin', 'sales_manager'];
