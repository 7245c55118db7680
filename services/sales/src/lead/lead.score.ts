import type { LeadSource, LeadStatus } from '@crm/events';

/** What the score looks at: the lead's own fields, nothing from outside. */
export interface ScoredLead {
  company: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  source: LeadSource;
  status: LeadStatus;
}

/** One rule that gave points, as the API shows it. */
export interface ScoreContribution {
  rule: string;
  description: string;
  points: number;
}

export interface LeadScore {
  score: number;
  contributions: ScoreContribution[];
}

/** Mail providers anyone can sign up with: an address there says nothing about a company. */
const freeMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'icloud.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'proton.me',
  'protonmail.com',
]);

const sourcePoints: Record<LeadSource, number> = {
  REFERRAL: 20,
  PARTNER: 15,
  EVENT: 15,
  WEB: 10,
  CAMPAIGN: 10,
  COLD_CALL: 5,
  OTHER: 0,
};

const seniorTitle =
  /\b(chief|ceo|cfo|cto|coo|cio|owner|founder|president|vp|vice president|director|head)\b/i;
const managerTitle = /\b(manager|lead|principal)\b/i;

interface ScoreRule {
  rule: string;
  points: (lead: ScoredLead) => { points: number; description: string };
}

/**
 * The rules, each worth at most its share of 100: reachability (email 10, business domain 10,
 * phone 10), fit (company 10, seniority 20), source (up to 20) and engagement (up to 20).
 */
const rules: ScoreRule[] = [
  {
    rule: 'EMAIL',
    points: (lead) => ({ points: lead.email ? 10 : 0, description: 'Has an email address' }),
  },
  {
    rule: 'BUSINESS_EMAIL',
    points: (lead) => {
      const domain = lead.email?.split('@')[1]?.toLowerCase();
      const business = domain !== undefined && !freeMailDomains.has(domain);
      return { points: business ? 10 : 0, description: `Email at a company domain (${domain ?? '-'})` };
    },
  },
  {
    rule: 'PHONE',
    points: (lead) => ({ points: lead.phone ? 10 : 0, description: 'Has a phone number' }),
  },
  {
    rule: 'COMPANY',
    points: (lead) => ({ points: lead.company ? 10 : 0, description: 'Works at a named company' }),
  },
  {
    rule: 'SENIORITY',
    points: (lead) => {
      if (lead.title && seniorTitle.test(lead.title)) {
        return { points: 20, description: `Decision maker by title (${lead.title})` };
      }
      if (lead.title && managerTitle.test(lead.title)) {
        return { points: 10, description: `Manager by title (${lead.title})` };
      }
      return { points: 0, description: 'No senior title' };
    },
  },
  {
    rule: 'SOURCE',
    points: (lead) => ({ points: sourcePoints[lead.source], description: `Came from ${lead.source}` }),
  },
  {
    rule: 'ENGAGEMENT',
    points: (lead) => {
      if (lead.status === 'QUALIFIED' || lead.status === 'CONVERTED') {
        return { points: 20, description: 'Qualified by sales' };
      }
      if (lead.status === 'CONTACTED') return { points: 10, description: 'Has been contacted' };
      return { points: 0, description: 'Not engaged yet' };
    },
  },
];

/** The lead's score 0–100 and the rules that gave its points (rules that gave none are left out). */
export function scoreLead(lead: ScoredLead): LeadScore {
  const contributions = rules
    .map(({ rule, points }) => ({ rule, ...points(lead) }))
    .filter((contribution) => contribution.points > 0);
  const total = contributions.reduce((sum, contribution) => sum + contribution.points, 0);
  return { score: Math.max(0, Math.min(100, total)), contributions };
}
