import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import { GraphQLScalarType } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { marketers } from '../roles';
import { createSegment, deleteSegment, updateSegment } from './segment.commands';
import { SegmentEntity } from './segment.entity';
import { listSegments, memberCountLoader, segmentLoader, segmentPreview } from './segment.queries';

/** Output only: segment rules are given through the typed SegmentRules input. */
const SegmentRulesJson = new GraphQLScalarType({
  name: 'SegmentRulesJson',
  description: 'A SegmentRules value as JSON',
  serialize: (value) => value,
});

const resolvers: Resolvers = {
  SegmentRulesJson,
  Query: {
    segment: (_, { id }, context) => segmentLoader(context).load(id),
    segments: (_, args, context) => listSegments(context, args),
    segmentPreview: (_, { rules }, context) => segmentPreview(context, rules),
  },
  Mutation: {
    createSegment: (_, { input }, context) => createSegment(context, input),
    updateSegment: (_, { id, input, expectedVersion }, context) =>
      updateSegment(context, id, input, expectedVersion),
    deleteSegment: (_, { id, expectedVersion }, context) => deleteSegment(context, id, expectedVersion),
  },
  Segment: {
    __resolveReference: (reference, context) => segmentLoader(context).load(reference.id),
    memberCount: (segment, _, context) => memberCountLoader(context).load(segment),
  },
};

/** Segments: customers picked by rules (dynamic) or fixed (static). */
export const segmentModule = defineModule({
  resolvers,
  permissions: {
    'Query.segment': everyRole,
    'Query.segments': everyRole,
    'Query.segmentPreview': everyRole,
    'Mutation.createSegment': marketers,
    'Mutation.updateSegment': marketers,
    'Mutation.deleteSegment': marketers,
    'Segment.__resolveReference': everyRole,
  },
  entities: [SegmentEntity],
});
