// The request log's one redaction rule: no credentials, no link tokens, no GraphQL variables.
import { redactRequest, redactUrl } from '../src/log/redact';

const linkToken = 'eyJwdXJwb3NlIjoidW5zdWJzY3JpYmUifQ.q2Vb3dkEyF0pQ8Kx7nHc1L9sXwR4tYzA';

describe('redactUrl', () => {
  test.each([
    [`/email/o/${linkToken}`, '/email/o/[redacted]'],
    [`/email/c/${linkToken}`, '/email/c/[redacted]'],
    [`/email/u/${linkToken}`, '/email/u/[redacted]'],
    [`/consent/confirm/${linkToken}`, '/consent/confirm/[redacted]'],
    [`/EMAIL/U/${linkToken}/`, '/EMAIL/U/[redacted]'], // Express routes ignore case
    [`/email/u/${linkToken}?List-Unsubscribe=One-Click`, '/email/u/[redacted]?List-Unsubscribe=One-Click'],
  ])('a mail link’s token: %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });

  test('a survey link’s token in the query, as a parameter, in variables or in the query text', () => {
    expect(redactUrl(`/survey?token=${linkToken}&lang=en`)).toBe('/survey?token=[redacted]&lang=en');
    expect(redactUrl(`/s?linkToken=${linkToken}`)).toBe('/s?linkToken=[redacted]');
    const variables = encodeURIComponent(JSON.stringify({ token: linkToken }));
    const query = encodeURIComponent(`query { surveyByToken(token: "${linkToken}") { status } }`);
    const logged = redactUrl(`/graphql?query=${query}&variables=${variables}&operationName=Survey`);
    expect(logged).not.toContain(linkToken.slice(0, 20));
    expect(logged).toContain('variables=[redacted]');
    expect(logged).toContain('&operationName=Survey');
    expect(decodeURIComponent(logged.split('&')[0]!)).toBe(
      '/graphql?query=query { surveyByToken(token: "[redacted]") { status } }',
    );
  });

  test('leaves everything else as it was', () => {
    for (const url of [
      '/graphql',
      '/health',
      '/graphiql/assets/index-abc.js',
      '/email/x/y',
      '/graphql?a=1&b',
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });
});

describe('redactRequest (pino-http’s request serializer)', () => {
  test('the request as pino-http hands it over: url, query, params and headers', () => {
    const request = {
      id: 'req-1',
      method: 'POST',
      url: `/consent/confirm/${linkToken}?token=${linkToken}`,
      query: { token: linkToken, page: '2' },
      params: { token: linkToken },
      headers: { authorization: 'Bearer abc.def.ghi', cookie: 'sid=1', accept: 'text/html' },
      remoteAddress: '127.0.0.1',
    };
    const logged = redactRequest(request);
    expect(logged).toEqual({
      id: 'req-1',
      method: 'POST',
      url: '/consent/confirm/[redacted]?token=[redacted]',
      query: { token: '[redacted]', page: '2' },
      params: { token: '[redacted]' },
      headers: { authorization: '[redacted]', cookie: '[redacted]', accept: 'text/html' },
      remoteAddress: '127.0.0.1',
    });
    expect(JSON.stringify(logged)).not.toContain(linkToken);
    expect(request.params.token).toBe(linkToken); // the request itself is untouched
  });

  test('any route parameter of a mail link, whatever its name', () => {
    const logged = redactRequest({ url: `/email/c/${linkToken}`, params: { id: linkToken } });
    expect(logged.params).toEqual({ id: '[redacted]' });
  });

  test('a GraphQL GET keeps its query text but not its variables or string literals', () => {
    const logged = redactRequest({
      url: '/graphql',
      query: { query: `{ surveyByToken(token: "${linkToken}") { status } }`, variables: '{"a":1}' },
    });
    expect(logged.query).toEqual({
      query: '{ surveyByToken(token: "[redacted]") { status } }',
      variables: '[redacted]',
    });
  });
});
