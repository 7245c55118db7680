import { recordChange } from '@crm/events';
import { badUserInput, changedFields, parseInput, type RequestContext } from '@crm/platform';
import { SegmentEntity } from './segment.entity';
import { createSegmentInput, kindErrors, segmentSnapshot, updateSegmentInput } from './segment.rules';

export async function createSegment(context: RequestContext, rawInput: unknown): Promise<SegmentEntity> {
  const input = parseInput(createSegmentInput, rawInput);
  return context.db.transaction(async (tx) => {
    const segment = tx.manager.create(SegmentEntity, {
      tenantId: tx.tenantId,
      name: input.name,
      description: input.description ?? null,
      kind: input.kind,
      rules: input.kind === 'DYNAMIC' ? (input.rules ?? null) : null,
      customerIds: input.kind === 'STATIC' ? (input.customerIds ?? []) : [],
    });
    await tx.save(SegmentEntity, segment);
    const after = segmentSnapshot(segment);
    await recordChange(tx, context.actor, {
      operation: 'createSegment',
      entityType: 'Segment',
      entityId: segment.id,
      before: null,
      after,
      event: {
        type: 'crm.marketing.segment.created.v1',
        data: { segment: after, changedFields: changedFields(null, after) },
      },
    });
    return segment;
  });
}

export async function updateSegment(
  context: RequestContext,
  id: string,
  rawInput: unknown,
  expectedVersion: number,
): Promise<SegmentEntity> {
  const input = parseInput(updateSegmentInput, rawInput);
  return context.db.transaction(async (tx) => {
    const segment = await tx.findForUpdate(SegmentEntity, 'Segment', id, expectedVersion);
    const issues = kindErrors(segment.kind, input, false);
    if (issues.length > 0) {
      throw badUserInput(
        Object.fromEntries(issues.map((issue) => [`input.${issue.path.join('.')}`, issue.message])),
      );
    }
    const before = segmentSnapshot(segment);
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) Object.assign(segment, { [key]: value });
    }
    const changed = changedFields(before, segmentSnapshot(segment));
    if (changed.length === 0) return segment; // nothing to write, no event
    await tx.save(SegmentEntity, segment);
    const after = segmentSnapshot(segment);
    await recordChange(tx, context.actor, {
      operation: 'updateSegment',
      entityType: 'Segment',
      entityId: id,
      before,
      after,
      event: { type: 'crm.marketing.segment.updated.v1', data: { segment: after, changedFields: changed } },
    });
    return segment;
  });
}

export async function deleteSegment(
  context: RequestContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<SegmentEntity> {
  return context.db.transaction(async (tx) => {
    const segment = await tx.findForUpdate(SegmentEntity, 'Segment', id, expectedVersion);
    const before = segmentSnapshot(segment);
    await tx.remove(SegmentEntity, segment);
    await recordChange(tx, context.actor, {
      operation: 'deleteSegment',
      entityType: 'Segment',
      entityId: id,
      before,
      after: null,
      event: { type: 'crm.marketing.segment.deleted.v1', data: { segment: before, changedFields: [] } },
    });
    return Object.assign(segment, { id });
  });
}
