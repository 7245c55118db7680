import { defineList, loaderById, type RequestContext } from '@crm/platform';
import { EmailTemplateEntity } from './emailTemplate.entity';

/** Templates by name (no search, filter or choice of order). */
export const listEmailTemplates = defineList<EmailTemplateEntity, never>({
  entity: EmailTemplateEntity,
  alias: 't',
  filter: {},
  orderBy: {},
  defaultOrder: { property: 'name', direction: 'ASC' },
});

export const emailTemplateLoader = (context: RequestContext) => loaderById(context, EmailTemplateEntity);
