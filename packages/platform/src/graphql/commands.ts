/**
 * A module's mutations are its commands: each command takes `(context, args)`, the mutation's arguments as
 * GraphQL gives them, and this hands GraphQL's `(parent, args, context)` on to it (docs/architecture.md §11).
 */
export function commandResolvers<M extends Record<string, (context: never, args: never) => unknown>>(
  commands: M,
): {
  [K in keyof M]: (parent: unknown, args: ArgsOf<M[K]>, context: Parameters<M[K]>[0]) => ReturnType<M[K]>;
} {
  return Object.fromEntries(
    Object.entries(commands).map(([name, command]) => [
      name,
      (_parent: unknown, args: never, context: never) => command(context, args),
    ]),
  ) as never;
}

/** A command's GraphQL arguments; one that takes none accepts any (GraphQL passes an empty object). */
type ArgsOf<C extends (...args: never) => unknown> = Parameters<C> extends [unknown, infer A] ? A : object;
