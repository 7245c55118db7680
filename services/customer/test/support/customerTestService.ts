import { startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import { startTestService, testToken, type TestService } from '@crm/testkit';
import type { Logger } from 'typeorm';
import { customerService } from '../../src/service';

export { dataOf, errorOf } from '@crm/testkit';

export type CustomerTestService = TestService<RunningService>;

export interface StartOptions {
  sqlLogger?: Logger;
  /** Leaves out the timeline consumer, for a file that does not need it and wants a quiet database. */
  withoutConsumers?: boolean;
}

/** The customer service started in-process for one test file, on databases of its own. */
export function startCustomerService(options: StartOptions = {}): Promise<CustomerTestService> {
  const definition = options.withoutConsumers
    ? { ...customerService, background: undefined }
    : customerService;
  return startTestService((env) => startService(definition, env, { sqlLogger: options.sqlLogger }));
}

/** A token of `tenantId` with one role; the user id names the role, so audit records show who acted. */
export function tokenFor(tenantId: string, role: Role = 'admin'): string {
  return testToken(tenantId, [role], `user-${role}`);
}
