import { defineAggregate } from '@crm/events';
import { parseInput, type RequestContext } from '@crm/platform';
import type {
  MutationCreateSegmentArgs,
  MutationDeleteSegmentArgs,
  MutationUpdateSegmentArgs,
} from '../generated/graphql';
import { SegmentEntity } from './segment.entity';
import { createSegmentInput, segmentSnapshot, segmentUpdate, updateSegmentInput } from './segment.rules';

export const segments = defineAggregate({
  name: 'Segment',
  entity: SegmentEntity,
  eventKey: 'segment',
  image: segmentSnapshot,
});

export function createSegment(
  context: RequestContext,
  { input: rawInput }: MutationCreateSegmentArgs,
): Promise<SegmentEntity> {
  const input = parseInput(createSegmentInput, rawInput);
  return segments.create(context, 'createSegment', {
    values: {
      name: input.name,
      description: input.description ?? null,
      kind: input.kind,
      rules: input.kind === 'DYNAMIC' ? (input.rules ?? null) : null,
      customerIds: input.kind === 'STATIC' ? (input.customerIds ?? []) : [],
    },
    event: 'crm.marketing.segment.created.v1',
  });
}

export function updateSegment(
  context: RequestContext,
  { id, input: rawInput, expectedVersion }: MutationUpdateSegmentArgs,
): Promise<SegmentEntity> {
  const input = parseInput(updateSegmentInput, rawInput);
  return segments.change(context, { id, expectedVersion, operation: 'updateSegment' }, (segment) => ({
    set: segmentUpdate(segment, input),
    event: 'crm.marketing.segment.updated.v1',
  }));
}

export function deleteSegment(
  context: RequestContext,
  { id, expectedVersion }: MutationDeleteSegmentArgs,
): Promise<SegmentEntity> {
  return segments.remove(
    context,
    { id, expectedVersion, operation: 'deleteSegment' },
    { event: 'crm.marketing.segment.deleted.v1' },
  );
}

/** The aggregate's mutations: each command by the name of its field (commandResolvers). */
export const segmentMutations = { createSegment, updateSegment, deleteSegment };
