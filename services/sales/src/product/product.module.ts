import { defineModule } from '@crm/events';
import { everyRole } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { managers } from '../roles';
import { createProduct, deleteProduct, updateProduct } from './product.commands';
import { ProductEntity } from './product.entity';
import { listProducts, productLoader } from './product.queries';

const resolvers: Resolvers = {
  Query: {
    product: (_, { id }, context) => productLoader(context).load(id),
    products: (_, args, context) => listProducts(context, args),
  },
  Mutation: {
    createProduct: (_, { input }, context) => createProduct(context, input),
    updateProduct: (_, { id, input, expectedVersion }, context) =>
      updateProduct(context, id, input, expectedVersion),
    deleteProduct: (_, { id, expectedVersion }, context) => deleteProduct(context, id, expectedVersion),
  },
  Product: {
    __resolveReference: (reference, context) => productLoader(context).load(reference.id),
  },
};

/** The tenant's products; their prices are the price books'. */
export const productModule = defineModule({
  resolvers,
  permissions: {
    'Query.product': everyRole,
    'Query.products': everyRole,
    'Mutation.createProduct': managers,
    'Mutation.updateProduct': managers,
    'Mutation.deleteProduct': managers,
    'Product.__resolveReference': everyRole,
  },
  entities: [ProductEntity],
});
