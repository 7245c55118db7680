import { hasRole, type Principal, type Role } from '@crm/platform';

/** Who places and moves deals, quotes and orders (reps only their own, see ownership.ts). */
export const sellers: Role[] = ['admin', 'sales_manager', 'sales_rep'];
/** Who keeps the catalogue and the tenant's settings, deletes leads, and approves reps' discounts. */
export const managers: Role[] = ['admin', 'sales_manager'];
/** The pipeline is sales' own: analysts and readonly users read it too (reports), support and marketing not. */
export const sellersAndReaders: Role[] = ['admin', 'sales_manager', 'sales_rep', 'analyst', 'readonly'];

/**
 * Who prices with authority (admins and sales managers): they may set a unit price instead of the book's, and
 * their discounts are never held for approval (docs/decisions.md, Sales).
 */
export function hasPricingAuthority(user: Principal): boolean {
  return hasRole(user, ...managers);
}
