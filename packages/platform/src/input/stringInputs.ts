import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The longest string any argument may be: an e-mail template's body (500,000 characters) is the longest
 * text a field takes. Each field's own bound, usually far lower, is its zod rule (inputRules.ts).
 */
export const MAX_INPUT_STRING_LENGTH = 500_000;

// In a `u` regex a surrogate pair is one code point, so \p{Surrogate} finds only the unpaired halves.
const loneSurrogate = /\p{Surrogate}/u;

/**
 * The rule every string input follows, whatever its field (docs/architecture.md §5): PostgreSQL refuses
 * NUL in text, a lone surrogate is not Unicode (PostgreSQL's JSON refuses it, and text would store U+FFFD
 * in its place), and nothing is longer than MAX_INPUT_STRING_LENGTH. The message says what is wrong.
 */
export function stringInputProblem(value: string): string | undefined {
  if (value.length > MAX_INPUT_STRING_LENGTH) return `At most ${MAX_INPUT_STRING_LENGTH} characters`;
  if (value.includes('\u0000')) return 'Must not contain the NUL character (U+0000)';
  if (loneSurrogate.test(value)) return 'Must be valid Unicode text (no unpaired surrogate)';
  return undefined;
}

/**
 * Every string argument of an operation that breaks the rule, as BAD_USER_INPUT `fields`: the argument's
 * path (`input.name`, `filter.name.in.1`, `search`), the same whether the string is written in the
 * operation, given as a variable (also inside a JSON scalar) or a variable's default. Arguments of every
 * field at any depth are read, through fragments too.
 */
export function badStringInputs(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): Record<string, string> {
  const fields: Record<string, string> = {};
  const report = (path: string, value: string) => {
    const problem = stringInputProblem(value);
    if (problem && !(path in fields)) fields[path] = problem;
  };
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      definition.defaultValue,
    ]),
  );
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );

  const checkJson = (value: unknown, path: string): void => {
    if (typeof value === 'string') report(path, value);
    else if (Array.isArray(value)) value.forEach((item, index) => checkJson(item, `${path}.${index}`));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) checkJson(item, `${path}.${key}`);
    }
  };
  const checkValue = (node: ValueNode, path: string): void => {
    switch (node.kind) {
      case Kind.STRING:
        report(path, node.value);
        break;
      case Kind.LIST:
        node.values.forEach((item, index) => checkValue(item, `${path}.${index}`));
        break;
      case Kind.OBJECT:
        for (const field of node.fields) checkValue(field.value, `${path}.${field.name.value}`);
        break;
      case Kind.VARIABLE: {
        const name = node.name.value;
        if (variables[name] !== undefined) checkJson(variables[name], path);
        else if (defaults.get(name)) checkValue(defaults.get(name)!, path);
        break;
      }
      default:
        break;
    }
  };
  const visited = new Set<string>();
  const checkSelections = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      for (const directive of selection.directives ?? []) {
        for (const argument of directive.arguments ?? []) checkValue(argument.value, argument.name.value);
      }
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) checkValue(argument.value, argument.name.value);
        checkSelections(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        checkSelections(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        checkSelections(fragments.get(selection.name.value)?.selectionSet);
      }
    }
  };
  checkSelections(operation.selectionSet);
  return fields;
}
