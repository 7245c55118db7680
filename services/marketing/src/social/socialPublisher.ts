import { PeriodicTask, TenantDb, type Actor, type Logger } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { socialPosts } from './socialPost.commands';
import { SocialPostEntity } from './socialPost.entity';
import { publishOutcome, type PublishAttempt, type SocialPostChannel } from './socialPost.rules';
import type { SocialConnector } from './socialConnector';

export const socialPublisherActor: Actor = { actorId: 'system:social-publisher' };

export interface SocialPublisherSettings {
  /** The connector of each channel; a channel without one fails its posts. */
  connectors: Partial<Record<SocialPostChannel, SocialConnector>>;
  maxAttempts: number;
  retryBaseMs: number;
}

/** One attempt to publish the post through its channel's connector. */
async function attempt(settings: SocialPublisherSettings, post: SocialPostEntity): Promise<PublishAttempt> {
  try {
    const connector = settings.connectors[post.channel];
    if (!connector) throw new Error(`No connector for ${post.channel}`);
    const { externalId } = await connector.publish(post);
    return { externalId, publishedAt: new Date() };
  } catch (error) {
    return { failure: (error as Error).message };
  }
}

/**
 * One round: publishes due SCHEDULED posts. Each post is claimed with FOR UPDATE SKIP LOCKED and kept
 * locked while its connector runs, so several replicas never publish one post twice. A failed attempt is
 * retried with exponential backoff; after `maxAttempts` the post is FAILED with the last reason.
 * Returns the posts handled.
 */
export async function publishDuePosts(
  dataSource: DataSource,
  settings: SocialPublisherSettings,
  now = new Date(),
  batchSize = 10,
): Promise<number> {
  let handled = 0;
  for (;;) {
    const done = await dataSource.transaction(async (manager) => {
      const post = await manager
        .createQueryBuilder(SocialPostEntity, 'p')
        .where(`p.status = 'SCHEDULED'`)
        .andWhere('p.nextAttemptAt <= :now', { now })
        .orderBy('p.nextAttemptAt')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!post) return true;
      const tx = new TenantDb(manager, post.tenantId);
      const { set, event } = publishOutcome(post, await attempt(settings, post), settings, now);
      if (event) {
        await socialPosts.change(
          { db: tx, actor: socialPublisherActor },
          { id: post.id, operation: 'publishSocialPost' },
          () => ({ set, event }),
        );
      } else {
        await tx.save(SocialPostEntity, Object.assign(post, set)); // an attempt, not a change of status: no event
      }
      return false;
    });
    if (done) return handled;
    handled += 1;
    if (handled >= batchSize) return handled;
  }
}

export function socialPublisher(options: {
  dataSource: DataSource;
  settings: SocialPublisherSettings;
  intervalMs: number;
  log: Logger;
}): PeriodicTask {
  return new PeriodicTask({
    name: 'social-publisher',
    intervalMs: options.intervalMs,
    run: async () => {
      let handled: number;
      do handled = await publishDuePosts(options.dataSource, options.settings);
      while (handled > 0);
    },
    log: options.log,
  });
}
