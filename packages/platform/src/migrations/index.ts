import { AuditLog1795707964354 } from './1795707964354-AuditLog';

/** The platform's own tables; every service lists these before its own migrations. */
export const platformMigrations = [AuditLog1795707964354];
