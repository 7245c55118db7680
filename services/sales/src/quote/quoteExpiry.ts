import { PeriodicTask, TenantDb, type Logger } from '@crm/platform';
import type { DataSource } from 'typeorm';
import { statusMove } from '../workflow';
import { quotes } from './quote.commands';
import { QuoteEntity } from './quote.entity';
import { quoteWorkflow } from './quote.rules';

/** The actor of audit records the scheduler writes. */
export const quoteExpiryActor = 'system:quote-expiry';

/**
 * One round: claims up to `batchSize` SENT quotes whose validUntil day (UTC) has passed (FOR UPDATE SKIP
 * LOCKED, so replicas take other rows or none) and marks them EXPIRED with audit and quote.expired, in one
 * transaction. An expired quote no longer matches: each is handled once. Returns the quotes handled.
 */
export async function expireQuotes(dataSource: DataSource, now: Date, batchSize = 100): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const claimed = await manager
      .createQueryBuilder(QuoteEntity, 'q')
      .where('q.status = :sent AND q.validUntil < :today', {
        sent: 'SENT',
        today: now.toISOString().slice(0, 10),
      })
      .orderBy('q.id')
      .limit(batchSize)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const { id, tenantId } of claimed) {
      const context = { db: new TenantDb(manager, tenantId), actor: { actorId: quoteExpiryActor }, now };
      await quotes.change(context, { id, operation: 'expireQuote' }, (quote) =>
        statusMove(quoteWorkflow, quote, 'EXPIRED', 'crm.sales.quote.expired.v1', { at: now }),
      );
    }
    return claimed.length;
  });
}

const batchSize = 100;

/** Expires quotes every `intervalMs`; safe with several replicas on one database. */
export function quoteExpiryScheduler(options: {
  dataSource: DataSource;
  intervalMs: number;
  clock?: () => Date;
  log: Logger;
}) {
  const { dataSource, intervalMs, clock = () => new Date(), log } = options;
  return new PeriodicTask({
    name: 'quote-expiry',
    intervalMs,
    log,
    run: async () => {
      const now = clock();
      // A full batch may leave more: go on until a round finds less.
      let handled: number;
      do handled = await expireQuotes(dataSource, now, batchSize);
      while (handled === batchSize);
    },
  });
}
