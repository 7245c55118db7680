import { startService, type RunningService } from '@crm/events';
import type { Role } from '@crm/platform';
import { forThisFile, startTestService, testToken, type TestService } from '@crm/testkit';
import type { Logger } from 'typeorm';
import { salesService } from '../../src/service';

export { dataOf, errorOf } from '@crm/testkit';

export type SalesTestService = TestService<RunningService>;

export interface SalesStartOptions {
  /** E.g. a StatementCounter, to prove that lists batch. */
  sqlLogger?: Logger;
  /**
   * Without the quote expiry scheduler: for tests that run the expiry themselves (a tick of the service's own
   * could take their quote first) or count statements (a tick would be counted).
   */
  withoutBackground?: boolean;
  /** The test's settings over the defaults. */
  env?: NodeJS.ProcessEnv;
}

/** The sales service started in-process for one test file, on databases of its own. */
export function startSalesService(options: SalesStartOptions = {}): Promise<SalesTestService> {
  const definition = options.withoutBackground ? { ...salesService, background: undefined } : salesService;
  return startTestService((env) => startService(definition, env, { sqlLogger: options.sqlLogger }), {
    env: options.env,
  });
}

/** The sales service for the tests of this file (see forThisFile). */
export function salesServiceForThisFile(options: SalesStartOptions = {}): SalesTestService {
  return forThisFile(() => startSalesService(options));
}

/** A token of `tenantId` with one role; the user id names the role unless given. */
export function tokenFor(tenantId: string, role: Role = 'admin', userId = `user-${role}`): string {
  return testToken(tenantId, [role], userId);
}
