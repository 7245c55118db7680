import { GraphQLError } from 'graphql';
import { maskErrors } from '../src/errors/maskErrors';

const internal = {
  message: 'request to http://10.0.0.5:4001/graphql failed, reason: connect ECONNREFUSED',
  path: ['customers'],
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['FetchError: ...'] },
};
const downstream = {
  message: 'Invalid input',
  path: ['createCustomer'],
  extensions: {
    code: 'BAD_USER_INPUT',
    fields: { 'input.email': 'Not a valid email address' },
    serviceName: 'customer',
  },
};

describe('maskErrors', () => {
  test('in production an internal error leaves with a generic message and its path only', () => {
    expect(maskErrors(true)(internal, new Error(internal.message))).toEqual({
      message: 'Internal server error',
      path: ['customers'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const codeless = {
      message: 'relation "customer" does not exist',
      extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' },
    };
    expect(maskErrors(true)(codeless, undefined).message).toBe('Internal server error');
  });

  test('in production a public error keeps its message, code and fields, not the subgraph name', () => {
    expect(maskErrors(true)(downstream, undefined)).toEqual({
      message: 'Invalid input',
      path: ['createCustomer'],
      extensions: { code: 'BAD_USER_INPUT', fields: { 'input.email': 'Not a valid email address' } },
    });
  });

  test('outside production nothing is removed', () => {
    expect(maskErrors(false)(internal, undefined)).toEqual(internal);
    expect(maskErrors(false)(downstream, undefined)).toEqual(downstream);
  });

  test('Apollo’s code-less HTTP 400 refusals are the client’s: BAD_REQUEST, kept in production', () => {
    const error = new GraphQLError('provided sha does not match query', {
      extensions: { http: { status: 400 } },
    });
    const formatted = { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(maskErrors(true)(formatted, error)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
  });
});
