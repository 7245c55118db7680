import { badUserInput, type RequestContext } from '@crm/platform';

/** SQL over the read models with the caller's tenant as $1: every report query is tenant-scoped. */
export type TenantQuery = <T = Record<string, unknown>>(sql: string, parameters?: unknown[]) => Promise<T[]>;

export function tenantQuery(context: RequestContext): TenantQuery {
  const { manager, tenantId } = context.db;
  return async <T>(sql: string, parameters: unknown[] = []) =>
    (await manager.query(sql, [tenantId, ...parameters])) as T[];
}

/** The currency asked for, or the tenant's currency with the most orders (EUR when there are none). */
export async function reportCurrency(query: TenantQuery, requested?: string | null): Promise<string> {
  if (requested) {
    if (!/^[A-Z]{3}$/.test(requested)) throw badUserInput({ currency: 'An ISO 4217 code such as EUR' });
    return requested;
  }
  const [main] = await query<{ currency: string }>(
    `SELECT currency FROM daily_revenue WHERE tenant_id = $1
     GROUP BY currency ORDER BY sum(order_count) DESC, currency LIMIT 1`,
  );
  return main?.currency ?? 'EUR';
}

/** A float figure rounded for display, or null. */
export function rounded(value: number | null | undefined, digits = 2): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** part / whole × 100, or null when whole is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : rounded((part / whole) * 100);
}
