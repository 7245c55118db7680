export const roles = [
  'admin',
  'sales_manager',
  'sales_rep',
  'support_agent',
  'marketer',
  'analyst',
  'readonly',
  'operator',
] as const;

export type Role = (typeof roles)[number];

/**
 * The platform's operators run actions that touch every tenant (the analytics rebuild). Their role is valid
 * only in this tenant of their own, alone, so that no tenant's token can carry it, and no operator token
 * reaches a tenant's data (docs/architecture.md §7).
 */
export const operatorTenantId = '_operators';

/** `operator` alone and only in the operators' tenant; any other mix is refused. */
export function isValidRoleMix(tenantId: string, claimed: readonly Role[]): boolean {
  const operator = tenantId === operatorTenantId;
  return operator ? claimed.length === 1 && claimed[0] === 'operator' : !claimed.includes('operator');
}

/** Who is calling: from the verified token, never from request input. */
export interface Principal {
  userId: string;
  tenantId: string;
  roles: Role[];
  /** The raw bearer token, forwarded by the gateway to the subgraphs. */
  token: string;
}

export function hasRole(principal: Principal, ...wanted: Role[]): boolean {
  return principal.roles.some((role) => wanted.includes(role));
}

/**
 * A sales rep sees only the leads, deals, quotes and orders they own — wherever they show, in sales or in
 * another service's copy of them; managers and admins see all (docs/architecture.md §7).
 */
export function seesOnlyOwnRecords(user: Principal): boolean {
  return hasRole(user, 'sales_rep') && !hasRole(user, 'admin', 'sales_manager');
}

/** Analysts see no personal contact data (email, phone, address) — docs/architecture.md §7. */
export function canSeePersonalData(principal: Principal): boolean {
  return !(principal.roles.length > 0 && principal.roles.every((role) => role === 'analyst'));
}
