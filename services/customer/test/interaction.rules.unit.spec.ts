// The interaction rules as plain functions (no database, no HTTP): the input of an interaction.
import { InvalidInputError, parseInput } from '@crm/platform';
import type { z } from 'zod';
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
