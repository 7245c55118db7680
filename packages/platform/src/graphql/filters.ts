import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** How a filter field maps to a column; the GraphQL input types of the same names live in common.graphql. */
export type FilterField =
  | { kind: 'string'; column: string }
  | { kind: 'enum'; column: string }
  | { kind: 'id'; column: string }
  | { kind: 'dateTime'; column: string }
  | { kind: 'stringList'; column: string }
  /** A boolean SQL expression, filtered by a plain Boolean (`slaBreached: true`). */
  | { kind: 'boolean'; column: string }
  /** An array-valued SQL expression of ids, e.g. the organizations of a contact. */
  | { kind: 'idList'; column: string };

export type FilterSpec = Record<string, FilterField>;

export interface StringFilter {
  eq?: string | null;
  ne?: string | null;
  in?: string[] | null;
  contains?: string | null;
  startsWith?: string | null;
}
export interface EnumFilter<E = string> {
  eq?: E | null;
  in?: E[] | null;
}
export interface DateTimeFilter {
  gt?: Date | null;
  gte?: Date | null;
  lt?: Date | null;
  lte?: Date | null;
}
export interface StringListFilter {
  hasAny?: string[] | null;
  hasAll?: string[] | null;
}

export type Filter = {
  and?: Filter[] | null;
  or?: Filter[] | null;
  not?: Filter | null;
} & Record<string, unknown>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Whether a filter, at any depth of and/or/not, tests one of `fields`. */
export function filterUses(filter: Filter | null | undefined, fields: string[]): boolean {
  if (!filter) return false;
  return Object.entries(filter).some(([name, value]) => {
    if (value == null) return false;
    if (name === 'and' || name === 'or') return (value as Filter[]).some((part) => filterUses(part, fields));
    if (name === 'not') return filterUses(value as Filter, fields);
    return fields.includes(name);
  });
}

/** An ILIKE pattern matching `text` anywhere, with LIKE's wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

const operators: Record<string, (column: string, p: string) => string> = {
  'string.eq': (c, p) => `${c} = :${p}`,
  'enum.eq': (c, p) => `${c} = :${p}`,
  'id.eq': (c, p) => `${c} = :${p}`,
  'string.ne': (c, p) => `${c} IS DISTINCT FROM :${p}`,
  'string.in': (c, p) => `${c} = ANY(:${p})`,
  'enum.in': (c, p) => `${c} = ANY(:${p})`,
  'id.in': (c, p) => `${c} = ANY(:${p})`,
  'string.contains': (c, p) => `${c} ILIKE :${p}`,
  'string.startsWith': (c, p) => `${c} ILIKE :${p}`,
  'dateTime.gt': (c, p) => `${c} > :${p}`,
  'dateTime.gte': (c, p) => `${c} >= :${p}`,
  'dateTime.lt': (c, p) => `${c} < :${p}`,
  'dateTime.lte': (c, p) => `${c} <= :${p}`,
  'stringList.hasAny': (c, p) => `${c} && :${p}`,
  'stringList.hasAll': (c, p) => `${c} @> :${p}`,
  'idList.eq': (c, p) => `:${p} = ANY(${c})`,
  'idList.in': (c, p) => `${c} && :${p}`,
};

function operand(op: string, value: unknown): unknown {
  if (op === 'contains') return containsPattern(String(value));
  if (op === 'startsWith') return `${escapeLike(String(value))}%`;
  return value;
}

/**
 * Adds a typed `and`/`or`/`not` filter to a query as one parameterised SQL condition. Several filters
 * in one statement (e.g. as subqueries) need a `parameterPrefix` each, or their parameters collide.
 */
export function applyFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  filter: Filter | null | undefined,
  spec: FilterSpec,
  { parameterPrefix = '' }: { parameterPrefix?: string } = {},
): SelectQueryBuilder<T> {
  if (!filter) return query;
  const params: Record<string, unknown> = {};
  let counter = 0;

  const toSql = (current: Filter): string => {
    const parts: string[] = [];
    for (const [name, value] of Object.entries(current)) {
      if (value == null) continue;
      if (name === 'and') {
        parts.push(...(value as Filter[]).map((part) => `(${toSql(part)})`));
      } else if (name === 'or') {
        const any = (value as Filter[]).map((part) => `(${toSql(part)})`);
        if (any.length > 0) parts.push(`(${any.join(' OR ')})`);
      } else if (name === 'not') {
        parts.push(`NOT (${toSql(value as Filter)})`);
      } else {
        const field = spec[name];
        if (!field) throw new Error(`Filter field ${name} has no column`);
        if (field.kind === 'boolean') {
          const p = `${parameterPrefix}filter_${counter++}`;
          params[p] = Boolean(value);
          parts.push(`${field.column} = :${p}`);
          continue;
        }
        for (const [op, raw] of Object.entries(value as Record<string, unknown>)) {
          if (raw == null) continue;
          const condition = operators[`${field.kind}.${op}`];
          if (!condition) throw new Error(`Filter operator ${op} is not defined for ${field.kind}`);
          const p = `${parameterPrefix}filter_${counter++}`;
          params[p] = operand(op, raw);
          parts.push(condition(field.column, p));
        }
      }
    }
    return parts.length > 0 ? parts.join(' AND ') : 'TRUE';
  };

  return query.andWhere(`(${toSql(filter)})`, params);
}
