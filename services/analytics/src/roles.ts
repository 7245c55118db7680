import type { Role } from '@crm/platform';

/** Every report: analysts, admins and sales managers (docs/architecture.md §7); others as their work needs. */
export const analysts: Role[] = ['admin', 'sales_manager', 'analyst'];
