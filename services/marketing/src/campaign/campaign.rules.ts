import {
  campaignType,
  imageOf,
  type EventDataInput,
  campaignSnapshot as campaignSnapshotSchema,
  type CampaignStatus,
} from '@crm/events';
import {
  badUserInput,
  changedFields,
  conflict,
  givenFields,
  moneyText,
  optionalText,
  requiredText,
  unitPrice,
} from '@crm/platform';
import { z } from 'zod';
import type { CampaignEntity } from './campaign.entity';
import { campaignTransition, isFinalCampaignStatus } from './campaignWorkflow';

export type CampaignSnapshot = EventDataInput<'crm.marketing.campaign.created.v1'>['campaign'];

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
  type: campaignType,
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
  type: campaignType.optional(),
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

const money = (value: string | null) => (value == null ? null : moneyText(value));

/** The campaign as published in events: full state, ISO times, amounts as decimal strings. */
export function campaignSnapshot(campaign: CampaignEntity): CampaignSnapshot {
  return imageOf(campaignSnapshotSchema, campaign, {
    budget: money(campaign.budget),
    actualCost: money(campaign.actualCost),
    expectedRevenue: money(campaign.expectedRevenue),
    expectedResponseRate: money(campaign.expectedResponseRate),
  });
}

/**
 * What an update sets: the fields given, if the dates still form a range (one may change against the
 * other one stored) and a COMPLETED or ABORTED campaign changes only its late costs and notes.
 */
export function campaignUpdate(campaign: CampaignEntity, input: UpdateCampaign): Partial<CampaignEntity> {
  const set = givenFields(input);
  const next = { ...campaign, ...set };
  const rangeError = dateRangeError(next.startDate, next.endDate);
  if (rangeError) {
    throw badUserInput({ [input.endDate !== undefined ? 'input.endDate' : 'input.startDate']: rangeError });
  }
  if (isFinalCampaignStatus(campaign.status)) {
    const frozen = changedFields(campaignSnapshot(campaign), campaignSnapshot(next)).filter(
      (field) => !fieldsOfFinalCampaign.includes(field),
    );
    if (frozen.length > 0) {
      throw conflict(
        `Campaign ${campaign.id} is ${campaign.status}: only actualCost and description may change`,
        {
          status: campaign.status,
          fields: frozen,
        },
      );
    }
  }
  return set;
}

/** A move of the campaign in its workflow with what it sets on the way; an illegal move is CONFLICT. */
export function campaignMove(campaign: CampaignEntity, to: CampaignStatus, set: Partial<CampaignEntity>) {
  const transition = campaignTransition(campaign.status, to);
  if (!transition.allowed) throw conflict(transition.reason, { status: campaign.status });
  return {
    set: { ...set, status: to },
    event: `crm.marketing.campaign.${transition.event}.v1` as const,
    data: { previousStatus: campaign.status },
  };
}
