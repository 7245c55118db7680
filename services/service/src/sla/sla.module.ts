import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { ServiceServiceConfig } from '../config';
import type { Resolvers } from '../generated/graphql';
import { admins } from '../roles';
import { deleteSlaPolicy, setSlaPolicy } from './slaPolicy.commands';
import { SlaPolicyEntity } from './slaPolicy.entity';
import { listSlaPolicies } from './slaPolicy.queries';
import { slaScheduler } from './slaScheduler';

export interface SlaModuleOptions {
  /** How often the SLA scheduler looks for breaches, instead of SLA_CHECK_INTERVAL_MS (tests). */
  slaCheckIntervalMs?: number;
  /** The SLA scheduler's clock; injectable for tests. */
  clock?: () => Date;
  /** Runs no SLA scheduler (tests that drive breaches themselves; a replica that should not schedule). */
  withoutScheduler?: boolean;
}

const resolvers: Resolvers = {
  Query: {
    slaPolicies: (_, __, context) => listSlaPolicies(context),
  },
  Mutation: commandResolvers({ setSlaPolicy, deleteSlaPolicy }),
};

/** SLA policies (due times per priority) and the scheduler that marks and escalates breaches. */
export function slaModule(options: SlaModuleOptions = {}) {
  return defineModule<ServiceServiceConfig>({
    resolvers,
    access: { read: everyRole, change: admins },
    entities: [SlaPolicyEntity],
    background: ({ dataSource, config, log }) =>
      options.withoutScheduler
        ? []
        : [
            slaScheduler({
              dataSource,
              intervalMs: options.slaCheckIntervalMs ?? config.SLA_CHECK_INTERVAL_MS,
              clock: options.clock,
              log,
            }),
          ],
  });
}
