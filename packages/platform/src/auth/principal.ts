export const roles = [
  'admin',
  'sales_manager',
  'sales_rep',
  'support_agent',
  'marketer',
  'analyst',
  'readonly',
] as const;

export type Role = (typeof roles)[number];

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

/** Analysts see no personal contact data (email, phone, address) — docs/architecture.md §7. */
export function canSeePersonalData(principal: Principal): boolean {
  return !(principal.roles.length > 0 && principal.roles.every((role) => role === 'analyst'));
}
