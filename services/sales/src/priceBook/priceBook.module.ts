import { defineModule } from '@crm/events';
import { everyRole, moneyText, commandResolvers } from '@crm/platform';
import type { Resolvers } from '../generated/graphql';
import { productLoader } from '../product/product.queries';
import { managers } from '../roles';
import { priceBookMutations } from './priceBook.commands';
import { PriceBookEntity, PriceBookEntryEntity } from './priceBook.entity';
import {
  entriesOfPriceBook,
  listPriceBooks,
  priceBookLoader,
  pricesOfProductLoader,
} from './priceBook.queries';

const resolvers: Resolvers = {
  Query: {
    priceBook: (_, { id }, context) => priceBookLoader(context).load(id),
    priceBooks: (_, args, context) => listPriceBooks(context, args),
  },
  Mutation: commandResolvers(priceBookMutations),
  Product: {
    prices: (product, _, context) => pricesOfProductLoader(context).load(product.id),
  },
  PriceBook: {
    __resolveReference: (reference, context) => priceBookLoader(context).load(reference.id),
    entries: (book, args, context) => entriesOfPriceBook(context, book.id, args),
  },
  PriceBookEntry: {
    priceBook: async (entry, _, context) => (await priceBookLoader(context).load(entry.priceBookId))!,
    product: async (entry, _, context) => (await productLoader(context).load(entry.productId))!,
    unitPrice: (entry) => moneyText(entry.unitPrice),
    currency: async (entry, _, context) => (await priceBookLoader(context).load(entry.priceBookId))!.currency,
  },
};

/** Price books: a product's unit price per book and currency. */
export const priceBookModule = defineModule({
  resolvers,
  access: { read: everyRole, change: managers },
  entities: [PriceBookEntity, PriceBookEntryEntity],
});
