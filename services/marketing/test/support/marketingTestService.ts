import { startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import { startTestService, testToken, type TestService } from '@crm/testkit';
import { marketingService } from '../../src/service';

export { dataOf, errorOf } from '@crm/testkit';

export type MarketingTestService = TestService<RunningService>;

/** The marketing service started in-process for one test file, on databases of its own. */
export function startMarketingService(
  options: { withoutConsumers?: boolean } = {},
): Promise<MarketingTestService> {
  const definition = options.withoutConsumers
    ? { ...marketingService, background: undefined }
    : marketingService;
  return startTestService((env) => startService(definition, env));
}

/** A token of `tenantId` with one role; the user id names the role, so audit records show who acted. */
export function tokenFor(tenantId: string, role: Role = 'marketer'): string {
  return testToken(tenantId, [role], `user-${role}`);
}
