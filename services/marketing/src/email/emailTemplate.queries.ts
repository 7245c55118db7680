import { byKeys, paginate, type PageArgs, type RequestContext } from '@crm/platform';
import { EmailTemplateEntity } from './emailTemplate.entity';

export function listEmailTemplates(context: RequestContext, args: PageArgs) {
  return paginate(
    context.db.select(EmailTemplateEntity, 't'),
    [{ property: 'name', direction: 'ASC' }],
    args,
  );
}

export function emailTemplateLoader(context: RequestContext) {
  return context.loaders.get<string, EmailTemplateEntity | null>('emailTemplateById', async (ids) =>
    byKeys(ids, await context.db.findByIds(EmailTemplateEntity, ids), (template) => template.id),
  );
}
