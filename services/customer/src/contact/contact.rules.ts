import { contactSnapshot as contactSnapshotSchema, imageOf, type ContactSnapshot } from '@crm/events';
import { email, optionalText, phone, requiredText } from '@crm/platform';
import { z } from 'zod';
import type { ContactEntity, ContactRoleEntity } from './contact.entity';

const organizations = z
  .array(z.object({ organizationId: z.uuid('Not a UUID'), role: requiredText(100) }))
  .max(100, 'At most 100 organizations')
  .refine(
    (roles) => new Set(roles.map((role) => role.organizationId)).size === roles.length,
    'Each organization at most once',
  );

export const createContactInput = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email,
  phone,
  title: optionalText(100),
  organizations: organizations.nullish(),
});

export const updateContactInput = createContactInput
  .partial()
  .extend({ firstName: requiredText(100).optional(), lastName: requiredText(100).optional() });

export type ContactRoles = z.output<typeof organizations>;
export type CreateContact = z.output<typeof createContactInput>;

export function contactSnapshot(contact: ContactEntity, roles: ContactRoleEntity[]): ContactSnapshot {
  return imageOf(contactSnapshotSchema, contact, {
    organizations: roles
      .map((role) => ({ customerId: role.customerId, role: role.role }))
      .sort((a, b) => a.customerId.localeCompare(b.customerId)),
  });
}
