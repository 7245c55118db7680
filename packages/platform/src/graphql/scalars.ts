import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError, GraphQLScalarType, Kind, parse, type DocumentNode } from 'graphql';
import {
  CountryCodeResolver,
  CurrencyResolver,
  DateResolver,
  DateTimeResolver,
  EmailAddressResolver,
  UUIDResolver,
} from 'graphql-scalars';

const decimalPattern = /^-?\d{1,15}(\.\d{1,6})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !decimalPattern.test(text)) {
    throw new GraphQLError(`Decimal must be a string like "1234.50", got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text;
}

/** Money and quantities: a string on the wire and in code (PostgreSQL numeric), never a float. */
export const DecimalResolver = new GraphQLScalarType({
  name: 'Decimal',
  description: 'A decimal number as a string, e.g. "1234.50"',
  serialize: (value) => parseDecimal(value),
  parseValue: (value) => parseDecimal(value),
  parseLiteral: (ast) =>
    parseDecimal(
      ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : null,
    ),
});

/** True for a code the CountryCode scalar serializes (ISO 3166-1 alpha-2): check input with it before storing. */
export function isCountryCode(code: string): boolean {
  try {
    CountryCodeResolver.parseValue(code);
    return true;
  } catch {
    return false;
  }
}

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
  EmailAddress: EmailAddressResolver,
  UUID: UUIDResolver,
  Decimal: DecimalResolver,
  CountryCode: CountryCodeResolver,
  Currency: CurrencyResolver,
};

export const commonTypeDefsPath = join(__dirname, 'common.graphql');

/** Scalars, PageInfo and filter inputs shared by every subgraph. */
export const commonTypeDefs: DocumentNode = parse(readFileSync(commonTypeDefsPath, 'utf8'));
