// The edge of a subgraph: domain errors (plain classes the rules throw) become the GraphQL errors clients read.
import type { GraphQLRequestContextDidEncounterErrors } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  atTheEdge,
  badUserInput,
  conflict,
  domainErrorsAtTheEdge,
  InvalidTokenError,
  maskErrors,
  unauthenticated,
} from '../src';

/** How graphql-js hands a resolver's thrown error to Apollo: wrapped, the original kept. */
const thrownByResolver = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['updateLead'] });

/** Runs the plugin's didEncounterErrors over the errors, as Apollo does before formatting them. */
async function atEdge(...errors: GraphQLError[]): Promise<GraphQLError[]> {
  const listener = await domainErrorsAtTheEdge().requestDidStart!({} as never);
  await listener!.didEncounterErrors!({
    errors,
  } as unknown as GraphQLRequestContextDidEncounterErrors<object>);
  return errors;
}

describe('domainErrorsAtTheEdge', () => {
  it('gives a domain error its code and details, and they survive production masking', async () => {
    const [error] = await atEdge(
      thrownByResolver(conflict('Lead 1 was changed by someone else', { currentVersion: 3 })),
    );
    expect(error!.extensions).toEqual({ code: 'CONFLICT', currentVersion: 3 });
    const formatted = { message: error!.message, extensions: { ...error!.extensions } };
    expect(maskErrors(true)(formatted, error)).toEqual({
      message: 'Lead 1 was changed by someone else',
      extensions: { code: 'CONFLICT', currentVersion: 3 },
    });
  });

  it('keeps the fields of invalid input, and gives UNAUTHENTICATED its HTTP 401', async () => {
    const [input, token] = await atEdge(
      thrownByResolver(badUserInput({ 'input.email': 'Not an e-mail address' })),
      thrownByResolver(unauthenticated()),
    );
    expect(input!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.email': 'Not an e-mail address' },
    });
    expect(token!.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });

  it('leaves any other error as it is, so that production masks it', async () => {
    const [error] = await atEdge(thrownByResolver(new Error('relation "x" does not exist')));
    expect(error!.extensions).toEqual({});
    const formatted = { message: error!.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(maskErrors(true)(formatted, error)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});

describe('atTheEdge', () => {
  it('turns a refused token into UNAUTHENTICATED with HTTP 401, without the reason (that is for the log)', () => {
    expect(() =>
      atTheEdge(() => {
        throw new InvalidTokenError('jwt expired');
      }),
    ).toThrow(
      expect.objectContaining({
        message: 'Invalid token',
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      }),
    );
  });
});
