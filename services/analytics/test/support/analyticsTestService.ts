import { startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import { startTestService, testToken, type TestService } from '@crm/testkit';
import { analyticsService } from '../../src/service';

export { dataOf, errorOf } from '@crm/testkit';

export type AnalyticsTestService = TestService<RunningService>;

/** The analytics service started in-process for one test file, on databases of its own. */
export function startAnalyticsService(
  options: { withoutConsumers?: boolean } = {},
): Promise<AnalyticsTestService> {
  const definition = options.withoutConsumers
    ? { ...analyticsService, background: undefined }
    : analyticsService;
  return startTestService((env) => startService(definition, env));
}

export function tokenFor(tenantId: string, role: Role = 'analyst'): string {
  return testToken(tenantId, [role], `user-${role}`);
}
