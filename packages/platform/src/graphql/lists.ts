import {
  In,
  type EntityMetadata,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import type { TenantOwned } from '../db/tenantDb';
import { forbidden } from '../errors/errors';
import type { RequestContext } from '../server/context';
import {
  applyFilter,
  containsPattern,
  filterUses,
  type Filter,
  type FilterField,
  type FilterSpec,
} from './filters';
import { byKeys, groupByKeys } from './loaders';
import { paginate, sortOrder, type Connection, type PageArgs, type SortKey } from './pagination';

/** A filter field: its kind, on the entity's property of the same name; or a field with its own column. */
type ListFilterField = FilterField['kind'] | FilterField;

export interface ListDefinition<
  T extends ObjectLiteral,
  F extends string,
  A extends ListArgs<F> = ListArgs<F>,
> {
  entity: EntityTarget<T>;
  alias: string;
  filter: Record<string, ListFilterField>;
  /** Filter fields that reveal personal data: refused to callers who may not see it, so they cannot probe. */
  personalFilters?: string[];
  /** The GraphQL order fields and the properties they sort by. */
  orderBy: Record<F, string>;
  defaultOrder: SortKey;
  /** The rows the caller may see (a sales rep's own), or that the list's own arguments ask for; by default all of the tenant's. */
  rows?: (context: RequestContext, args: A) => SelectQueryBuilder<T>;
  /** Free-text search: a condition on `:search` (a contains pattern) for what the caller may see. */
  search?: (text: string, seesPersonalData: boolean) => { where: string; params?: Record<string, unknown> };
}

export interface ListArgs<F extends string> extends PageArgs {
  search?: string | null;
  filter?: object | null;
  orderBy?: { field: F; direction?: 'ASC' | 'DESC' | null } | null;
}

/**
 * A root list (`customers`, `leads`, ...): search, a typed filter with and/or/not, an order, keyset pages —
 * declared once, the same for every list of every service (docs/architecture.md §5).
 */
export function defineList<
  T extends ObjectLiteral & TenantOwned & { id: string },
  F extends string,
  A extends ListArgs<F> = ListArgs<F>,
>(list: ListDefinition<T, F, A>): (context: RequestContext, args: A) => Promise<Connection<T>> {
  let spec: FilterSpec | undefined;
  return (context, args) => {
    const personal = context.seesPersonalData;
    const filter = args.filter as Filter | null | undefined;
    if (!personal && list.personalFilters && filterUses(filter, list.personalFilters)) {
      throw forbidden(`Your roles may not filter by ${list.personalFilters.join(' or ')}`);
    }
    const query = list.rows?.(context, args) ?? context.db.select(list.entity, list.alias);
    const text = args.search?.trim();
    if (text && list.search) {
      const { where, params } = list.search(text, personal);
      query.andWhere(where, { search: containsPattern(text), ...params });
    }
    spec ??= filterSpecOf(context.db.manager.connection.getMetadata(list.entity), list.alias, list.filter);
    applyFilter(query, filter, spec);
    return paginate(query, sortOrder(args.orderBy, list.orderBy, list.defaultOrder), args);
  };
}

function filterSpecOf(
  metadata: EntityMetadata,
  alias: string,
  fields: Record<string, ListFilterField>,
): FilterSpec {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => {
      if (typeof field !== 'string') return [name, field];
      const column = metadata.findColumnWithPropertyPath(name);
      if (!column) throw new Error(`${metadata.name} has no property ${name} to filter by`);
      return [name, { kind: field, column: `${alias}.${column.databaseName}` } as FilterField];
    }),
  );
}

/**
 * The per-request loader of an entity by id (relations and `_entities` lookups): one query for all the ids
 * of a request; a row the caller may not see (`visible`) loads as null, as a missing one does.
 */
export function loaderById<T extends ObjectLiteral & TenantOwned & { id: string }>(
  context: RequestContext,
  entity: EntityTarget<T>,
  visible?: (row: T) => boolean,
) {
  const name = context.db.manager.connection.getMetadata(entity).name;
  return context.loaders.get<string, T | null>(`${name}ById`, async (ids) =>
    byKeys(ids, await context.db.findByIds(entity, ids), (row) => row.id).map((row) =>
      row && (!visible || visible(row)) ? row : null,
    ),
  );
}

/**
 * The per-request loader of an entity's rows by the parent they belong to (`contactId`, `orderId`): one
 * query for every parent of a request, in `order`.
 */
export function loaderByParent<T extends ObjectLiteral & TenantOwned>(
  context: RequestContext,
  entity: EntityTarget<T>,
  parentProperty: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
) {
  const name = context.db.manager.connection.getMetadata(entity).name;
  return context.loaders.get<string, T[]>(`${name}By:${parentProperty}`, async (parentIds) =>
    groupByKeys(
      parentIds,
      await context.db.manager.find(entity, {
        where: { [parentProperty]: In([...parentIds]), tenantId: context.db.tenantId } as never,
        order: order as never,
      }),
      (row) => row[parentProperty] as string,
    ),
  );
}
