import type { DataSource } from 'typeorm';
import { addDays } from '../readModel/period';
import type { TenantQuery } from '../readModel/reportQuery';
import { churnFigures } from './churn.queries';

/** How long a tenant's annual churn rate (the CLV lifespan rule's input) is reused: it moves slowly. */
const ttlMs = 60_000;

const caches = new WeakMap<DataSource, Map<string, { rate: number | null; until: number }>>();

/**
 * The tenant's churn rate over the last 365 days, computed at most once a minute per inactivity
 * window (it scans every customer's activity), and afresh after a rebuild.
 */
export async function annualChurnRate(
  dataSource: DataSource,
  query: TenantQuery,
  tenantId: string,
  inactivityDays: number,
): Promise<number | null> {
  let cache = caches.get(dataSource);
  if (!cache) caches.set(dataSource, (cache = new Map()));
  const key = `${tenantId}|${inactivityDays}`;
  const cached = cache.get(key);
  if (cached && cached.until > Date.now()) return cached.rate;
  const today = new Date().toISOString().slice(0, 10);
  const [lastYear] = await churnFigures(query, [{ from: addDays(today, -365), to: today }]);
  cache.set(key, { rate: lastYear!.rate, until: Date.now() + ttlMs });
  return lastYear!.rate;
}

/** Called when the read models change generation: cached figures of the old ones go. */
export function forgetAnnualChurnRates(dataSource: DataSource): void {
  caches.delete(dataSource);
}
