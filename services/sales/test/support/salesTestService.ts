import { startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import { startTestService, testToken, type TestService } from '@crm/testkit';
import type { Logger } from 'typeorm';
import { salesService } from '../../src/service';

export { dataOf, errorOf } from '@crm/testkit';

export type SalesTestService = TestService<RunningService>;

/** The sales service started in-process for one test file, on databases of its own. */
export function startSalesService(options: { sqlLogger?: Logger } = {}): Promise<SalesTestService> {
  return startTestService((env) => startService(salesService, env, { sqlLogger: options.sqlLogger }));
}

/** A token of `tenantId` with one role; the user id names the role unless given. */
export function tokenFor(tenantId: string, role: Role = 'admin', userId = `user-${role}`): string {
  return testToken(tenantId, [role], userId);
}
