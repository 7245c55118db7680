import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { TenantOwned } from '../db/tenantDb';
import type { RequestContext } from '../server/context';
import {
  encodeCursor,
  pageSize,
  paginate,
  withTieBreak,
  type Connection,
  type PageArgs,
  type SortKey,
} from './pagination';

export interface ChildConnection<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** The property that points at the parent, e.g. `customerId`. */
  parentProperty: string;
  parentId: string;
  sort: SortKey[];
  /**
   * An extra equality every row must meet, e.g. `{ property: 'ownerId', value: me }` for "own rows only";
   * with `orNull`, rows where the property is null pass too (lines of another service's records, of which only
   * some are owned).
   */
  scope?: { property: string; value: string; orNull?: boolean };
  /**
   * The per-parent query for pages after the first (a client paging through one parent); by default the
   * tenant's rows of this parent, within the scope.
   */
  query?: () => SelectQueryBuilder<T>;
}

/**
 * A connection under each row of a list (Customer.interactions): the first pages of all parents in a
 * request come from one windowed query and one count query, so a list costs the same at any length.
 */
export function childConnection<T extends ObjectLiteral & TenantOwned & { id: string }>(
  context: RequestContext,
  child: ChildConnection<T>,
  args: PageArgs,
): Promise<Connection<T>> {
  if (args.after || args.before || args.last != null) {
    return paginate(child.query?.() ?? rowsOfParent(context, child), child.sort, args);
  }
  const { size } = pageSize(args);
  const metadata = context.db.manager.connection.getMetadata(child.entity);
  const column = (property: string) => `"${metadata.findColumnWithPropertyPath(property)!.databaseName}"`;
  const keys = withTieBreak(child.sort);
  const table = `"${metadata.tableName}"`;
  const parent = column(child.parentProperty);
  const tenant = column('tenantId');
  const scoped = child.scope && column(child.scope.property);
  const scope = !scoped
    ? ''
    : child.scope!.orNull
      ? ` AND (${scoped} = $3 OR ${scoped} IS NULL)`
      : ` AND ${scoped} = $3`;
  const scopeParams = child.scope ? [child.scope.value] : [];
  const name = `${metadata.tableName}.${child.parentProperty}:${child.scope?.property}=${child.scope?.value}:${child.scope?.orNull}`;

  const totals = context.loaders.get<string, number>(`count:${name}`, async (parentIds) => {
    const rows: { parent: string; total: number }[] = await context.db.manager.query(
      `SELECT ${parent} AS parent, count(*)::int AS total FROM ${table}
       WHERE ${tenant} = $1 AND ${parent} = ANY($2)${scope} GROUP BY ${parent}`,
      [context.db.tenantId, parentIds, ...scopeParams],
    );
    const byParent = new Map(rows.map((row) => [row.parent, row.total]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });

  const pages = context.loaders.get<string, Connection<T>>(
    `firstPage:${name}:${size}:${JSON.stringify(child.sort)}`,
    async (parentIds) => {
      const order = keys.map((key) => `${column(key.property)} ${key.direction}`).join(', ');
      const cursors = keys.map((key, index) => `CAST(${column(key.property)} AS text) AS cursor_${index}`);
      // Same cursor text as paginate(), so `after` continues where this page ends.
      const ranked: (Record<string, string> & { id: string; parent: string })[] =
        await context.db.manager.query(
          `SELECT * FROM (
           SELECT id, ${parent} AS parent, ${cursors.join(', ')},
                  row_number() OVER (PARTITION BY ${parent} ORDER BY ${order}) AS rank
           FROM ${table} WHERE ${tenant} = $1 AND ${parent} = ANY($2)${scope}
         ) ranked WHERE rank <= $${scopeParams.length + 3} ORDER BY parent, rank`,
          [context.db.tenantId, parentIds, ...scopeParams, size + 1],
        );
      const nodes = new Map(
        (
          await context.db.findByIds(
            child.entity,
            ranked.map((row) => row.id),
          )
        ).map((node) => [node.id, node]),
      );
      return parentIds.map((parentId) => {
        const rows = ranked.filter((row) => row.parent === parentId);
        const edges = rows.slice(0, size).map((row) => ({
          node: nodes.get(row.id)!,
          cursor: encodeCursor(keys.map((_, index) => row[`cursor_${index}`] ?? null)),
        }));
        return {
          edges,
          nodes: edges.map((edge) => edge.node),
          pageInfo: {
            hasNextPage: rows.length > size,
            hasPreviousPage: false,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          totalCount: () => totals.load(parentId),
        };
      });
    },
  );
  return pages.load(child.parentId);
}

function rowsOfParent<T extends ObjectLiteral & TenantOwned>(
  context: RequestContext,
  child: ChildConnection<T>,
): SelectQueryBuilder<T> {
  const query = context.db
    .select(child.entity, 'child')
    .andWhere(`child.${child.parentProperty} = :parentId`, { parentId: child.parentId });
  if (child.scope) {
    const { property, value, orNull } = child.scope;
    const owned = `child.${property} = :scopeValue`;
    query.andWhere(orNull ? `(${owned} OR child.${property} IS NULL)` : owned, { scopeValue: value });
  }
  return query;
}
