// The service service's configuration: its own settings are typed, defaulted and validated at start.
import { startService } from '@crm/events';
import { loadConfig } from '@crm/platform';
import { serviceServiceConfig } from '../src/config';
import { serviceService } from '../src/service';

const common = { JWT_SECRET: 'a-test-secret-of-32-characters!!' };

describe('serviceServiceConfig', () => {
  it('defaults the SLA check interval to a minute and reads it as a number', () => {
    expect(loadConfig(serviceServiceConfig, common).SLA_CHECK_INTERVAL_MS).toBe(60_000);
    expect(
      loadConfig(serviceServiceConfig, { ...common, SLA_CHECK_INTERVAL_MS: '250' }).SLA_CHECK_INTERVAL_MS,
    ).toBe(250);
  });

  it('stops the service at start on a bad value, naming the variable, before it opens anything', async () => {
    await expect(startService(serviceService, { ...common, SLA_CHECK_INTERVAL_MS: '10' })).rejects.toThrow(
      /Invalid configuration:\n {2}SLA_CHECK_INTERVAL_MS: /,
    );
  });
});
