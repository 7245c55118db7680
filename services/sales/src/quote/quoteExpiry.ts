import { recordEvent } from '@crm/events';
import { changedFields, groupByKeys, PeriodicTask, recordAudit, TenantDb, type Logger } from '@crm/platform';
import { In, type DataSource } from 'typeorm';
import { QuoteEntity, QuoteLineEntity } from './quote.entity';
import { quoteSnapshot } from './quote.rules';

/** The actor of audit records the scheduler writes. */
export const quoteExpiryActor = 'system:quote-expiry';

/**
 * One round: claims up to `batchSize` SENT quotes whose validUntil day (UTC) has passed (FOR UPDATE SKIP
 * LOCKED, so replicas take other rows or none) and marks them EXPIRED with audit and quote.expired, in one
 * transaction. An expired quote no longer matches: each is handled once. Returns the quotes handled.
 */
export async function expireQuotes(dataSource: DataSource, now: Date, batchSize = 100): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const quotes = await manager
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
    if (quotes.length === 0) return 0;
    const quoteIds = quotes.map((quote) => quote.id);
    const lines = groupByKeys(
      quoteIds,
      await manager.find(QuoteLineEntity, { where: { quoteId: In(quoteIds) } }),
      (line) => line.quoteId,
    );
    for (const [index, quote] of quotes.entries()) {
      const tx = new TenantDb(manager, quote.tenantId);
      const before = quoteSnapshot(quote, lines[index]!);
      Object.assign(quote, { status: 'EXPIRED', expiredAt: now });
      await tx.save(QuoteEntity, quote);
      const after = quoteSnapshot(quote, lines[index]!);
      const changed = changedFields(before, after);
      await recordAudit(tx, {
        actorId: quoteExpiryActor,
        operation: 'expireQuote',
        entityType: 'Quote',
        entityId: quote.id,
        before,
        after,
      });
      await recordEvent(manager, {
        type: 'crm.sales.quote.expired.v1',
        aggregateId: quote.id,
        tenantId: quote.tenantId,
        time: now,
        data: { quote: after, previousStatus: before.status, changedFields: changed },
      });
    }
    return quotes.length;
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
