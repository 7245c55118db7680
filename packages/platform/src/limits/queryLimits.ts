import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { queryEstimate, type CostTable, type QueryEstimate } from './queryCost';

/** What one request may ask for; the gateway and every subgraph enforce the same (docs/architecture.md §7). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxCost: number;
}

/**
 * Admits an operation within the limits (the gateway's quotas), or throws its refusal; what it returns runs
 * once the response is sent.
 */
export type Admission<C> = (estimate: QueryEstimate, context: C) => Promise<(() => void) | void>;

/**
 * Refuses an operation that nests too deep, uses too many aliases or root fields (QUERY_TOO_COMPLEX), or
 * whose estimated cost is over the limit (COST_LIMIT_EXCEEDED), before anything runs; then `admit` may refuse
 * it too. A plugin, not a validation rule: the cost depends on the variables (`first: $n`), which validation
 * does not see. `costTable` is read per request: the gateway's changes with the supergraph.
 */
export function queryLimitsPlugin<C extends object>(
  limits: QueryLimits,
  costTable: () => CostTable,
  admit?: Admission<C>,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let release: (() => void) | void;
      return {
        async willSendResponse() {
          release?.();
        },
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          if (!operation) return; // graphql has refused a document without the named operation already
          const shape = operationShape(document, operation);
          for (const [limit, value, max] of [
            ['depth', shape.depth, limits.maxDepth],
            ['aliases', shape.aliases, limits.maxAliases],
            ['rootFields', shape.rootFields, limits.maxRootFields],
          ] as const) {
            if (value > max) {
              throw refusal(
                'QUERY_TOO_COMPLEX',
                `The operation's ${limit} is ${value}; the limit is ${max}`,
                {
                  limit,
                  value,
                  max,
                },
              );
            }
          }
          let estimate: QueryEstimate;
          try {
            estimate = queryEstimate(
              schema,
              costTable(),
              document,
              request.variables ?? {},
              operation.name?.value,
            );
          } catch (error) {
            // The estimate reads the variables first: a missing or ill-typed one is the client's to fix.
            throw refusal('BAD_USER_INPUT', (error as Error).message, {});
          }
          const { cost } = estimate;
          if (cost > limits.maxCost) {
            throw refusal(
              'COST_LIMIT_EXCEEDED',
              `The operation's estimated cost is ${cost}; the limit is ${limits.maxCost}: ask for smaller pages (first/last), fewer nested lists or fewer reports`,
              { limit: 'cost', value: cost, max: limits.maxCost },
            );
          }
          release = await admit?.(estimate, contextValue);
        },
      };
    },
  };
}

function refusal(code: string, message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

interface OperationShape {
  /** Nesting of fields: a root field is depth 1; fragments count where they are spread. */
  depth: number;
  aliases: number;
  rootFields: number;
}

/** Introspection is answered without data and nests type references by nature: it does not count. */
const isIntrospection = (name: string) => name.startsWith('__');

export function operationShape(document: DocumentNode, operation: OperationDefinitionNode): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Each fragment is walked once: spreading one fragment many times must not make this check slow.
  const ofFragment = new Map<string, Nesting>();
  const walk = (selectionSet: SelectionSetNode, visiting: ReadonlySet<string>): Nesting => {
    const nesting = { depth: 0, aliases: 0 };
    const add = (inner: Nesting, levels: number) => {
      nesting.depth = Math.max(nesting.depth, levels + inner.depth);
      nesting.aliases += inner.aliases;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isIntrospection(selection.name.value)) continue;
        if (selection.alias) nesting.aliases += 1;
        add(selection.selectionSet ? walk(selection.selectionSet, visiting) : { depth: 0, aliases: 0 }, 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(walk(selection.selectionSet, visiting), 0);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Unknown fragments and cycles are graphql's validation errors, reported before this runs.
        if (!fragment || visiting.has(name)) continue;
        let inner = ofFragment.get(name);
        if (!inner) {
          inner = walk(fragment.selectionSet, new Set([...visiting, name]));
          ofFragment.set(name, inner);
        }
        // Aliases count at each spread: that is what the subgraphs resolve.
        add(inner, 0);
      }
    }
    return nesting;
  };
  const { depth, aliases } = walk(operation.selectionSet, new Set());
  return { depth, aliases, rootFields: rootFieldsOf(operation.selectionSet, fragments) };
}

interface Nesting {
  depth: number;
  aliases: number;
}

function rootFieldsOf(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += isIntrospection(selection.name.value) ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += rootFieldsOf(selection.selectionSet, fragments);
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) count += rootFieldsOf(fragment.selectionSet, fragments);
    }
  }
  return count;
}
