import { backoffDelay, PeriodicTask, TenantDb, type Actor, type Logger } from '@crm/platform';
import type { DataSource } from 'typeorm';
import type { SocialPostChannel } from '../generated/graphql';
import { recordSocialPostChange } from './socialPost.commands';
import { SocialPostEntity } from './socialPost.entity';
import { socialPostSnapshot } from './socialPost.rules';
import type { SocialConnector } from './socialConnector';

export const socialPublisherActor: Actor = { actorId: 'system:social-publisher' };

export interface SocialPublisherSettings {
  /** The connector of each channel; a channel without one fails its posts. */
  connectors: Partial<Record<SocialPostChannel, SocialConnector>>;
  maxAttempts: number;
  retryBaseMs: number;
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
      const before = socialPostSnapshot(post);
      post.attempts += 1;
      try {
        const connector = settings.connectors[post.channel];
        if (!connector) throw new Error(`No connector for ${post.channel}`);
        const { externalId } = await connector.publish(post);
        Object.assign(post, {
          status: 'PUBLISHED',
          publishedAt: new Date(),
          externalId,
          nextAttemptAt: null,
          failureReason: null,
        });
        await tx.save(SocialPostEntity, post);
        await recordSocialPostChange(
          tx,
          socialPublisherActor,
          'publishSocialPost',
          before,
          post,
          'crm.marketing.social.published.v1',
        );
      } catch (error) {
        post.failureReason = (error as Error).message.slice(0, 1000);
        if (post.attempts >= settings.maxAttempts) {
          Object.assign(post, { status: 'FAILED', nextAttemptAt: null });
          await tx.save(SocialPostEntity, post);
          await recordSocialPostChange(
            tx,
            socialPublisherActor,
            'publishSocialPost',
            before,
            post,
            'crm.marketing.social.failed.v1',
          );
        } else {
          post.nextAttemptAt = new Date(
            now.getTime() + backoffDelay(post.attempts, settings.retryBaseMs, 24 * 3600_000),
          );
          await tx.save(SocialPostEntity, post); // an attempt, not a change of status: no event
        }
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
