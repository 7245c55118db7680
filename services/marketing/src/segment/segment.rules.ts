import {
  imageOf,
  segmentKind,
  type EventDataInput,
  segmentSnapshot as segmentSnapshotSchema,
  type SegmentKind,
} from '@crm/events';
import { badUserInput, givenFields, optionalText, requiredText } from '@crm/platform';
import { z } from 'zod';
import type { SegmentEntity } from './segment.entity';

export type SegmentSnapshot = EventDataInput<'crm.marketing.segment.created.v1'>['segment'];

/**
 * The rules come typed by GraphQL (the SegmentRules input); kept as JSON with dates as ISO strings,
 * and bounded so that one segment cannot become an unreasonably large SQL condition.
 */
export const segmentRules = z
  .record(z.string(), z.unknown())
  .transform((rules) => JSON.parse(JSON.stringify(rules)) as Record<string, unknown>)
  .refine((rules) => JSON.stringify(rules).length <= 20_000, 'At most 20,000 characters of rules')
  .refine((rules) => ruleDepth(rules) <= 10, 'At most 10 levels of and/or/not');

const customerIds = z
  .array(z.uuid('Not a UUID'))
  .min(1, 'At least one customer')
  .max(10_000, 'At most 10,000 customers')
  .transform((ids) => [...new Set(ids)]);

export const createSegmentInput = z
  .object({
    name: requiredText(200),
    description: optionalText(2000),
    kind: segmentKind,
    rules: segmentRules.nullish(),
    customerIds: customerIds.nullish(),
  })
  .superRefine((input, issues) => {
    for (const issue of kindErrors(input.kind, input)) issues.addIssue({ code: 'custom', ...issue });
  });

export const updateSegmentInput = z.object({
  name: requiredText(200).optional(),
  description: optionalText(2000),
  rules: segmentRules.optional(),
  customerIds: customerIds.optional(),
});

export type UpdateSegment = z.output<typeof updateSegmentInput>;

/** A DYNAMIC segment has rules and no list; a STATIC one a list and no rules. */
export function kindErrors(
  kind: SegmentKind,
  input: { rules?: unknown; customerIds?: unknown },
  creating = true,
): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (kind === 'DYNAMIC') {
    if (creating && !input.rules) issues.push({ path: ['rules'], message: 'A dynamic segment needs rules' });
    if (input.customerIds)
      issues.push({ path: ['customerIds'], message: 'Only static segments list customers' });
  } else {
    if (creating && !input.customerIds)
      issues.push({ path: ['customerIds'], message: 'A static segment needs customers' });
    if (input.rules) issues.push({ path: ['rules'], message: 'Only dynamic segments have rules' });
  }
  return issues;
}

function ruleDepth(rules: unknown): number {
  if (!rules || typeof rules !== 'object') return 0;
  const record = rules as Record<string, unknown>;
  const children = [
    ...((record.and as unknown[] | undefined) ?? []),
    ...((record.or as unknown[] | undefined) ?? []),
  ];
  if (record.not) children.push(record.not);
  return 1 + Math.max(0, ...children.map(ruleDepth));
}

export function segmentSnapshot(segment: SegmentEntity): SegmentSnapshot {
  return imageOf(segmentSnapshotSchema, segment);
}

/** What an update sets: the fields given, if they fit the segment's kind (rules or a list). */
export function segmentUpdate(segment: SegmentEntity, input: UpdateSegment): Partial<SegmentEntity> {
  const issues = kindErrors(segment.kind, input, false);
  if (issues.length > 0) {
    throw badUserInput(
      Object.fromEntries(issues.map((issue) => [`input.${issue.path.join('.')}`, issue.message])),
    );
  }
  return givenFields(input);
}
