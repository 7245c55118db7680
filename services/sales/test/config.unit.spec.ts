// The sales service's configuration: its own settings are typed, defaulted and validated at start.
import { startService } from '@crm/events';
import { loadConfig } from '@crm/platform';
import { salesConfig } from '../src/config';
import { salesService } from '../src/service';

const common = { JWT_SECRET: 'a-test-secret-of-32-characters!!' };

describe('salesConfig', () => {
  it('defaults the quote expiry interval to a minute and reads it as a number', () => {
    expect(loadConfig(salesConfig, common).QUOTE_EXPIRY_INTERVAL_MS).toBe(60_000);
    expect(
      loadConfig(salesConfig, { ...common, QUOTE_EXPIRY_INTERVAL_MS: '500' }).QUOTE_EXPIRY_INTERVAL_MS,
    ).toBe(500);
  });

  it('stops the service at start on a bad value, naming the variable, before it opens anything', async () => {
    await expect(startService(salesService, { ...common, QUOTE_EXPIRY_INTERVAL_MS: 'soon' })).rejects.toThrow(
      /Invalid configuration:\n {2}QUOTE_EXPIRY_INTERVAL_MS: /,
    );
  });
});
