// The file itself, not the package index: codegen's loader cannot compile the TypeORM entities.
import { subgraphCodegen } from '@crm/platform/src/graphql/subgraphCodegen';

export default subgraphCodegen({
  Customer: '../customer/customer.entity#CustomerEntity',
  Contact: '../contact/contact.entity#ContactEntity',
  ContactRole: '../contact/contact.entity#ContactRoleEntity',
  Interaction: '../interaction/interaction.entity#InteractionEntity',
  TimelineEntry: '../timeline/timelineEntry.entity#TimelineEntryEntity',
  CustomerConnection: '@crm/platform#Connection<CustomerEntity>',
  ContactConnection: '@crm/platform#Connection<ContactEntity>',
  InteractionConnection: '@crm/platform#Connection<InteractionEntity>',
  TimelineConnection: '@crm/platform#Connection<TimelineEntryEntity>',
});
