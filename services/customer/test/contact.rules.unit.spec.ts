// The contact rules as plain functions (no database, no HTTP): the input of a contact and its roles.
import { InvalidInputError, parseInput } from '@crm/platform';
import type { z } from 'zod';
import { createContactInput, updateContactInput } from '../src/contact/contact.rules';

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
