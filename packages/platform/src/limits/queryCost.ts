import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Page size the lists use when a client gives neither `first` nor `last` (pagination.ts). */
export const DEFAULT_PAGE_SIZE = 20;

/** What a list without paging arguments and without `@listSize` is assumed to hold: the largest page. */
export const DEFAULT_LIST_SIZE = 100;

/**
 * What the schema declares of a field's cost, with the directives of Apollo's cost specification
 * (`@cost(weight:)`, `@listSize(assumedSize:, slicingArguments:)`): written in the subgraphs' schema files,
 * composed into the supergraph, read from either (docs/architecture.md §7).
 */
export interface FieldCost {
  weight?: number;
  assumedSize?: number;
  slicingArguments?: string[];
}

/** A field of at least this weight is a report: the gateway caps how many of a tenant's run at once. */
export const REPORT_WEIGHT = 100;

/** By `Type.field`. */
export type CostTable = ReadonlyMap<string, FieldCost>;

/** The declared costs of a schema document: a subgraph's type definitions or the supergraph. */
export function costTableOf(document: DocumentNode): CostTable {
  const table = new Map<string, FieldCost>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const declared = declaredCost(field.directives ?? []);
      if (declared) table.set(`${definition.name.value}.${field.name.value}`, declared);
    }
  }
  return table;
}

function declaredCost(directives: readonly ConstDirectiveNode[]): FieldCost | undefined {
  let cost: FieldCost | undefined;
  for (const directive of directives) {
    const name = directive.name.value;
    // The supergraph names the imported directive after its specification: `@cost__listSize`.
    if (name !== 'cost' && name !== 'listSize' && name !== 'cost__listSize') continue;
    cost ??= {};
    for (const argument of directive.arguments ?? []) {
      const { value } = argument;
      if (argument.name.value === 'weight' && value.kind === Kind.INT) cost.weight = Number(value.value);
      if (argument.name.value === 'assumedSize' && value.kind === Kind.INT)
        cost.assumedSize = Number(value.value);
      if (argument.name.value === 'slicingArguments' && value.kind === Kind.LIST) {
        cost.slicingArguments = value.values.flatMap((item) =>
          item.kind === Kind.STRING ? [item.value] : [],
        );
      }
    }
  }
  return cost;
}

/**
 * A field's cost: its weight (declared, else 1 for an object and 0 for a scalar), plus what is selected under
 * it times the number of items it may return — the page asked for (`first`/`last`), the representations of an
 * `_entities` fetch, or the declared or default size of a list. The lists of a connection (`edges`, `nodes`)
 * are sized by the connection's page.
 */
const declaredFieldCost =
  (table: CostTable, onReport: () => void): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    // Introspection is the schema itself, answered without data: its lists count once.
    if (type.name.startsWith('__') || field.name.startsWith('__')) return childComplexity;
    const declared = table.get(`${type.name}.${field.name}`);
    if ((declared?.weight ?? 0) >= REPORT_WEIGHT) onReport();
    const weight = declared?.weight ?? (isCompositeType(getNamedType(field.type)) ? 1 : 0);
    if (field.name === '_entities') {
      const representations = Array.isArray(args.representations) ? args.representations.length : 1;
      return weight + representations * childComplexity;
    }
    const slicing =
      declared?.slicingArguments ??
      ['first', 'last'].filter((name) => field.args.some((arg) => arg.name === name));
    if (slicing.length > 0) {
      const requested = slicing
        .map((name) => args[name])
        .find((value): value is number => typeof value === 'number');
      return weight + Math.max(0, requested ?? DEFAULT_PAGE_SIZE) * childComplexity;
    }
    if (isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')) {
      return weight + (declared?.assumedSize ?? DEFAULT_LIST_SIZE) * childComplexity;
    }
    return weight + childComplexity;
  };

export interface QueryEstimate {
  cost: number;
  /** How many report fields (weight ≥ REPORT_WEIGHT) it asks for. */
  reports: number;
}

/**
 * An estimate of the work an operation may cause — roughly the objects the subgraphs produce, with reports
 * weighted by what they cost — with this request's variables (`customers(first: $n)` counts `$n`).
 */
export function queryEstimate(
  schema: GraphQLSchema,
  table: CostTable,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): QueryEstimate {
  let reports = 0;
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    ...(operationName ? { operationName } : {}),
    estimators: [declaredFieldCost(table, () => (reports += 1))],
  });
  return { cost, reports };
}
