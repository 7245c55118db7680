import { defineModule } from '@crm/events';
import { everyRole, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { managers } from '../roles';
import { productMutations } from './product.commands';
import { ProductEntity } from './product.entity';
import { listProducts, productLoader } from './product.queries';

const resolvers: Resolvers = {
  Query: {
    product: (_, { id }, context) => productLoader(context).load(id),
    products: (_, args, context) => listProducts(context, args),
  },
  Mutation: commandResolvers(productMutations),
  Product: {
    __resolveReference: (reference, context) => productLoader(context).load(reference.id),
  },
};

/** The tenant's products; their prices are the price books'. */
export const productModule = defineModule({
  resolvers,
  access: { read: everyRole, change: managers },
  entities: [ProductEntity],
});
