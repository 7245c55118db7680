import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { ServiceServiceConfig } from '../config';
import type { Resolvers } from '../generated/graphql';
import { admins } from '../roles';
import { slaPolicyMutations } from './slaPolicy.commands';
import { SlaPolicyEntity } from './slaPolicy.entity';
import { listSlaPolicies } from './slaPolicy.queries';
import { slaScheduler } from './slaScheduler';

const resolvers: Resolvers = {
  Query: {
    slaPolicies: (_, __, context) => listSlaPolicies(context),
  },
  Mutation: commandResolvers(slaPolicyMutations),
};

/**
 * SLA policies (due times per priority) and the scheduler that marks and escalates breaches (`sla-scheduler`;
 * a test that drives breaches with its own clock starts the service without it).
 */
export const slaModule = defineModule<ServiceServiceConfig>({
  resolvers,
  access: { read: everyRole, change: admins },
  entities: [SlaPolicyEntity],
  background: ({ dataSource, config, log }) => [
    slaScheduler({ dataSource, intervalMs: config.SLA_CHECK_INTERVAL_MS, log }),
  ],
});
