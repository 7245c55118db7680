import { z } from 'zod';

/** ISO 8601 date-time with `Z` or an offset, as `Date.prototype.toISOString()` writes it. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const tenantId = z.string().min(1).describe('The tenant the aggregate belongs to');

/** Optimistic-concurrency version of the aggregate after the change. */
export const aggregateVersion = z.number().int().nonnegative();

export const changedFields = z
  .array(z.string())
  .describe('Fields whose value this change set (created: every field set; deleted: empty)');
