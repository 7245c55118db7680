import {
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

// Introspection is answered by the gateway itself and is deep by nature (type references nest).
const introspectionFields = new Set(['__schema', '__type']);

/**
 * Refuses operations whose fields nest deeper than `maxDepth` (a root field is depth 1; fragments
 * count where they are spread). Apollo Server reports it with code GRAPHQL_VALIDATION_FAILED.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = selectionDepth(operation.selectionSet, context, new Map(), new Set());
      if (depth > maxDepth) {
        const name = operation.name ? `Operation ${operation.name.value}` : 'The operation';
        context.reportError(
          new GraphQLError(`${name} nests fields ${depth} levels deep; the limit is ${maxDepth}`, {
            nodes: [operation],
            extensions: { depth, maxDepth },
          }),
        );
      }
    },
  });
}

function selectionDepth(
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  fragmentDepths: Map<string, number>,
  visiting: Set<string>,
): number {
  let depth = 0;
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        if (introspectionFields.has(selection.name.value)) continue;
        depth = Math.max(
          depth,
          1 +
            (selection.selectionSet
              ? selectionDepth(selection.selectionSet, context, fragmentDepths, visiting)
              : 0),
        );
        break;
      case Kind.INLINE_FRAGMENT:
        depth = Math.max(depth, selectionDepth(selection.selectionSet, context, fragmentDepths, visiting));
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        // Unknown fragments and cycles are reported by graphql's own rules.
        if (!fragment || visiting.has(name)) continue;
        let fragmentDepth = fragmentDepths.get(name);
        if (fragmentDepth === undefined) {
          visiting.add(name);
          fragmentDepth = selectionDepth(fragment.selectionSet, context, fragmentDepths, visiting);
          visiting.delete(name);
          fragmentDepths.set(name, fragmentDepth);
        }
        depth = Math.max(depth, fragmentDepth);
        break;
      }
    }
  }
  return depth;
}
