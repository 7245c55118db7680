import { defaultFieldResolver, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';

interface PersonalDataContext {
  seesPersonalData: boolean;
}

/**
 * Every field marked `@personal` in a subgraph's schema answers null to a caller who may not see personal
 * data (an analyst, or a caller without a token): one declaration beside the field, applied by the platform
 * on every path that reaches it — root fields, nested fields and `_entities` (docs/architecture.md §7). A
 * personal field must be nullable, or the service does not start. Returns the fields it guards.
 */
export function guardPersonalFields(schema: GraphQLSchema): string[] {
  const guarded: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.astNode?.directives?.some((directive) => directive.name.value === 'personal')) continue;
      const name = `${type.name}.${field.name}`;
      if (isNonNullType(field.type)) {
        throw new Error(`${name} is personal data: it must be nullable (null for who may not see it)`);
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: PersonalDataContext, info) =>
        context.seesPersonalData ? resolve(source, args, context, info) : null;
      guarded.push(name);
    }
  }
  return guarded;
}
