import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import { GraphQLScalarType } from 'graphql';
import type { Resolvers } from '../generated/graphql';
import { marketers } from '../roles';
import { segmentMutations } from './segment.commands';
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
  Mutation: commandResolvers(segmentMutations),
  Segment: {
    __resolveReference: (reference, context) => segmentLoader(context).load(reference.id),
    memberCount: (segment, _, context) => memberCountLoader(context).load(segment),
  },
};

/** Segments: customers picked by rules (dynamic) or fixed (static). */
export const segmentModule = defineModule({
  resolvers,
  access: { read: everyRole, change: marketers },
  entities: [SegmentEntity],
});
