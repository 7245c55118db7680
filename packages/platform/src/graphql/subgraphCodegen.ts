import { commonTypeDefsPath } from './scalars';

/**
 * The GraphQL Code Generator config every subgraph uses (its `codegen.ts` passes the mappers): typed
 * resolvers from every schema file of the service (serviceSchemaFiles: `src/schema.graphql` and each
 * module's fragment, plus the service's own scalars) into `src/generated/graphql.ts`, committed;
 * `codegen --check` fails the build when they are stale.
 */
export function subgraphCodegen(mappers: Record<string, string>, scalars: Record<string, string> = {}) {
  return {
    schema: [commonTypeDefsPath, 'src/schema.graphql', 'src/*/*.graphql'],
    generates: {
      'src/generated/graphql.ts': {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          contextType: '@crm/platform#RequestContext',
          enumsAsTypes: true,
          avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
          scalars: {
            DateTime: 'Date',
            Date: 'string',
            EmailAddress: 'string',
            UUID: 'string',
            Decimal: 'string',
            CountryCode: 'string',
            Currency: 'string',
            ...scalars,
          },
          mappers,
        },
      },
    },
  };
}
