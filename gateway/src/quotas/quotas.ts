import type { Admission, Logger } from '@crm/platform';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../gatewayContext';
import type { BucketLimit, TokenBuckets } from './tokenBuckets';

/** What a tenant may spend: its own bucket, each of its users', and its reports running at once. */
export interface TenantQuota {
  tenant: BucketLimit;
  subject: BucketLimit;
  concurrentReports: number;
}

/**
 * The gateway's quotas (docs/decisions.md, "Quotas"): every operation's estimated cost is taken from its
 * tenant's bucket and its user's (shared by every replica, in PostgreSQL), and a tenant runs at most
 * `concurrentReports` reports at once on a replica. A refusal is RATE_LIMITED with `retryAfter` (seconds)
 * and HTTP 429 with Retry-After. A store that does not answer lets the request through (logged): the quotas
 * protect tenants from each other, and must not stop every tenant when their store is down.
 */
export function quotaAdmission(
  buckets: TokenBuckets,
  quotaOf: (tenantId: string) => TenantQuota,
  log: Logger,
): Admission<GatewayContext> {
  const runningReports = new Map<string, number>();
  return async ({ cost, reports }, context) => {
    const tenantId = context.principal?.tenantId ?? 'anonymous';
    const subject = context.principal?.userId ?? context.clientAddress;
    const quota = quotaOf(tenantId);
    if (reports > 0 && (runningReports.get(tenantId) ?? 0) + reports > quota.concurrentReports) {
      throw rateLimited(
        'concurrentReports',
        1,
        `At most ${quota.concurrentReports} reports of a tenant run at once`,
      );
    }
    const charge = await buckets
      .charge(
        [
          { key: `tenant:${tenantId}`, limit: quota.tenant },
          { key: `subject:${tenantId}:${subject}`, limit: quota.subject },
        ],
        cost,
      )
      .catch((error: unknown) => {
        log.warn({ err: error, tenantId }, 'quota store unavailable: request admitted unmetered');
        return { allowed: true } as const;
      });
    if (!charge.allowed) {
      throw rateLimited('cost', charge.retryAfterSeconds, `The request budget is spent for now`);
    }
    if (reports === 0) return;
    runningReports.set(tenantId, (runningReports.get(tenantId) ?? 0) + reports);
    return () => {
      const left = (runningReports.get(tenantId) ?? reports) - reports;
      if (left > 0) runningReports.set(tenantId, left);
      else runningReports.delete(tenantId);
    };
  };
}

function rateLimited(limit: 'cost' | 'concurrentReports', retryAfter: number, why: string): GraphQLError {
  return new GraphQLError(`${why}: retry after ${retryAfter} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      limit,
      retryAfter,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
    },
  });
}
