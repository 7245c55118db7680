import {
  forecastCategory,
  opportunitySnapshot as opportunitySnapshotSchema,
  opportunityStage,
  imageOf,
  type Decision,
  type EventDataInput,
  type ForecastCategory,
  type OpportunityStage,
} from '@crm/events';
import { badUserInput, conflict, givenFields, optionalText, requiredText, unitPrice } from '@crm/platform';
import type { DeepPartial } from 'typeorm';
import { z } from 'zod';
import { overridableLinesSnapshot } from '../priceBook/productLine.entity';
import { calendarDate, pastTime } from '../order/order.rules';
import { createPriceBookInput } from '../priceBook/priceBook.rules';
import { discountPercent } from '../order/order.rules';
import { assertMove, moveFields, type Workflow } from '../workflow';
import {
  openStages,
  type ContactRole,
  type OpenStage,
  type OpportunityEntity,
  type OpportunityLineEntity,
  type StageMove,
} from './opportunity.entity';

export type OpportunitySnapshot = EventDataInput<'crm.sales.opportunity.created.v1'>['opportunity'];

export function isClosed(stage: OpportunityStage): boolean {
  return stage === 'CLOSED_WON' || stage === 'CLOSED_LOST';
}

/**
 * An open deal moves one stage forward, back to any earlier open stage, or closes (won or lost) from
 * any open stage. A closed deal is final: a new deal is a new opportunity.
 */
export function canMoveOpportunity(from: OpportunityStage, to: OpportunityStage): boolean {
  if (isClosed(from) || from === to) return false;
  if (isClosed(to)) return true;
  const fromIndex = openStages.indexOf(from as OpenStage);
  const toIndex = openStages.indexOf(to as OpenStage);
  return toIndex === fromIndex + 1 || toIndex < fromIndex;
}

/** The stage workflow: closing stamps closedAt, and a lost deal keeps the reason it was lost for. */
export const opportunityWorkflow: Workflow<OpportunityStage> = {
  name: 'An opportunity',
  field: 'stage',
  next: Object.fromEntries(
    opportunityStage.options.map((from) => [
      from,
      opportunityStage.options.filter((to) => canMoveOpportunity(from, to)),
    ]),
  ) as Record<OpportunityStage, OpportunityStage[]>,
  stamps: { CLOSED_WON: 'closedAt', CLOSED_LOST: 'closedAt' },
  reasons: { CLOSED_LOST: 'lossReason' },
};

export function assertOpportunityMove(from: OpportunityStage, to: OpportunityStage): void {
  assertMove(opportunityWorkflow, from, to);
}

/** A closed deal no longer changes (CONFLICT). */
export function assertOpen(opportunity: OpportunityEntity): void {
  if (isClosed(opportunity.stage)) {
    throw conflict(`Opportunity ${opportunity.id} is closed and can no longer change`, {
      stage: opportunity.stage,
    });
  }
}

/** The forecast category after a move: closed deals are CLOSED or OMITTED, open ones keep theirs. */
export function forecastAfterMove(to: OpportunityStage, current: ForecastCategory): ForecastCategory {
  if (to === 'CLOSED_WON') return 'CLOSED';
  if (to === 'CLOSED_LOST') return 'OMITTED';
  return current === 'CLOSED' || current === 'OMITTED' ? 'PIPELINE' : current;
}

/** Whole days between entering a stage and leaving it. */
export function daysInStage(enteredAt: Date, leftAt: Date): number {
  return Math.max(0, Math.floor((leftAt.getTime() - enteredAt.getTime()) / 86_400_000));
}

export function stageMove(
  from: OpportunityStage,
  to: OpportunityStage,
  enteredAt: Date,
  at: Date,
  by: string,
): StageMove {
  return { from, to, at: at.toISOString(), by, daysInPreviousStage: daysInStage(enteredAt, at) };
}

const amount = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,2})?$/, 'A decimal of at least 0 with at most 2 decimals, e.g. "1234.50"');
const probability = z.number().int('A whole number').min(0, 'At least 0').max(100, 'At most 100');
const competitors = z
  .array(z.string().trim().min(1, 'Must not be empty').max(100, 'At most 100 characters'))
  .max(20, 'At most 20 competitors')
  .transform((values) => [...new Set(values)]);

const contactRoles = z
  .array(
    z.object({
      contactId: z.uuid('Not a UUID'),
      role: requiredText(100),
      isPrimary: z.boolean().nullish(),
    }),
  )
  .max(50, 'At most 50 contacts')
  .superRefine((roles, context) => {
    const seen = new Set<string>();
    roles.forEach((role, index) => {
      if (seen.has(role.contactId)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'contactId'],
          message: 'The contact is listed twice',
        });
      }
      seen.add(role.contactId);
    });
    if (roles.filter((role) => role.isPrimary).length > 1) {
      context.addIssue({ code: 'custom', message: 'At most one primary contact' });
    }
  });

/** The primary contact given as such or as the contact role marked primary; both must agree. */
function primaryAgrees(
  input: { primaryContactId?: string | null; contactRoles?: z.output<typeof contactRoles> | null },
  context: z.RefinementCtx,
): void {
  const primaryRole = input.contactRoles?.find((role) => role.isPrimary);
  if (primaryRole && input.primaryContactId != null && input.primaryContactId !== primaryRole.contactId) {
    context.addIssue({
      code: 'custom',
      path: ['primaryContactId'],
      message: 'Another contact is marked primary in contactRoles',
    });
  }
}

export const opportunityFields = z.object({
  name: requiredText(200),
  customerId: z.uuid('Not a UUID'),
  primaryContactId: z.uuid('Not a UUID').nullish(),
  amount: amount.nullish(),
  currency: createPriceBookInput.shape.currency,
  probability: probability.nullish(),
  forecastCategory: forecastCategory.exclude(['CLOSED']).nullish(),
  expectedCloseDate: calendarDate.nullish(),
  ownerId: optionalText(100),
  campaignId: z.uuid('Not a UUID').nullish(),
  competitors: competitors.nullish(),
  contactRoles: contactRoles.nullish(),
  /** When the deal was opened, if not now (data import, admins only). */
  createdAt: pastTime.nullish(),
});

export const createOpportunityInput = opportunityFields.superRefine(primaryAgrees);
export type CreateOpportunity = z.output<typeof createOpportunityInput>;

export const updateOpportunityInput = opportunityFields
  .omit({ createdAt: true })
  .partial()
  .extend({
    name: requiredText(200).optional(),
    customerId: z.uuid('Not a UUID').optional(),
    currency: createPriceBookInput.shape.currency.optional(),
    competitors: competitors.optional(),
    contactRoles: contactRoles.optional(),
  })
  .superRefine(primaryAgrees);
export type UpdateOpportunity = z.output<typeof updateOpportunityInput>;

export const opportunityLinesInput = z.object({
  priceBookId: z.uuid('Not a UUID').nullish(),
  lines: z
    .array(
      z.object({
        productId: z.uuid('Not a UUID'),
        quantity: z.number().int('A whole number').min(1, 'At least 1').max(1_000_000, 'At most 1000000'),
        /** Only admins and sales managers may set it; otherwise the price book's price. */
        unitPrice: unitPrice.nullish(),
        discountPercent: discountPercent.nullish(),
      }),
    )
    .max(200, 'At most 200 lines'),
});

/**
 * The contact roles and primary contact after a change: roles given replace the list and the one marked
 * primary becomes the primary contact; a primary contact given alone is kept as is.
 */
export function contactsAfter(
  current: { primaryContactId: string | null; contactRoles: ContactRole[] },
  input: {
    primaryContactId?: string | null;
    contactRoles?: { contactId: string; role: string; isPrimary?: boolean | null }[] | null;
  },
): { primaryContactId: string | null; contactRoles: ContactRole[] } {
  if (input.contactRoles == null) {
    return {
      primaryContactId:
        input.primaryContactId === undefined ? current.primaryContactId : input.primaryContactId,
      contactRoles: input.contactRoles === null ? [] : current.contactRoles,
    };
  }
  const primary = input.contactRoles.find((role) => role.isPrimary)?.contactId;
  return {
    primaryContactId:
      primary ?? (input.primaryContactId === undefined ? current.primaryContactId : input.primaryContactId),
    contactRoles: input.contactRoles.map(({ contactId, role }) => ({ contactId, role })),
  };
}

export const changeStageInput = z.object({
  stage: opportunityStage,
  probability: probability.nullish(),
  lossReason: optionalText(1000),
  /** When the move happened, if not now (data import, admins only). */
  movedAt: pastTime.nullish(),
});
export type ChangeStage = z.output<typeof changeStageInput>;

/**
 * What updateOpportunity sets: the fields given (not the stage, not the lines) on an open deal; while the
 * deal has lines its amount is theirs, and their currency fixed. Probability and forecast category given
 * as null go back to the stage's default probability (`stageDefault`, read when so) and PIPELINE.
 */
export function opportunityUpdate(
  opportunity: OpportunityEntity,
  lines: readonly OpportunityLineEntity[],
  input: UpdateOpportunity,
  stageDefault?: number,
): DeepPartial<OpportunityEntity> {
  assertOpen(opportunity);
  if (lines.length > 0) {
    const errors: Record<string, string> = {};
    if (input.amount !== undefined) errors['input.amount'] = 'The amount is the sum of the lines';
    if (input.currency !== undefined && input.currency !== opportunity.currency) {
      errors['input.currency'] = `The lines are priced in ${opportunity.currency}: remove them first`;
    }
    if (Object.keys(errors).length > 0) throw badUserInput(errors);
  }
  const {
    contactRoles: _roles,
    primaryContactId: _primary,
    probability,
    forecastCategory,
    ...fields
  } = input;
  return {
    ...givenFields(fields),
    ...contactsAfter(opportunity, input),
    ...(probability !== undefined ? { probability: probability ?? stageDefault } : {}),
    ...(forecastCategory !== undefined ? { forecastCategory: forecastCategory ?? 'PIPELINE' } : {}),
  };
}

type StageEvent =
  'crm.sales.opportunity.won.v1' | 'crm.sales.opportunity.lost.v1' | 'crm.sales.opportunity.stage_changed.v1';

/**
 * A stage move (the workflow's, with the loss reason) by `by` at `movedAt` or `now`, with its probability
 * and forecast category, and the move in the deal's history with the whole days spent in the stage it
 * leaves. Winning and losing are events of their own.
 */
export function stageChange(
  opportunity: OpportunityEntity,
  input: ChangeStage,
  probability: number,
  by: string,
  now = new Date(),
): Decision<OpportunityEntity, OpportunityLineEntity[], StageEvent> {
  const at = input.movedAt ?? now;
  const moved = moveFields<OpportunityStage, OpportunityEntity>(
    opportunityWorkflow,
    opportunity.stage,
    input.stage,
    at,
    input.lossReason,
  );
  if (input.movedAt && input.movedAt < opportunity.stageEnteredAt) {
    throw badUserInput({ movedAt: 'Before the deal entered its current stage' });
  }
  return {
    set: {
      ...moved,
      probability,
      forecastCategory: forecastAfterMove(input.stage, opportunity.forecastCategory),
      stageEnteredAt: at,
      stageHistory: [
        ...opportunity.stageHistory,
        stageMove(opportunity.stage, input.stage, opportunity.stageEnteredAt, at, by),
      ],
    },
    event:
      input.stage === 'CLOSED_WON'
        ? 'crm.sales.opportunity.won.v1'
        : input.stage === 'CLOSED_LOST'
          ? 'crm.sales.opportunity.lost.v1'
          : 'crm.sales.opportunity.stage_changed.v1',
    data: { previousStage: opportunity.stage },
  };
}

export function opportunitySnapshot(
  opportunity: OpportunityEntity,
  lines: OpportunityLineEntity[],
): OpportunitySnapshot {
  return imageOf(opportunitySnapshotSchema, opportunity, {
    lines: overridableLinesSnapshot(lines),
    amount: opportunity.amount === null ? null : normalizedAmount(opportunity.amount),
  });
}

/** Amounts are kept to cents (numeric(21,2)): "1200.5" and "1200.50" are the same amount. */
export function normalizedAmount(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  return `${BigInt(whole!).toString()}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}
