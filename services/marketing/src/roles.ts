import type { Role } from '@crm/platform';

/** Who changes marketing data: marketers (and admins); every other role reads. */
export const marketers: Role[] = ['admin', 'marketer'];
