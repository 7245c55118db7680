import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../errors/errors';

/** One column of a keyset order; `property` is the entity property that holds the cursor value. */
export interface SortKey {
  property: string;
  direction: 'ASC' | 'DESC';
}

/** The keyset order of a connection's `orderBy: { field, direction }` argument, or `fallback` without one. */
export function sortOrder<F extends string>(
  orderBy: { field: F; direction?: 'ASC' | 'DESC' | null } | null | undefined,
  properties: Record<F, string>,
  fallback: SortKey,
): SortKey[] {
  if (!orderBy) return [fallback];
  return [{ property: properties[orderBy.field], direction: orderBy.direction ?? 'ASC' }];
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Resolved only when the client asks for it: a count is a second query. */
  totalCount: () => Promise<number>;
}

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

type CursorValues = (string | number | boolean | null)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, length: number, argument: string): CursorValues {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === length) return values as CursorValues;
  } catch {
    // fall through to the user-facing error
  }
  throw badUserInput({ [argument]: 'Not a cursor of this list' });
}

export function pageSize(args: PageArgs): { size: number; backward: boolean } {
  if (args.first != null && args.last != null) throw badUserInput({ last: 'Use first or last, not both' });
  const backward = args.last != null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput({ [backward ? 'last' : 'first']: `Must be between 0 and ${MAX_PAGE_SIZE}` });
  }
  return { size, backward };
}

/** The sort keys with `id` last, so that every row has a distinct position. */
export function withTieBreak(sort: SortKey[]): SortKey[] {
  return [...sort.filter((key) => key.property !== 'id'), { property: 'id', direction: 'ASC' }];
}

/**
 * Keyset (seek) pagination: the cursor holds the sort values of a row, and the next page starts
 * strictly after them, so pages stay stable and fast at any depth (no OFFSET). `id` breaks ties.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sort: SortKey[],
  args: PageArgs,
): Promise<Connection<T>> {
  const alias = query.alias;
  const keys = withTieBreak(sort);
  const { size, backward } = pageSize(args);
  const countQuery = query.clone();

  const page = query.clone();
  const cursorArg = backward ? 'before' : 'after';
  const cursor = backward ? args.before : args.after;
  if (cursor) {
    const values = decodeCursor(cursor, keys.length, cursorArg);
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR ... with each key's own direction.
    page.andWhere(
      new Brackets((or) => {
        keys.forEach((key, index) => {
          or.orWhere(
            new Brackets((and) => {
              keys
                .slice(0, index)
                .forEach((equal, j) =>
                  and.andWhere(`${alias}.${equal.property} = :cursor_${j}`, { [`cursor_${j}`]: values[j] }),
                );
              const ascending = (key.direction === 'ASC') !== backward;
              and.andWhere(`${alias}.${key.property} ${ascending ? '>' : '<'} :cursor_${index}`, {
                [`cursor_${index}`]: values[index],
              });
            }),
          );
        });
      }),
    );
  }
  keys.forEach((key, index) => {
    const direction = backward ? (key.direction === 'ASC' ? 'DESC' : 'ASC') : key.direction;
    if (index === 0) page.orderBy(`${alias}.${key.property}`, direction);
    else page.addOrderBy(`${alias}.${key.property}`, direction);
    // The cursor holds PostgreSQL's own text of each sort value: a timestamp keeps its microseconds,
    // which a JS Date would cut to milliseconds (the next page would then repeat or skip rows).
    page.addSelect(`CAST(${alias}.${key.property} AS text)`, `cursor_${index}`);
  });
  const { entities: rows, raw } =
    size === 0
      ? { entities: [], raw: [] }
      : await page.take(size + 1).getRawAndEntities<Record<string, string | null>>();
  const hasMore = rows.length > size;
  const edges = rows.slice(0, size).map((node, row) => ({
    node,
    cursor: encodeCursor(keys.map((_, index) => raw[row]?.[`cursor_${index}`] ?? null)),
  }));
  if (backward) edges.reverse();
  const nodes = edges.map((edge) => edge.node);
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : hasMore,
      hasPreviousPage: backward ? hasMore : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => countQuery.getCount(),
  };
}
