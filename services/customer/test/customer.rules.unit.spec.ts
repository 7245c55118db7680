// The customer rules as plain functions (no database, no HTTP): the input of a customer, and the change
// detection of its image.
import { changedFields, InvalidInputError, parseInput } from '@crm/platform';
import type { z } from 'zod';
import { contactSnapshot } from '../src/contact/contact.rules';
import type { ContactEntity, ContactRoleEntity } from '../src/contact/contact.entity';
import type { CustomerEntity } from '../src/customer/customer.entity';
import {
  createCustomerInput,
  customerSnapshot,
  toAddress,
  updateCustomerInput,
} from '../src/customer/customer.rules';

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
