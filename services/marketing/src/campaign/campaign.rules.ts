import type { EventDataInput } from '@crm/events';
import { moneyText, optionalText, requiredText, unitPrice } from '@crm/platform';
import { z } from 'zod';
import type { CampaignEntity } from './campaign.entity';

export type CampaignSnapshot = EventDataInput<'crm.marketing.campaign.created.v1'>['campaign'];

const type = z.enum(['EMAIL', 'EVENT', 'WEBINAR', 'TRADE_SHOW', 'SOCIAL', 'ADVERTISING']);

/** The Date scalar gives a Date at midnight UTC; stored and compared as the calendar date it names. */
export const calendarDate = z
  .union([z.date(), z.iso.date('A date such as 2026-11-26')])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));

const currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. EUR');

const amount = unitPrice.nullish();

const responseRate = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, 'A percentage with at most 2 decimals, e.g. "12.5"')
  .refine((value) => Number(value) <= 100, 'At most 100 (percent)')
  .nullish();

const campaignFields = {
  name: requiredText(200),
  type,
  startDate: calendarDate.nullish(),
  endDate: calendarDate.nullish(),
  location: optionalText(300),
  currency: currency.nullish(),
  budget: amount,
  actualCost: amount,
  expectedRevenue: amount,
  expectedResponseRate: responseRate,
  ownerId: optionalText(100),
  description: optionalText(20_000),
};

export const createCampaignInput = z.object(campaignFields).superRefine((input, issues) => {
  const error = dateRangeError(input.startDate, input.endDate);
  if (error) issues.addIssue({ code: 'custom', path: ['endDate'], message: error });
});

export const updateCampaignInput = z.object({
  ...campaignFields,
  name: requiredText(200).optional(),
  type: type.optional(),
  currency: currency.optional(),
});

export const actualCostInput = amount;
export const abortReasonInput = optionalText(2000);

export type CreateCampaign = z.output<typeof createCampaignInput>;
export type UpdateCampaign = z.output<typeof updateCampaignInput>;

/** A campaign ends on or after the day it starts (both ISO dates, so text order is date order). */
export function dateRangeError(
  startDate: string | null | undefined,
  endDate: string | null | undefined,
): string | undefined {
  return startDate && endDate && endDate < startDate ? 'Must not be before the start date' : undefined;
}

/** Fields a completed or aborted campaign still accepts: costs arrive late, notes are added. */
export const fieldsOfFinalCampaign: readonly string[] = ['actualCost', 'description'];

const iso = (time: Date | null) => (time ? time.toISOString() : null);
const money = (value: string | null) => (value == null ? null : moneyText(value));

/** The campaign as published in events: full state, ISO times, amounts as decimal strings. */
export function campaignSnapshot(campaign: CampaignEntity): CampaignSnapshot {
  return {
    id: campaign.id,
    tenantId: campaign.tenantId,
    name: campaign.name,
    type: campaign.type,
    status: campaign.status,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    location: campaign.location,
    currency: campaign.currency,
    budget: money(campaign.budget),
    actualCost: money(campaign.actualCost),
    expectedRevenue: money(campaign.expectedRevenue),
    expectedResponseRate: money(campaign.expectedResponseRate),
    ownerId: campaign.ownerId,
    description: campaign.description,
    launchedAt: iso(campaign.launchedAt),
    completedAt: iso(campaign.completedAt),
    abortedAt: iso(campaign.abortedAt),
    abortReason: campaign.abortReason,
    version: campaign.version,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}
