import { Column, Entity, Index } from 'typeorm';
import { TenantRecord } from '@crm/platform';

/** A handlebars email: subject, HTML body and an optional plain-text body. */
@Entity('email_template')
@Index(['tenantId', 'name', 'id'])
@Index(['tenantId', 'createdAt', 'id'])
export class EmailTemplateEntity extends TenantRecord {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ name: 'text_body', type: 'text', nullable: true })
  textBody!: string | null;
}
