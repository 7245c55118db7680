import type { RequestContext } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { rebuildReadModels } from './generation';
import { readModelRunnerOf } from './readModelRunner';
import { tenantQuery } from './reportQuery';

const dataSourceOf = (context: RequestContext): DataSource => context.db.manager.connection;

/** Per topic: this tenant's newest applied event and count, and the consumer's lag (every tenant). */
export async function analyticsStatus(context: RequestContext) {
  const query = tenantQuery(context);
  const [generation] = await query<{ generation: number; started_at: Date }>(
    'SELECT generation, started_at FROM read_model_generation WHERE id = 1 AND $1::text IS NOT NULL',
  );
  const applied = await query<{ topic: string; last_event_at: Date; events: string }>(
    'SELECT topic, last_event_at, events FROM topic_status WHERE tenant_id = $1',
  );
  const runner = readModelRunnerOf(dataSourceOf(context));
  const lags = runner ? await runner.lag() : [];
  const topics = [...new Set([...(runner?.topics ?? []), ...applied.map((a) => a.topic)])].sort();
  return {
    generation: generation?.generation ?? 0,
    generationStartedAt: generation?.started_at ?? new Date(0),
    topics: topics.map((topic) => {
      const mine = applied.find((a) => a.topic === topic);
      return {
        topic,
        lastEventAt: mine?.last_event_at ?? null,
        events: Number(mine?.events ?? 0),
        lag: lags.find((l) => l.topic === topic)?.lag ?? 0,
      };
    }),
  };
}

/** The operators' mutation: the same rebuild as the CLI; the running consumers follow the new generation. */
export async function rebuildAnalytics(context: RequestContext) {
  const dataSource = dataSourceOf(context);
  const runner = readModelRunnerOf(dataSource);
  const rebuild = await rebuildReadModels(dataSource, runner?.groupPrefix ?? '', context.actor);
  await runner?.followGeneration();
  context.log.info({ generation: rebuild.generation, by: context.user.userId }, 'analytics rebuild started');
  return rebuild;
}
