import {
  leadActivityKind,
  leadActivitySnapshot as leadActivitySnapshotSchema,
  imageOf,
  type EventDataInput,
} from '@crm/events';
import { optionalText, requiredText } from '@crm/platform';
import { z } from 'zod';
import { calendarDate } from '../order/order.rules';
import type { LeadActivityEntity } from './leadActivity.entity';

export type LeadActivitySnapshot = EventDataInput<'crm.sales.lead.activity_added.v1'>['activity'];

export const addLeadActivityInput = z.object({
  kind: leadActivityKind.nullish(),
  subject: requiredText(200),
  notes: optionalText(4000),
  dueDate: calendarDate,
  ownerId: optionalText(100),
});

export const completeLeadActivityInput = z.object({ outcome: optionalText(1000) });

/** Open and due before today (UTC): a follow-up someone has missed. */
export function isOverdue(activity: Pick<LeadActivityEntity, 'completedAt' | 'dueDate'>, now: Date): boolean {
  return activity.completedAt === null && activity.dueDate < now.toISOString().slice(0, 10);
}

export function leadActivitySnapshot(activity: LeadActivityEntity): LeadActivitySnapshot {
  return imageOf(leadActivitySnapshotSchema, activity);
}
