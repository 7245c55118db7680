// The customer service's input rules and change detection, as plain functions: no database, no HTTP.
import { changedFields, InvalidInputError, parseInput } from '@crm/platform';
import type { z } from 'zod';
import { contactSnapshot, createContactInput, updateContactInput } from '../src/contact/contact.rules';
import type { ContactEntity, ContactRoleEntity } from '../src/contact/contact.entity';
import type { CustomerEntity } from '../src/customer/customer.entity';
import {
  createCustomerInput,
  customerSnapshot,
  toAddress,
  updateCustomerInput,
} from '../src/customer/customer.rules';
import { logInteractionInput, updateInteractionInput } from '../src/interaction/interaction.rules';

/** The `fields` of the InvalidInputError (BAD_USER_INPUT) that parsing `input` throws. */
function refusedFields(schema: z.ZodType, input: unknown): Record<string, string> {
  try {
    parseInput(schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).fields;
  }
  throw new Error(`Accepted ${JSON.stringify(input)}`);
}

const organizationId = '6f1c1a52-3f0e-4c36-9a55-0d4b5c8e2a11';
const otherOrganizationId = '0a7e4b7e-8d55-4f2c-b0a5-3f7f2f5e9c22';

describe('customer input', () => {
  it('normalises what it accepts', () => {
    const input = parseInput(createCustomerInput, {
      kind: 'ORGANIZATION',
      name: '  Acme  ',
      email: ' Sales@Acme.EXAMPLE ',
      phone: '+49 (30) 1234-5678',
      address: { line1: ' Main St 1 ', line2: '', country: 'de' },
      industry: '',
      tags: ['vip', ' emea ', 'vip'],
    });

    expect(input).toMatchObject({
      name: 'Acme',
      email: 'sales@acme.example',
      phone: '+49 (30) 1234-5678',
      address: { line1: 'Main St 1', line2: null, country: 'DE' },
      industry: null, // an empty optional text is no value
      tags: ['vip', 'emea'],
    });
  });

  it.each([
    ['an empty name', { name: ' ' }, { 'input.name': 'Must not be empty' }],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, { 'input.name': 'At most 200 characters' }],
    ['a bad email', { email: 'a@b' }, { 'input.email': 'Not a valid email address' }],
    [
      'an email over 254 characters',
      { email: `${'a'.repeat(250)}@b.de` },
      { 'input.email': 'At most 254 characters' },
    ],
    [
      'letters in the phone',
      { phone: '030 CALL ME' },
      { 'input.phone': expect.stringMatching(/phone number/) },
    ],
    ['a too short phone', { phone: '12' }, { 'input.phone': expect.stringMatching(/phone number/) }],
    [
      'a three-letter country',
      { address: { country: 'DEU' } },
      { 'input.address.country': expect.stringMatching(/ISO/) },
    ],
    [
      'a country that does not exist',
      { address: { country: 'XX' } },
      { 'input.address.country': expect.stringMatching(/ISO/) },
    ],
    ['an empty tag', { tags: ['ok', ' '] }, { 'input.tags.1': 'Tags must not be empty' }],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, { 'input.tags': 'At most 50 tags' }],
    ['an unknown kind', { kind: 'ROBOT' }, { 'input.kind': expect.any(String) }],
  ])('refuses %s, naming the field', (_, change, fields) => {
    expect(refusedFields(createCustomerInput, { kind: 'PERSON', name: 'Jane', ...change })).toEqual(fields);
  });

  it('names every bad field at once', () => {
    expect(
      Object.keys(refusedFields(createCustomerInput, { kind: 'PERSON', name: '', email: 'x', phone: 'y' })),
    ).toEqual(['input.name', 'input.email', 'input.phone']);
  });

  it('on update, takes only what is given, lets null clear an optional field, and never a null name', () => {
    expect(parseInput(updateCustomerInput, { segment: 'SMB' })).toEqual({ segment: 'SMB' });
    expect(parseInput(updateCustomerInput, { email: null, address: null })).toEqual({
      email: null,
      address: null,
    });
    expect(refusedFields(updateCustomerInput, { name: null })).toEqual({ 'input.name': expect.any(String) });
    expect(refusedFields(updateCustomerInput, { lifecycleStage: null })).toEqual({
      'input.lifecycleStage': expect.any(String),
    });
  });
});

describe('contact input', () => {
  it('accepts roles at organizations', () => {
    const input = parseInput(createContactInput, {
      firstName: 'Ada',
      lastName: 'Lovelace',
      organizations: [{ organizationId, role: ' Decision maker ' }],
    });

    expect(input.organizations).toEqual([{ organizationId, role: 'Decision maker' }]);
  });

  it.each([
    ['an empty first name', { firstName: '' }, { 'input.firstName': 'Must not be empty' }],
    [
      'an organization id that is no UUID',
      { organizations: [{ organizationId: 'acme', role: 'Buyer' }] },
      { 'input.organizations.0.organizationId': 'Not a UUID' },
    ],
    [
      'an empty role',
      { organizations: [{ organizationId, role: '' }] },
      { 'input.organizations.0.role': 'Must not be empty' },
    ],
    [
      'the same organization twice',
      {
        organizations: [
          { organizationId, role: 'Buyer' },
          { organizationId, role: 'Billing' },
        ],
      },
      { 'input.organizations': 'Each organization at most once' },
    ],
  ])('refuses %s', (_, change, fields) => {
    expect(refusedFields(createContactInput, { firstName: 'Ada', lastName: 'Lovelace', ...change })).toEqual(
      fields,
    );
  });

  it('on update, keeps names required when given', () => {
    expect(parseInput(updateContactInput, { title: 'CTO' })).toEqual({ title: 'CTO' });
    expect(refusedFields(updateContactInput, { lastName: ' ' })).toEqual({
      'input.lastName': 'Must not be empty',
    });
  });
});

describe('interaction input', () => {
  it('accepts an interaction and refuses a bad one, naming the fields', () => {
    const occurredAt = new Date('2026-01-01T10:00:00Z');
    expect(
      parseInput(logInteractionInput, {
        customerId: organizationId,
        kind: 'CALL',
        subject: ' Call ',
        occurredAt,
      }),
    ).toMatchObject({ subject: 'Call', occurredAt });
    expect(
      refusedFields(logInteractionInput, {
        customerId: 'nope',
        kind: 'FAX',
        subject: '',
        body: 'b'.repeat(20_001),
      }),
    ).toEqual({
      'input.customerId': 'Not a UUID',
      'input.kind': expect.any(String),
      'input.subject': 'Must not be empty',
      'input.body': 'At most 20000 characters',
    });
    expect(refusedFields(updateInteractionInput, { subject: null })).toEqual({
      'input.subject': expect.any(String),
    });
  });
});

describe('changedFields', () => {
  const customer = (change: Partial<CustomerEntity> = {}): CustomerEntity => ({
    id: organizationId,
    tenantId: 'tenant-1',
    kind: 'ORGANIZATION',
    name: 'Acme',
    email: null,
    phone: null,
    address: toAddress({ city: 'Berlin', country: 'DE' }),
    industry: null,
    segment: null,
    lifecycleStage: 'PROSPECT',
    tags: ['vip'],
    ownerId: 'user-1',
    version: 1,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...change,
  });

  it('names the fields whose values differ, nested ones as their top-level field', () => {
    const before = customerSnapshot(customer());
    const after = customerSnapshot(
      customer({
        name: 'Acme Inc',
        tags: ['vip', 'emea'],
        address: toAddress({ city: 'Munich', country: 'DE' }),
      }),
    );

    expect(changedFields(before, after)).toEqual(['name', 'address', 'tags']);
  });

  it('ignores version and timestamps, so that an unchanged state has no changed fields', () => {
    const before = customerSnapshot(customer());
    const after = customerSnapshot(customer({ version: 2, updatedAt: new Date('2026-02-01T00:00:00Z') }));

    expect(changedFields(before, after)).toEqual([]);
  });

  it('lists every field of a new state', () => {
    expect(changedFields(null, customerSnapshot(customer()))).toEqual([
      'id',
      'tenantId',
      'kind',
      'name',
      'email',
      'phone',
      'address',
      'industry',
      'segment',
      'lifecycleStage',
      'tags',
      'ownerId',
    ]);
  });

  it('sees a contact’s role change, whatever order the roles were read in', () => {
    const contact = {
      id: 'c-1',
      tenantId: 'tenant-1',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: null,
      phone: null,
      title: null,
      version: 1,
      createdAt: new Date('2026-01-01T00:00:00Z'),
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    } as ContactEntity;
    const role = (customerId: string, name: string) =>
      ({ contactId: 'c-1', customerId, role: name }) as ContactRoleEntity;
    const roles = [role(organizationId, 'Buyer'), role(otherOrganizationId, 'Billing')];

    const before = contactSnapshot(contact, roles);
    expect(changedFields(before, contactSnapshot(contact, [...roles].reverse()))).toEqual([]);
    expect(
      changedFields(before, contactSnapshot(contact, [roles[0]!, role(otherOrganizationId, 'Owner')])),
    ).toEqual(['organizations']);
    expect(
      changedFields(before, contactSnapshot({ ...contact, title: 'CTO' } as ContactEntity, roles)),
    ).toEqual(['title']);
  });

  it('leaves out the address of a customer without one', () => {
    expect(customerSnapshot(customer({ address: toAddress(null) })).address).toBeNull();
  });
});
