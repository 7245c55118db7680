// The lead's score rules and status workflow as plain functions: no GraphQL, no database.
import { ConflictError, InvalidInputError } from '@crm/platform';
import type { LeadStatus } from '@crm/events';
import type { LeadEntity } from '../src/lead/lead.entity';
import { assertLeadMove, canMoveLead } from '../src/lead/lead.rules';
import { scoreLead, type ScoredLead } from '../src/lead/lead.score';
import { planConversion } from '../src/lead/leadConversion.rules';

const bare: ScoredLead = {
  company: null,
  title: null,
  email: null,
  phone: null,
  source: 'OTHER',
  status: 'NEW',
};

describe('scoreLead', () => {
  it('gives nothing to a lead with nothing known', () => {
    expect(scoreLead(bare)).toEqual({ score: 0, contributions: [] });
  });

  it('lists each rule with its points, and they add up to the score', () => {
    const result = scoreLead({
      company: 'Navy Labs',
      title: 'VP Engineering',
      email: 'grace@navylabs.example',
      phone: '+1 202 555 0100',
      source: 'REFERRAL',
      status: 'QUALIFIED',
    });
    expect(result.contributions.map(({ rule, points }) => [rule, points])).toEqual([
      ['EMAIL', 10],
      ['BUSINESS_EMAIL', 10],
      ['PHONE', 10],
      ['COMPANY', 10],
      ['SENIORITY', 20],
      ['SOURCE', 20],
      ['ENGAGEMENT', 20],
    ]);
    expect(result.score).toBe(100);
  });

  it('scores a free-mail address as reachable but not as a business address', () => {
    const result = scoreLead({ ...bare, email: 'someone@gmail.com' });
    expect(result.contributions.map((c) => c.rule)).toEqual(['EMAIL']);
    expect(result.score).toBe(10);
  });

  it.each([
    ['Chief Executive Officer', 20],
    ['Head of Sales', 20],
    ['Sales Manager', 10],
    ['Engineer', 0],
  ])('gives the title %s %i seniority points', (title, points) => {
    const seniority = scoreLead({ ...bare, title }).contributions.find((c) => c.rule === 'SENIORITY');
    expect(seniority?.points ?? 0).toBe(points);
  });

  it.each([
    ['REFERRAL', 20],
    ['PARTNER', 15],
    ['EVENT', 15],
    ['WEB', 10],
    ['CAMPAIGN', 10],
    ['COLD_CALL', 5],
    ['OTHER', 0],
  ] as const)('gives the source %s %i points', (source, points) => {
    expect(scoreLead({ ...bare, source }).score).toBe(points);
  });

  it('rewards engagement: contacted 10, qualified or converted 20, unqualified nothing', () => {
    const byStatus = (status: LeadStatus) => scoreLead({ ...bare, status }).score;
    expect([
      byStatus('CONTACTED'),
      byStatus('QUALIFIED'),
      byStatus('CONVERTED'),
      byStatus('UNQUALIFIED'),
    ]).toEqual([10, 20, 20, 0]);
  });
});

describe('lead status workflow', () => {
  const statuses: LeadStatus[] = ['NEW', 'CONTACTED', 'QUALIFIED', 'UNQUALIFIED', 'CONVERTED'];

  it('allows exactly NEW → CONTACTED → QUALIFIED | UNQUALIFIED, QUALIFIED → CONVERTED', () => {
    const allowed = statuses.flatMap((from) =>
      statuses.filter((to) => canMoveLead(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'NEW→CONTACTED',
      'CONTACTED→QUALIFIED',
      'CONTACTED→UNQUALIFIED',
      'QUALIFIED→CONVERTED',
    ]);
  });

  it('refuses any other move with CONFLICT naming the allowed ones', () => {
    let error: unknown;
    try {
      assertLeadMove('NEW', 'QUALIFIED');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).details).toMatchObject({ allowed: ['CONTACTED'] });
  });
});

describe('planConversion', () => {
  const lead = {
    firstName: 'Grace',
    lastName: 'Hopper',
    company: 'Navy Labs',
    title: 'Director',
    email: 'grace@navylabs.example',
    phone: '+1 202 555 0100',
    ownerId: 'rep-1',
  } as LeadEntity;
  let counter = 0;
  const newId = () => `00000000-0000-4000-8000-00000000000${++counter}`;

  beforeEach(() => {
    counter = 0;
  });

  it('makes an organization named after the company, with the person as its contact', () => {
    expect(planConversion(lead, { newCustomer: { kind: 'ORGANIZATION' } }, newId)).toEqual({
      customerId: '00000000-0000-4000-8000-000000000001',
      newCustomer: expect.objectContaining({ kind: 'ORGANIZATION', name: 'Navy Labs', email: null }),
      contact: expect.objectContaining({
        id: '00000000-0000-4000-8000-000000000002',
        organizationId: '00000000-0000-4000-8000-000000000001',
        email: 'grace@navylabs.example',
        role: 'Primary contact',
      }),
    });
  });

  it('makes a person customer from the lead, without a contact', () => {
    const plan = planConversion(lead, { newCustomer: { kind: 'PERSON' } }, newId);
    expect(plan.newCustomer).toMatchObject({ name: 'Grace Hopper', email: 'grace@navylabs.example' });
    expect(plan.contact).toBeNull();
  });

  it('needs a name for an organization when the lead has no company', () => {
    expect(() =>
      planConversion(
        { ...lead, company: null } as LeadEntity,
        { newCustomer: { kind: 'ORGANIZATION' } },
        newId,
      ),
    ).toThrow(InvalidInputError);
  });
});
