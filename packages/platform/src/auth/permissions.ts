import type { GraphQLFieldResolver } from 'graphql';
import { forbidden, unauthenticated } from '../errors/errors';
import type { Principal, Role } from './principal';
import { hasRole } from './principal';

/**
 * The allow-list of docs/architecture.md §7: for each root field (`Query.customer`, `Mutation.createCustomer`) and
 * each entity lookup (`Customer.__resolveReference`), the roles that may call it; `'public'` needs no token.
 */
export type Permissions = Record<string, readonly Role[] | 'public'>;

export const everyRole: readonly Role[] = [
  'admin',
  'sales_manager',
  'sales_rep',
  'support_agent',
  'marketer',
  'analyst',
  'readonly',
];

interface AuthContext {
  principal: Principal | null;
}

type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Wraps every root field and `__resolveReference` so that it runs only for an allowed caller.
 * A field missing from the allow-list makes start fail: a new operation cannot be left open by mistake.
 */
export function guardResolvers<R extends ResolverMap>(resolvers: R, permissions: Permissions): R {
  const guarded: ResolverMap = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const isRoot = typeName === 'Query' || typeName === 'Mutation';
    guarded[typeName] = { ...fields };
    for (const [fieldName, resolver] of Object.entries(fields)) {
      if (!isRoot && fieldName !== '__resolveReference') continue;
      const key = `${typeName}.${fieldName}`;
      const allowed = permissions[key];
      if (!allowed) throw new Error(`No permission entry for ${key}`);
      guarded[typeName]![fieldName] = guard(
        key,
        allowed,
        resolver as GraphQLFieldResolver<unknown, AuthContext>,
      );
    }
  }
  return guarded as R;
}

function guard(
  key: string,
  allowed: readonly Role[] | 'public',
  resolver: GraphQLFieldResolver<unknown, AuthContext>,
): GraphQLFieldResolver<unknown, AuthContext> {
  if (allowed === 'public') return resolver;
  // __resolveReference is called as (reference, context, info); root fields as (parent, args, context, info).
  const contextIndex = key.endsWith('.__resolveReference') ? 1 : 2;
  return (...args: Parameters<GraphQLFieldResolver<unknown, AuthContext>>) => {
    const context = args[contextIndex] as AuthContext;
    if (!context.principal) throw unauthenticated();
    if (!hasRole(context.principal, ...allowed)) throw forbidden(`Your roles may not use ${key}`);
    return resolver(...args);
  };
}
