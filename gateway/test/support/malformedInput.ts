import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/**
 * Malformed arguments for any root field of a schema, from a seeded generator: the same seed gives the
 * same requests, and a field's cases do not move when another field is added (each field seeds its own).
 */

/** A small seeded generator (mulberry32): deterministic, unlike Math.random. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a text, to seed each field's generator from its name. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return value >>> 0;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

type Path = (string | number)[];

/** A place in the arguments where a value can be broken. */
interface Slot {
  path: Path;
  /** `text`: a String or ID (or a string inside a JSON scalar); `typed`: any other scalar or an enum. */
  kind: 'text' | 'typed';
  /** The well-formed value the skeleton put there. */
  sample: unknown;
  /** Whether the schema checks its type (false for a string inside a JSON scalar, which takes anything). */
  typeChecked: boolean;
  nonNull: boolean;
}

/** One way to break a value; `stringOnly` when it is a bad string (the rule under test), not a bad type. */
interface Break {
  label: string;
  value: unknown;
  stringOnly: boolean;
}

export interface FuzzCase {
  /** What was broken where, for the failure message. */
  label: string;
  variables: Record<string, unknown>;
  /** The operation, with the arguments as variables or, for literal cases, written into it. */
  query: string;
  /** The paths given a bad string (NUL, lone surrogate, over-long): the refusal must name one of them. */
  brokenStrings: string[];
  /** True when every break is a bad string: the answer must be BAD_USER_INPUT naming a broken path. */
  onlyStrings: boolean;
}

const sampleScalars: Record<string, unknown> = {
  Int: 1,
  Float: 1.5,
  Boolean: false,
  Decimal: '1.00',
  Currency: 'EUR',
  CountryCode: 'DE',
  Date: '2025-01-15',
  DateTime: '2025-01-15T10:00:00.000Z',
  EmailAddress: 'fuzz@example.com',
};

function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A plausible value for a text field by its name, so that breaking one value leaves the others valid. */
function sampleText(name: string): string {
  if (/email|^to$/i.test(name)) return 'fuzz@example.com';
  if (/phone/i.test(name)) return '+49 30 1234567';
  if (/url|website/i.test(name)) return 'https://example.com/fuzz';
  if (/country/i.test(name)) return 'DE';
  if (/currency/i.test(name)) return 'EUR';
  if (/until|date$/i.test(name)) return '2030-01-15';
  if (/sku/i.test(name)) return 'FUZZ-1';
  return `fuzz ${name}`;
}

/**
 * A well-formed value of `type` with every optional field filled in (an input type already on the path
 * is left out, so `and`/`or`/`not` filters stop), recording where each leaf value sits.
 */
function skeleton(
  type: GraphQLInputType,
  path: Path,
  seen: string[],
  slots: Slot[],
  random: Random,
): unknown {
  const nonNull = isNonNullType(type);
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const item = skeleton(nullable.ofType as GraphQLInputType, [...path, 0], seen, slots, random);
    return item === undefined ? [] : [item];
  }
  if (isInputObjectType(nullable)) {
    if (seen.includes(nullable.name)) return undefined;
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const fieldValue = skeleton(field.type, [...path, field.name], [...seen, nullable.name], slots, random);
      if (fieldValue !== undefined) value[field.name] = fieldValue;
    }
    return value;
  }
  if (isEnumType(nullable)) {
    const sample = pick(random, nullable.getValues()).value;
    slots.push({ path, kind: 'typed', sample, typeChecked: true, nonNull });
    return sample;
  }
  const name = getNamedType(type).name;
  if (name === 'String' || name === 'ID') {
    const sample = sampleText(String(path[path.length - 1]));
    slots.push({ path, kind: 'text', sample, typeChecked: true, nonNull });
    return sample;
  }
  if (name === 'UUID' || name in sampleScalars) {
    const sample = name === 'UUID' ? uuid(random) : sampleScalars[name];
    slots.push({ path, kind: 'typed', sample, typeChecked: true, nonNull });
    return sample;
  }
  // A JSON scalar (template variables, segment rules): any JSON, so a string inside it is what to break.
  slots.push({ path: [...path, 'fuzz'], kind: 'text', sample: 'fuzz', typeChecked: false, nonNull: false });
  return { fuzz: 'fuzz' };
}

/** A text with a character graphql-js passes through as a String and PostgreSQL or JSON refuse. */
function badString(random: Random, kind: 'nul' | 'surrogate', base: string): Break {
  const at = Math.floor(random() * (base.length + 1));
  const bad =
    kind === 'nul'
      ? '\u0000'
      : pick(random, ['\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800', '\ud83d\ud83d']);
  const value = base.slice(0, at) + bad + base.slice(at);
  return { label: kind === 'nul' ? 'NUL' : `lone surrogate ${escaped(bad)}`, value, stringOnly: true };
}

function escaped(text: string): string {
  return [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

function overLongString(length: number): Break {
  return { label: `${length} characters`, value: 'x'.repeat(length), stringOnly: true };
}

/** `length` letters PostgreSQL cannot compress (a repeated letter would fit in any index). */
function randomLetters(random: Random, length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
}

/** The ways to break one value in a mixed case (over-long strings have their own case: they are slow to send). */
function breaksFor(slot: Slot, random: Random): Break[] {
  const base = typeof slot.sample === 'string' ? slot.sample : 'fuzz';
  const breaks: Break[] = [];
  if (slot.kind === 'text') {
    breaks.push(badString(random, 'nul', base), badString(random, 'surrogate', base));
    if (slot.typeChecked) {
      breaks.push({ label: 'an object for a string', value: { a: 'b' }, stringOnly: false });
      breaks.push({ label: 'a boolean for a string', value: true, stringOnly: false });
    }
  } else {
    breaks.push({ label: 'an object for a scalar', value: { a: 1 }, stringOnly: false });
    breaks.push({ label: 'a string with NUL for a scalar', value: '1\u0000', stringOnly: false });
  }
  if (slot.nonNull) breaks.push({ label: 'null for a required value', value: null, stringOnly: false });
  return breaks;
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/** A value written as a GraphQL literal of `type` (enums bare, strings with JSON's escapes, which GraphQL shares). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  if (value === null) return 'null';
  const nullable = type && (getNullableType(type) as GraphQLInputType);
  if (Array.isArray(value)) {
    const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    return `{ ${entries.map(([k, v]) => `${k}: ${literal(v, fields?.[k]?.type)}`).join(', ')} }`;
  }
  if (nullable && isEnumType(nullable)) return String(value);
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** `field(a: $a …) { __typename }` with the variables declared, or with the values written in. */
function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  values: Record<string, unknown>,
  inline: boolean,
): string {
  const args = field.args.filter((arg) => values[arg.name] !== undefined);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const argument = (arg: GraphQLArgument) =>
    `${arg.name}: ${inline ? literal(values[arg.name], arg.type) : `$${arg.name}`}`;
  const call = args.length > 0 ? `${field.name}(${args.map(argument).join(', ')})` : field.name;
  const declared = inline ? [] : args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
  return `${kind} Fuzz${declared.length > 0 ? `(${declared.join(', ')})` : ''} { ${call}${selection} }`;
}

/** The arguments of a root field, well-formed, and the places where a value can be broken. */
function argumentsOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, seed: number) {
  const random = seededRandom(seed ^ hash(`${kind}.${field.name}`));
  const slots: Slot[] = [];
  const values: Record<string, unknown> = {};
  // A client pages one way, from the start: `first` (with `last` too, or a made-up cursor, a list refuses
  // the request as such). `after` is there only when broken.
  const paging = field.args.some((arg) => arg.name === 'first');
  for (const arg of field.args) {
    if (paging && (arg.name === 'last' || arg.name === 'before')) continue;
    if (paging && arg.name === 'after') {
      slots.push({ path: ['after'], kind: 'text', sample: 'fuzz', typeChecked: true, nonNull: false });
      continue;
    }
    const value = skeleton(arg.type, [arg.name], [], slots, random);
    if (value !== undefined) values[arg.name] = value;
  }
  const make = (breaks: [Slot, Break][], inline = false): FuzzCase => {
    const broken = structuredClone(values);
    for (const [slot, { value }] of breaks) setAt(broken, slot.path, value);
    const described = breaks.map(([slot, b]) => `${slot.path.join('.')}: ${b.label}`).join('; ');
    return {
      label: `${inline ? 'literal ' : ''}${described}`,
      variables: inline ? {} : broken,
      query: operation(kind, field, broken, inline),
      brokenStrings: breaks.filter(([, b]) => b.stringOnly).map(([slot]) => slot.path.join('.')),
      onlyStrings: breaks.every(([, b]) => b.stringOnly),
    };
  };
  return { random, slots, texts: slots.filter((slot) => slot.kind === 'text'), make };
}

const baseOf = (slot: Slot) => (typeof slot.sample === 'string' ? slot.sample : 'fuzz');

/**
 * The cases for one root field: each text value in turn with NUL or a lone surrogate, the others
 * well-formed (so the bad one is what reaches the service); a lone surrogate in every text; one over-long
 * text; `mixed` cases that break a random set of values each (bad strings, wrong types, null where a value
 * is required), and the NUL case again with the values written into the operation as literals.
 * A field without arguments has nothing to break and gets no case.
 */
export function malformedCases(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  { seed, mixed, overLong }: { seed: number; mixed: number; overLong: number },
): FuzzCase[] {
  const { random, slots, texts, make } = argumentsOf(kind, field, seed);
  if (slots.length === 0) return [];
  const cases: FuzzCase[] = [];
  for (const slot of texts) {
    cases.push(make([[slot, badString(random, random() < 0.5 ? 'nul' : 'surrogate', baseOf(slot))]]));
  }
  if (texts.length > 0) {
    const nul = texts.map((slot): [Slot, Break] => [slot, badString(random, 'nul', baseOf(slot))]);
    cases.push(make(texts.map((slot) => [slot, badString(random, 'surrogate', baseOf(slot))])));
    cases.push(make([[pick(random, texts), overLongString(overLong)]]));
    cases.push(make(nul, true));
  }
  for (let i = 0; i < mixed; i++) {
    const chosen = slots.filter(() => random() < 0.3);
    if (chosen.length === 0) chosen.push(pick(random, slots));
    cases.push(make(chosen.map((slot) => [slot, pick(random, breaksFor(slot, random))])));
  }
  return cases;
}

/**
 * One case per text value of a root field: that value `length` random letters, the others well-formed.
 * Longer than most fields take but within the edge's bound, so the field's own rule (or its column) is
 * what answers: refused or stored, never a database error.
 */
export function longTextCases(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  { seed, length }: { seed: number; length: number },
): FuzzCase[] {
  const { random, texts, make } = argumentsOf(kind, field, seed);
  return texts.map((slot) =>
    make([[slot, { label: `${length} letters`, value: randomLetters(random, length), stringOnly: false }]]),
  );
}
