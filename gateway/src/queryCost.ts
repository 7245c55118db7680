import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { getNamedType, isCompositeType, type DocumentNode, type GraphQLSchema } from 'graphql';

/** Page size the subgraphs use when a client gives neither `first` nor `last` (packages/platform pagination). */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * A paged field (one that takes `first`/`last`, i.e. a Relay connection) may return as many items as
 * asked for: what is selected under it counts that many times.
 */
const pagedField: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return undefined;
  const requested = [args.first, args.last].find((value): value is number => typeof value === 'number');
  return 1 + Math.max(0, requested ?? DEFAULT_PAGE_SIZE) * childComplexity;
};

/** Every other field: an object costs 1 (it is fetched or resolved), a scalar or enum costs nothing. */
const plainField: ComplexityEstimator = ({ field, childComplexity }) =>
  (isCompositeType(getNamedType(field.type)) ? 1 : 0) + childComplexity;

/**
 * An estimate of how many objects an operation may make the subgraphs produce, with the variables
 * of this request (so `customers(first: $n)` counts `$n`). Introspection costs little: lists
 * without paging count once.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [pagedField, plainField],
  });
}
