import type { TenantQuery } from '../readModel/reportQuery';

export interface Settings {
  inactivityDays: number;
  margin: number;
}

/** docs/architecture.md §9's default inactivity window; revenue counts whole (margin 1) unless configured. */
export const defaultSettings: Settings = { inactivityDays: 180, margin: 1 };

export async function settingsOf(query: TenantQuery): Promise<Settings> {
  const [row] = await query<{ inactivity_days: number; margin: string }>(
    'SELECT inactivity_days, margin FROM analytics_settings WHERE tenant_id = $1',
  );
  return row ? { inactivityDays: row.inactivity_days, margin: Number(row.margin) } : defaultSettings;
}
