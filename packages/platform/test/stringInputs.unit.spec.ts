// The rule every string argument follows (no NUL, no lone surrogate, a length bound), and how the edge
// finds every string argument of an operation: written in, as a variable, as a variable's default,
// inside a JSON scalar, in nested fields and fragments.
import { parse, type OperationDefinitionNode } from 'graphql';
import { badStringInputs, MAX_INPUT_STRING_LENGTH, stringInputProblem } from '../src';

const NUL = 'Must not contain the NUL character (U+0000)';
const SURROGATE = 'Must be valid Unicode text (no unpaired surrogate)';

describe('stringInputProblem', () => {
  it.each([
    ['plain text', 'Ada Lovelace'],
    ['an empty string (a field rule decides whether it may be empty)', ''],
    ['letters outside the basic plane, as surrogate pairs', 'Ünïcödé 😀 𝔘 漢字'],
    ['control characters other than NUL', 'tab\there\nnewline\u0001'],
    ['the longest string any field takes', 'x'.repeat(MAX_INPUT_STRING_LENGTH)],
  ])('accepts %s', (_, value) => {
    expect(stringInputProblem(value)).toBeUndefined();
  });

  it.each([
    ['NUL alone', '\u0000', NUL],
    ['NUL inside', 'Love\u0000lace', NUL],
    ['a lone high surrogate', '\ud800', SURROGATE],
    ['a lone low surrogate', 'end \udfff', SURROGATE],
    ['a pair in the wrong order', '\udc00\ud800', SURROGATE],
    ['two high surrogates', '\ud83d\ud83d', SURROGATE],
    ['half of an emoji', '😀'.slice(0, 1), SURROGATE],
    [
      'one character too many',
      'x'.repeat(MAX_INPUT_STRING_LENGTH + 1),
      `At most ${MAX_INPUT_STRING_LENGTH} characters`,
    ],
  ])('refuses %s', (_, value, message) => {
    expect(stringInputProblem(value)).toBe(message);
  });
});

describe('badStringInputs', () => {
  const check = (source: string, variables: Record<string, unknown> = {}) => {
    const document = parse(source);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    )!;
    return badStringInputs(document, operation, variables);
  };

  it('names the argument path of a bad string written into the operation', () => {
    expect(
      check(
        'mutation { createCustomer(input: { kind: PERSON, name: "\\u0000", tags: ["ok", "\\u0000"] }) { id } }',
      ),
    ).toEqual({
      'input.name': NUL,
      'input.tags.1': NUL,
    });
  });

  it('names the argument path, not the variable, of a bad variable, however deep; a value for no variable is never read', () => {
    const fields = check(
      'mutation ($i: CreateLeadInput!, $id: UUID!) { createLead(input: $i) { id } convertLead(id: $id) { id } }',
      {
        i: { firstName: 'Ada', lastName: 'Love\u0000lace', tags: ['x', '\ud800'] },
        id: 'fine',
        unused: '\u0000',
      },
    );
    expect(fields).toEqual({ 'input.lastName': NUL, 'input.tags.1': SURROGATE });
  });

  it('reads variables used in a nested argument and inside a JSON scalar, and leaves well-formed ones alone', () => {
    const fields = check(
      `query ($after: String, $vars: EmailVariables, $fine: String) {
        customers(search: $fine) { edges { node { timeline(after: $after) { totalCount } } } }
        preview(variables: $vars)
      }`,
      { after: 'x\u0000', vars: { name: 'ok', nested: [{ deep: '\ud800' }] }, fine: 'Grüße 😀' },
    );
    expect(fields).toEqual({ after: NUL, 'variables.nested.0.deep': SURROGATE });
  });

  it("uses a variable's default when the variable is not given", () => {
    expect(check('query ($s: String = "a\\u0000") { customers(search: $s) { totalCount } }')).toEqual({
      search: NUL,
    });
    expect(
      check('query ($s: String = "a\\u0000") { customers(search: $s) { totalCount } }', { s: 'fine' }),
    ).toEqual({});
  });

  it('reads arguments inside fragments, inline and named, and of directives', () => {
    const fields = check(
      `query { ...Lists ... on Query { leads(search: "\\u0000") { totalCount } } }
       fragment Lists on Query { customers(filter: { name: { in: ["a", "b\\u0000"] } }) { totalCount } }`,
    );
    expect(fields).toEqual({ search: NUL, 'filter.name.in.1': NUL });
  });

  it('finds nothing in an operation without bad strings', () => {
    expect(
      check('query ($id: UUID!) { customer(id: $id) { name } }', {
        id: '4d6f0c6e-0000-4000-8000-000000000000',
      }),
    ).toEqual({});
  });
});
