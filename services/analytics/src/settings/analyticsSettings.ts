import { badUserInput, recordAudit, type RequestContext } from '@crm/platform';
import { lockActivityWindow, recomputeTenantActivitySpans } from '../customer/activitySpans';
import type {
  MutationConfigureAnalyticsArgs,
  MutationSetAnalyticsMarketSizeArgs,
} from '../generated/graphql';
import { tenantQuery } from '../readModel/reportQuery';
import { settingsOf, type Settings } from './settings';
import { AnalyticsSettingsEntity, MarketSizeEntity } from './analyticsSettings.entity';

export async function settingsView(context: RequestContext) {
  const query = tenantQuery(context);
  const settings = await settingsOf(query);
  const marketSizes = await query<{ segment: string; currency: string; amount: string }>(
    'SELECT segment, currency, amount::text AS amount FROM market_size WHERE tenant_id = $1 ORDER BY segment, currency',
  );
  return { ...settings, marketSizes: marketSizes.map((size) => ({ ...size, amount: moneyOf(size.amount) })) };
}

const moneyOf = (value: string) => Number(value).toFixed(2);

export async function configureAnalytics(context: RequestContext, { input }: MutationConfigureAnalyticsArgs) {
  const fields: Record<string, string> = {};
  const { inactivityDays, margin } = input;
  if (
    inactivityDays != null &&
    (!Number.isInteger(inactivityDays) || inactivityDays < 1 || inactivityDays > 3650)
  ) {
    fields.inactivityDays = 'Between 1 and 3650 days';
  }
  if (margin != null && !(margin > 0 && margin <= 1)) fields.margin = 'Above 0, at most 1';
  if (Object.keys(fields).length > 0) throw badUserInput(fields);
  await context.db.transaction(async (tx) => {
    // Before reading: a concurrent change would otherwise write back the window read here.
    await lockActivityWindow(tx.manager, tx.tenantId);
    const before = await settingsOf(async (sql, parameters = []) =>
      tx.manager.query(sql, [tx.tenantId, ...parameters]),
    );
    const after: Settings = {
      inactivityDays: inactivityDays ?? before.inactivityDays,
      margin: margin ?? before.margin,
    };
    const row: AnalyticsSettingsEntity = {
      tenantId: tx.tenantId,
      inactivityDays: after.inactivityDays,
      margin: String(after.margin),
      updatedAt: new Date(),
    };
    await tx.manager.upsert(AnalyticsSettingsEntity, row, ['tenantId']);
    if (after.inactivityDays !== before.inactivityDays) {
      await recomputeTenantActivitySpans(tx.manager, tx.tenantId);
    }
    await recordAudit(tx, {
      ...context.actor,
      operation: 'configureAnalytics',
      entityType: 'AnalyticsSettings',
      entityId: tx.tenantId,
      before,
      after,
    });
  });
  return settingsView(context);
}

export async function setMarketSize(
  context: RequestContext,
  { segment, currency, amount }: MutationSetAnalyticsMarketSizeArgs,
) {
  const fields: Record<string, string> = {};
  if (segment.trim() === '') fields.segment = 'Must not be empty';
  // A customer's segment is at most 100 characters (customer.rules.ts); it is part of the table's key.
  else if (segment.trim().length > 100) fields.segment = 'At most 100 characters';
  if (!/^[A-Z]{3}$/.test(currency)) fields.currency = 'An ISO 4217 code such as EUR';
  if (amount != null && !/^\d{1,15}(\.\d{1,6})?$/.test(amount))
    fields.amount = 'A positive decimal such as "1000000"';
  if (amount != null && Number(amount) <= 0) fields.amount = 'Must be above 0';
  if (Object.keys(fields).length > 0) throw badUserInput(fields);
  await context.db.transaction(async (tx) => {
    const key = { tenantId: tx.tenantId, segment: segment.trim(), currency };
    const before = await tx.manager.findOne(MarketSizeEntity, { where: key });
    if (amount == null) await tx.manager.delete(MarketSizeEntity, key);
    else
      await tx.manager.upsert(MarketSizeEntity, { ...key, amount, updatedAt: new Date() }, [
        'tenantId',
        'segment',
        'currency',
      ]);
    await recordAudit(tx, {
      ...context.actor,
      operation: 'setAnalyticsMarketSize',
      entityType: 'MarketSize',
      entityId: `${key.segment}/${currency}`,
      before: before ? { amount: before.amount } : null,
      after: amount == null ? null : { amount },
    });
  });
  return settingsView(context);
}
