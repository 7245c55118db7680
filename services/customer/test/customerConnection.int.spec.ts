// The `customers` connection: search, typed filters with and/or/not, sort orders, keyset paging
// in both directions over every page, totalCount, and its argument errors.
import { testTenant } from '@crm/testkit';
import { createCustomer, updateCustomerMutation, type CustomerView } from './support/customerOperations';
import {
  dataOf,
  errorOf,
  startCustomerService,
  tokenFor,
  type CustomerTestService,
} from './support/customerTestService';

interface Seed {
  name: string;
  kind: 'PERSON' | 'ORGANIZATION';
  lifecycleStage: 'LEAD' | 'PROSPECT' | 'CUSTOMER' | 'CHURNED';
  industry: string;
  country: string;
  tags: string[];
}

// 25 customers: distinct capitalised first letters, so that the NAME order is the same in any
// collation, plus one repeated name ("Echo Media") so that the id tie-break is paged over too.
// prettier-ignore
const words = [
  'Alpha Tools', 'Bravo Foods', 'Charlie Logistics', 'Delta Airways', 'Echo Media', 'Foxtrot Dance',
  'Golf Supplies', 'Hotel Group', 'India Textiles', 'Juliet Flowers', 'Kilo Scales', 'Lima Beans',
  'Mike Audio', 'November Books', 'Oscar Awards', 'Papa Pizza', 'Quebec Maple', 'Romeo Motors',
  'Sierra Outdoor', 'Tango Studios', 'Uniform Wear', 'Victor Labs', 'Whiskey Barrels', 'Echo Media',
  'Xray Imaging',
];
const industries = ['Software', 'Retail', 'Logistics'];
const stages = ['LEAD', 'PROSPECT', 'CUSTOMER', 'CHURNED'] as const;
const countries = ['DE', 'FR', 'US', 'GB', 'DE'];

const seeds: Seed[] = words.map((name, index) => ({
  name,
  kind: index % 3 === 0 ? 'PERSON' : 'ORGANIZATION',
  lifecycleStage: stages[index % 4]!,
  industry: industries[index % 3]!,
  country: countries[index % 5]!,
  tags: [['vip'], ['vip', 'emea'], ['emea'], [], ['partner', 'vip']][index % 5]!,
}));

let app: CustomerTestService;
let token: string;
/** The seeded customers in creation order. */
let created: CustomerView[];
/** Ids in the order they were last updated (for UPDATED_AT). */
let updateOrder: string[];

beforeAll(async () => {
  app = await startCustomerService({ withoutConsumers: true });
  // One tenant for the whole file: every test here only reads what this setup wrote.
  token = tokenFor(testTenant('connection'));
  created = [];
  for (const [index, seed] of seeds.entries()) {
    const slug = seed.name.toLowerCase().replace(/ /g, '-');
    created.push(
      await createCustomer(app, token, {
        kind: seed.kind,
        name: seed.name,
        email: `Info@${slug}.example`,
        phone: `+49 30 5550 ${String(100 + index)}`,
        address: { city: 'Somewhere', country: seed.country },
        industry: seed.industry,
        lifecycleStage: seed.lifecycleStage,
        tags: seed.tags,
        ownerId: index < 5 ? 'owner-1' : 'owner-2',
      }),
    );
  }
  // Touch a few customers, in an order that differs from the creation order.
  updateOrder = [];
  for (const index of [7, 2, 19, 0, 11]) {
    const customer = created[index]!;
    const response = await app.request(
      updateCustomerMutation,
      { id: customer.id, input: { segment: 'touched' }, expectedVersion: customer.version },
      token,
    );
    created[index] = dataOf(response).updateCustomer;
    updateOrder.push(customer.id);
  }
});

afterAll(async () => {
  await app?.stop();
});

interface Page {
  edges: { cursor: string; node: { id: string; name: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

const customersQuery = `query Customers(
  $search: String, $filter: CustomerFilter, $orderBy: CustomerOrderBy,
  $first: Int, $after: String, $last: Int, $before: String
) {
  customers(search: $search, filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

async function customers(variables: Record<string, unknown>): Promise<Page> {
  return dataOf(await app.request<{ customers: Page }>(customersQuery, variables, token)).customers;
}

async function namesMatching(variables: Record<string, unknown>): Promise<string[]> {
  const page = await customers({ first: 100, ...variables });
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((edge) => edge.node.name).sort();
}

const seededNames = (where: (seed: Seed, index: number) => boolean) =>
  seeds
    .filter(where)
    .map((seed) => seed.name)
    .sort();

describe('search', () => {
  it.each([
    ['a name, in another case', 'ALPHA tools', ['Alpha Tools']],
    ['a substring of names', 'ech', ['Echo Media', 'Echo Media']],
    ['an email substring', 'BRAVO-FOODS.EX', ['Bravo Foods']],
    ['a phone substring', '5550 107', ['Hotel Group']],
    ['LIKE wildcards literally', '%', []],
  ])('finds %s', async (_, search, expected) => {
    expect(await namesMatching({ search })).toEqual(expected);
  });
});

describe('filters', () => {
  it('filters by each field kind', async () => {
    const acme = created[0]!;
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['id eq', { id: { eq: acme.id } }, [acme.name]],
      ['id in', { id: { in: [created[1]!.id, created[2]!.id] } }, [seeds[1]!.name, seeds[2]!.name].sort()],
      ['kind eq', { kind: { eq: 'PERSON' } }, seededNames((seed) => seed.kind === 'PERSON')],
      ['kind in', { kind: { in: ['PERSON', 'ORGANIZATION'] } }, seededNames(() => true)],
      ['name eq', { name: { eq: 'Echo Media' } }, ['Echo Media', 'Echo Media']],
      ['name ne', { name: { ne: 'Echo Media' } }, seededNames((seed) => seed.name !== 'Echo Media')],
      ['name in', { name: { in: ['Lima Beans', 'Mike Audio'] } }, ['Lima Beans', 'Mike Audio']],
      ['name contains', { name: { contains: 'ROME' } }, ['Romeo Motors']],
      ['name startsWith', { name: { startsWith: 'sier' } }, ['Sierra Outdoor']],
      ['email contains', { email: { contains: '@kilo-' } }, ['Kilo Scales']],
      ['industry eq', { industry: { eq: 'Retail' } }, seededNames((seed) => seed.industry === 'Retail')],
      ['segment eq', { segment: { eq: 'touched' } }, [7, 2, 19, 0, 11].map((i) => seeds[i]!.name).sort()],
      [
        'lifecycleStage in',
        { lifecycleStage: { in: ['LEAD', 'CHURNED'] } },
        seededNames((seed) => ['LEAD', 'CHURNED'].includes(seed.lifecycleStage)),
      ],
      ['country eq', { country: { eq: 'DE' } }, seededNames((seed) => seed.country === 'DE')],
      ['ownerId eq', { ownerId: { eq: 'owner-1' } }, seededNames((_, index) => index < 5)],
      [
        'tags hasAny',
        { tags: { hasAny: ['emea', 'partner'] } },
        seededNames((seed) => seed.tags.includes('emea') || seed.tags.includes('partner')),
      ],
      [
        'tags hasAll',
        { tags: { hasAll: ['vip', 'emea'] } },
        seededNames((seed) => seed.tags.includes('vip') && seed.tags.includes('emea')),
      ],
    ];
    for (const [what, filter, expected] of cases) {
      expect({ what, names: await namesMatching({ filter }) }).toEqual({ what, names: expected });
    }
  });

  it('filters by createdAt and updatedAt bounds', async () => {
    // A bound between the 10th and 11th customer: the API shows milliseconds, the database keeps more.
    const tenth = Date.parse(created[9]!.createdAt);
    const eleventh = Date.parse(created[10]!.createdAt);
    expect(eleventh - tenth).toBeGreaterThanOrEqual(2); // created one request after the other
    const bound = new Date(tenth + 1).toISOString();
    const firstTen = seededNames((_, index) => index < 10);
    const lastFifteen = seededNames((_, index) => index >= 10);

    expect(await namesMatching({ filter: { createdAt: { lt: bound } } })).toEqual(firstTen);
    expect(await namesMatching({ filter: { createdAt: { lte: bound } } })).toEqual(firstTen);
    expect(await namesMatching({ filter: { createdAt: { gt: bound } } })).toEqual(lastFifteen);
    expect(await namesMatching({ filter: { createdAt: { gte: bound } } })).toEqual(lastFifteen);
    // Times are stored in milliseconds, as shown: a shown time is an exact bound.
    const shown = created[9]!.createdAt;
    expect(await namesMatching({ filter: { createdAt: { lte: shown } } })).toEqual(firstTen);
    expect(await namesMatching({ filter: { createdAt: { gt: shown } } })).toEqual(lastFifteen);
    const touchedBound = new Date(Date.parse(created.at(-1)!.createdAt) + 1).toISOString();
    expect(await namesMatching({ filter: { updatedAt: { gt: touchedBound } } })).toEqual(
      [7, 2, 19, 0, 11].map((i) => seeds[i]!.name).sort(),
    );
  });

  it('combines filters with and, or and not', async () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      [
        'and',
        { and: [{ kind: { eq: 'ORGANIZATION' } }, { lifecycleStage: { eq: 'CUSTOMER' } }] },
        seededNames((seed) => seed.kind === 'ORGANIZATION' && seed.lifecycleStage === 'CUSTOMER'),
      ],
      [
        'or',
        { or: [{ name: { startsWith: 'alpha' } }, { name: { startsWith: 'BRAVO' } }] },
        ['Alpha Tools', 'Bravo Foods'],
      ],
      ['not', { not: { kind: { eq: 'PERSON' } } }, seededNames((seed) => seed.kind !== 'PERSON')],
      [
        'fields side by side are and-ed',
        { kind: { eq: 'PERSON' }, country: { eq: 'DE' } },
        seededNames((seed) => seed.kind === 'PERSON' && seed.country === 'DE'),
      ],
      [
        'nested',
        {
          or: [
            { and: [{ industry: { eq: 'Software' } }, { not: { tags: { hasAny: ['vip'] } } }] },
            { name: { eq: 'Xray Imaging' } },
          ],
        },
        seededNames(
          (seed) =>
            (seed.industry === 'Software' && !seed.tags.includes('vip')) || seed.name === 'Xray Imaging',
        ),
      ],
    ];
    for (const [what, filter, expected] of cases) {
      expect(expected.length).toBeGreaterThan(0); // each case must select something to prove anything
      expect({ what, names: await namesMatching({ filter }) }).toEqual({ what, names: expected });
    }
  });

  it('counts all matches in totalCount while returning one page', async () => {
    const page = await customers({ first: 2, filter: { kind: { eq: 'ORGANIZATION' } } });

    expect(page.edges).toHaveLength(2);
    expect(page.totalCount).toBe(seeds.filter((seed) => seed.kind === 'ORGANIZATION').length);
    expect((await customers({ first: 0 })).totalCount).toBe(25);
  });
});

describe('order and paging', () => {
  const byId = (a: CustomerView, b: CustomerView) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byName = (a: CustomerView, b: CustomerView) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const expectedOrder = (field: string, direction: 'ASC' | 'DESC'): string[] => {
    const rank = (customer: CustomerView) => created.indexOf(customer);
    const updateRank = (customer: CustomerView) => {
      const position = updateOrder.indexOf(customer.id);
      return position < 0 ? rank(customer) : created.length + position;
    };
    const sign = direction === 'ASC' ? 1 : -1;
    const compare = {
      NAME: (a: CustomerView, b: CustomerView) => sign * byName(a, b) || byId(a, b), // id breaks ties, ascending
      CREATED_AT: (a: CustomerView, b: CustomerView) => sign * (rank(a) - rank(b)),
      UPDATED_AT: (a: CustomerView, b: CustomerView) => sign * (updateRank(a) - updateRank(b)),
    }[field]!;
    return [...created].sort(compare).map((customer) => customer.id);
  };

  async function walkForward(orderBy: Record<string, string>, pageSize: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const page: Page = await customers({ orderBy, first: pageSize, after });
      ids.push(...page.edges.map((edge) => edge.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('more pages than customers');
  }

  async function walkBackward(orderBy: Record<string, string>, pageSize: number): Promise<string[]> {
    const ids: string[] = [];
    let before: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const page: Page = await customers({ orderBy, last: pageSize, before });
      ids.unshift(...page.edges.map((edge) => edge.node.id));
      expect(page.pageInfo.hasNextPage).toBe(before !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      if (!page.pageInfo.hasPreviousPage) return ids;
      before = page.pageInfo.startCursor;
    }
    throw new Error('more pages than customers');
  }

  it.each([
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['CREATED_AT', 'ASC'],
    ['CREATED_AT', 'DESC'],
    ['UPDATED_AT', 'ASC'],
    ['UPDATED_AT', 'DESC'],
  ] as const)(
    'walks every page by %s %s, forward and backward, without gaps or repeats',
    async (field, direction) => {
      const expected = expectedOrder(field, direction);

      expect(await walkForward({ field, direction }, 4)).toEqual(expected);
      expect(await walkBackward({ field, direction }, 4)).toEqual(expected);
    },
  );

  it('sorts by name ascending when no order is given, and by ascending direction by default', async () => {
    const expected = expectedOrder('NAME', 'ASC').slice(0, 10);

    expect((await customers({ first: 10 })).edges.map((edge) => edge.node.id)).toEqual(expected);
    expect((await customers({ first: 10, orderBy: { field: 'NAME' } })).edges.map((e) => e.node.id)).toEqual(
      expected,
    );
  });

  it('returns the last customers with last and no cursor', async () => {
    const page = await customers({ last: 3, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });

    expect(page.edges.map((edge) => edge.node.id)).toEqual(created.slice(-3).map((customer) => customer.id));
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });

  it.each([
    ['first over 100', { first: 101 }, { first: 'Must be between 0 and 100' }],
    ['last over 100', { last: 500 }, { last: 'Must be between 0 and 100' }],
    ['a negative first', { first: -1 }, { first: 'Must be between 0 and 100' }],
    ['first and last together', { first: 2, last: 2 }, { last: 'Use first or last, not both' }],
    ['a garbage after cursor', { first: 2, after: 'garbage' }, { after: 'Not a cursor of this list' }],
    [
      'a cursor of another shape',
      { last: 2, before: Buffer.from('["x"]').toString('base64url') },
      { before: 'Not a cursor of this list' },
    ],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables, fields) => {
    const response = await app.request(customersQuery, variables, token);

    expect(errorOf(response)).toEqual({ code: 'BAD_USER_INPUT', fields });
  });
});
