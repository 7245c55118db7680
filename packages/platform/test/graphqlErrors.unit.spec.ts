// The edge of a subgraph: domain errors (plain classes the rules throw) become the GraphQL errors clients read.
import { GraphQLError } from 'graphql';
import {
  atTheEdge,
  badUserInput,
  conflict,
  maskErrors,
  toGraphQLError,
  unauthenticated,
  withDomainError,
} from '../src';

describe('withDomainError', () => {
  const internal = { message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  /** How graphql-js hands a resolver's thrown error to formatError: wrapped, the original kept. */
  const thrownByResolver = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['updateLead'] });

  it('gives a domain error its code and details, and they survive production masking', () => {
    const error = thrownByResolver(conflict('Lead 1 was changed by someone else', { currentVersion: 3 }));
    const formatted = maskErrors(true)(withDomainError(internal, error), error);
    expect(formatted).toEqual({
      message: 'Lead 1 was changed by someone else',
      extensions: { code: 'CONFLICT', currentVersion: 3 },
    });
  });

  it('keeps the fields of invalid input', () => {
    const error = thrownByResolver(badUserInput({ 'input.email': 'Not an e-mail address' }));
    expect(withDomainError(internal, error).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.email': 'Not an e-mail address' },
    });
  });

  it('leaves any other error internal', () => {
    const error = thrownByResolver(new Error('relation "x" does not exist'));
    expect(maskErrors(true)(withDomainError(internal, error), error)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('atTheEdge', () => {
  it('turns a refused token into UNAUTHENTICATED with HTTP 401', () => {
    expect(() =>
      atTheEdge(() => {
        throw unauthenticated('Invalid token: jwt expired');
      }),
    ).toThrow(
      expect.objectContaining({
        message: 'Invalid token: jwt expired',
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      }),
    );
    expect(toGraphQLError(unauthenticated())).toBeInstanceOf(GraphQLError);
  });
});
