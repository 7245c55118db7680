// Products and price books: SKUs unique per tenant, one standard book per currency, unit prices as
// decimal strings in the book's currency; duplicates are CONFLICTs and bad input writes nothing.
import { testTenant } from '@crm/testkit';
import { dataOf, errorOf, salesServiceForThisFile, tokenFor } from './support/salesTestService';
import { outboxOf, tenantRows } from './support/tenantRecords';

const app = salesServiceForThisFile();

const createProduct = `mutation ($input: CreateProductInput!) {
  createProduct(input: $input) { id sku name family active version }
}`;
const updateProduct = `mutation ($id: UUID!, $input: UpdateProductInput!, $v: Int!) {
  updateProduct(id: $id, input: $input, expectedVersion: $v) { id active version }
}`;
const createPriceBook = `mutation ($input: CreatePriceBookInput!) {
  createPriceBook(input: $input) { id name currency isStandard version }
}`;
const setEntry = `mutation ($book: UUID!, $product: UUID!, $price: Decimal) {
  setPriceBookEntry(priceBookId: $book, productId: $product, unitPrice: $price) {
    version entries { totalCount edges { node { unitPrice currency product { sku } } } }
  }
}`;

it('keeps SKUs unique per tenant and publishes product changes', async () => {
  const tenant = testTenant('products');
  const token = tokenFor(tenant, 'sales_manager');
  const product = dataOf(
    await app.request(createProduct, { input: { sku: 'WID-1', name: 'Widget', family: 'Hardware' } }, token),
  ).createProduct;
  expect(product).toMatchObject({ sku: 'WID-1', active: true, version: 1 });
  const before = await tenantRows(app, tenant);
  const duplicate = await app.request(createProduct, { input: { sku: 'WID-1', name: 'Other' } }, token);
  expect(errorOf(duplicate).code).toBe('CONFLICT');
  const bad = await app.request(createProduct, { input: { sku: 'has space', name: '' } }, token);
  expect(errorOf(bad)).toEqual({
    code: 'BAD_USER_INPUT',
    fields: { 'input.sku': 'Letters, digits and . _ - / only', 'input.name': 'Must not be empty' },
  });
  const rep = await app.request(
    createProduct,
    { input: { sku: 'X', name: 'X' } },
    tokenFor(tenant, 'sales_rep'),
  );
  expect(errorOf(rep).code).toBe('FORBIDDEN');
  expect(await tenantRows(app, tenant)).toEqual(before);

  const deactivated = dataOf(
    await app.request(updateProduct, { id: product.id, input: { active: false }, v: 1 }, token),
  );
  expect(deactivated.updateProduct).toMatchObject({ active: false, version: 2 });
  expect((await outboxOf(app, tenant)).map((row) => [row.type, row.payload.changedFields])).toEqual([
    ['crm.sales.product.created.v1', expect.arrayContaining(['sku', 'name', 'active'])],
    ['crm.sales.product.updated.v1', ['active']],
  ]);
  const listed = dataOf(
    await app.request('{ products(search: "wid", active: false) { totalCount } }', {}, token),
  );
  expect(listed.products.totalCount).toBe(1);
});

it('has one standard price book per currency, and prices as decimal strings', async () => {
  const tenant = testTenant('price-books');
  const token = tokenFor(tenant);
  const widget = dataOf(
    await app.request(createProduct, { input: { sku: 'W', name: 'Widget' } }, token),
  ).createProduct;
  const standard = dataOf(
    await app.request(
      createPriceBook,
      { input: { name: 'Standard EUR', currency: 'eur', isStandard: true } },
      token,
    ),
  ).createPriceBook;
  expect(standard).toMatchObject({ currency: 'EUR', isStandard: true });
  const secondStandard = await app.request(
    createPriceBook,
    { input: { name: 'Another', currency: 'EUR', isStandard: true } },
    token,
  );
  expect(errorOf(secondStandard).code).toBe('CONFLICT');
  dataOf(
    await app.request(
      createPriceBook,
      { input: { name: 'Standard USD', currency: 'USD', isStandard: true } },
      token,
    ),
  );
  dataOf(await app.request(createPriceBook, { input: { name: 'Partners EUR', currency: 'EUR' } }, token));

  const priced = dataOf(
    await app.request(setEntry, { book: standard.id, product: widget.id, price: '1234.5' }, token),
  );
  expect(priced.setPriceBookEntry).toEqual({
    version: 2,
    entries: {
      totalCount: 1,
      edges: [{ node: { unitPrice: '1234.50', currency: 'EUR', product: { sku: 'W' } } }],
    },
  });
  const event = (await outboxOf(app, tenant)).at(-1)!;
  expect(event).toMatchObject({
    type: 'crm.sales.price_book.updated.v1',
    payload: {
      changedFields: ['entries'],
      priceBook: { entries: [{ productId: widget.id, unitPrice: '1234.50' }] },
    },
  });

  const before = await tenantRows(app, tenant);
  for (const price of ['-1', '12.3456789', 'ten']) {
    const refused = await app.request(setEntry, { book: standard.id, product: widget.id, price }, token);
    expect({ price, code: errorOf(refused).code }).toEqual({ price, code: 'BAD_USER_INPUT' });
  }
  expect(await tenantRows(app, tenant)).toEqual(before);
  const books = dataOf(
    await app.request('{ priceBooks(isStandard: true) { edges { node { currency } } } }', {}, token),
  );
  expect(books.priceBooks.edges.map((edge: { node: { currency: string } }) => edge.node.currency)).toEqual([
    'EUR',
    'USD',
  ]);
});
