// Consent per address: recorded by marketers with proof, or confirmed through a signed double opt-in link
// that works once, for its own address only; every change an event; Customer.consent; analysts neither see
// nor look up an address.
import { testTenant, waitFor } from '@crm/testkit';
import { knownCustomers } from './support/customerEvents';
import { outboxOf, recordConsentMutation } from './support/marketingOperations';
import {
  dataOf,
  errorOf,
  startMarketingWithMail,
  tokenFor,
  type MarketingWithMail,
} from './support/marketingTestService';

let env: MarketingWithMail;

beforeAll(async () => {
  env = await startMarketingWithMail();
});

afterAll(async () => {
  await env?.stop();
});

const consentQuery = `query($email: String!) {
  consent(email: $email) { email status source proof changedAt confirmationRequestedAt version }
}`;
const requestMutation = `mutation($email: String!) {
  requestConsentConfirmation(email: $email) { email status confirmationRequestedAt }
}`;

async function consentRows(tenant: string) {
  return env.app.sql('SELECT email, status FROM consent WHERE tenant_id = $1 ORDER BY email', [tenant]);
}

it('records consent with its proof, refuses bad input without writing, and emits only real changes', async () => {
  const tenant = testTenant('consent');
  const token = tokenFor(tenant);
  const bad = await env.app.request(
    recordConsentMutation,
    { input: { email: 'not-an-address', status: 'UNKNOWN', source: 'DOUBLE_OPT_IN', proof: ' ' } },
    token,
  );
  expect(errorOf(bad)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: {
      'input.email': 'Not an email address',
      'input.status': 'OPTED_IN or OPTED_OUT',
      'input.source': 'MANUAL, WEB_FORM or IMPORT',
      'input.proof': 'Required: what proves it',
    },
  });
  expect(
    errorOf(
      await env.app.request(
        recordConsentMutation,
        { input: { email: 'a@b.example', status: 'OPTED_IN', source: 'IMPORT', proof: 'x' } },
        tokenFor(tenant, 'sales_rep'),
      ),
    ).code,
  ).toBe('FORBIDDEN');
  expect(await consentRows(tenant)).toEqual([]);
  expect(await outboxOf(env.app, tenant)).toEqual([]);

  const input = {
    email: 'Zoe@Example.com',
    status: 'OPTED_IN',
    source: 'WEB_FORM',
    proof: 'signup form #42',
  };
  const recorded = dataOf(await env.app.request(recordConsentMutation, { input }, token)).recordConsent;
  expect(recorded).toMatchObject({
    email: 'zoe@example.com',
    status: 'OPTED_IN',
    source: 'WEB_FORM',
    proof: 'signup form #42 (recorded by user-marketer)',
  });
  dataOf(await env.app.request(recordConsentMutation, { input }, token)); // the same again: no change
  const events = await outboxOf(env.app, tenant);
  expect(events.map((event) => event.type)).toEqual(['crm.marketing.consent.changed.v1']);
  expect(events[0]!.payload).toMatchObject({
    previousStatus: 'UNKNOWN',
    consent: { email: 'zoe@example.com', status: 'OPTED_IN' },
  });

  const unknown = dataOf(await env.app.request(consentQuery, { email: 'nobody@example.com' }, token)).consent;
  expect(unknown).toMatchObject({ status: 'UNKNOWN', source: null, version: 0 });
  // An analyst may not see addresses, so may not probe one either.
  expect(
    errorOf(await env.app.request(consentQuery, { email: 'zoe@example.com' }, tokenFor(tenant, 'analyst')))
      .code,
  ).toBe('FORBIDDEN');
});

it('confirms a double opt-in through its signed link, once, for its own address only', async () => {
  const tenant = testTenant('optin');
  const token = tokenFor(tenant);
  const [customer] = await knownCustomers(env.app, tenant, [
    { name: 'Yan', kind: 'PERSON', email: 'yan@example.com' },
  ]);
  dataOf(await env.app.request(requestMutation, { email: 'yan@example.com' }, token));
  dataOf(await env.app.request(requestMutation, { email: 'other@example.com' }, token));
  const linkTo = async (address: string) => {
    const mail = await waitFor(() => env.mail.messages().find((message) => message.to[0] === address), {
      what: `the opt-in mail to ${address}`,
    });
    return /href="([^"]+)"/.exec(mail.html!)![1]!;
  };
  const yanLink = await linkTo('yan@example.com');
  const otherLink = await linkTo('other@example.com');
  expect(yanLink.startsWith(`${env.publicUrl}/consent/confirm/`)).toBe(true);
  expect(yanLink).not.toContain('yan');

  // A link whose claims are changed (e.g. the other address's consent) fails its signature.
  const [yanPayload, yanMac] = yanLink.split('/consent/confirm/')[1]!.split('.');
  const [otherPayload] = otherLink.split('/consent/confirm/')[1]!.split('.');
  const swapped = await fetch(`${env.publicUrl}/consent/confirm/${otherPayload}.${yanMac}`, {
    method: 'POST',
  });
  expect(swapped.status).toBe(404);
  expect(yanPayload).not.toBe(otherPayload);
  expect(
    dataOf(await env.app.request(consentQuery, { email: 'other@example.com' }, token)).consent.status,
  ).toBe('UNKNOWN');

  expect((await fetch(yanLink)).status).toBe(200); // the page with the button: a GET confirms nothing
  expect(
    dataOf(await env.app.request(consentQuery, { email: 'yan@example.com' }, token)).consent.status,
  ).toBe('UNKNOWN');
  const confirmed = await fetch(yanLink, { method: 'POST' });
  expect(confirmed.status).toBe(200);
  const yan = dataOf(await env.app.request(consentQuery, { email: 'yan@example.com' }, token)).consent;
  expect(yan).toMatchObject({ status: 'OPTED_IN', source: 'DOUBLE_OPT_IN', confirmationRequestedAt: null });
  expect(yan.proof).toMatch(/^Double opt-in: confirmation request [0-9a-f-]{36} mailed .+, confirmed .+$/);
  expect((await fetch(yanLink, { method: 'POST' })).status).toBe(404); // used

  const types = (await outboxOf(env.app, tenant)).map((event) => event.type);
  expect(types).toEqual([
    'crm.marketing.consent.confirmation_requested.v1',
    'crm.marketing.consent.confirmation_requested.v1',
    'crm.marketing.consent.changed.v1',
  ]);

  const entities = `query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Customer { consent { email status source } } }
  }`;
  const view = dataOf(
    await env.app.request(
      entities,
      { representations: [{ __typename: 'Customer', id: customer!.id }] },
      token,
    ),
  )._entities[0];
  expect(view.consent).toEqual({ email: 'yan@example.com', status: 'OPTED_IN', source: 'DOUBLE_OPT_IN' });
  const otherTenant = dataOf(
    await env.app.request(
      entities,
      { representations: [{ __typename: 'Customer', id: customer!.id }] },
      tokenFor(testTenant('else')),
    ),
  )._entities[0];
  expect(otherTenant.consent).toBeNull();
});
