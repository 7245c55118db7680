import { defineService } from '@crm/events';
import { contactModule } from './contact/contact.module';
import { customerModule } from './customer/customer.module';
import { interactionModule } from './interaction/interaction.module';
import { customerMigrations } from './migrations';
import { timelineModule } from './timeline/timeline.module';

/** The customer service: its modules, one per aggregate (docs/architecture.md §2). */
export const customerService = defineService({
  name: 'customer',
  srcDir: __dirname,
  modules: [customerModule, contactModule, interactionModule, timelineModule],
  migrations: customerMigrations,
});
