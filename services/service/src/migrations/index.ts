import { ServiceTables1795710512783 } from './1795710512783-ServiceTables';

export const serviceMigrations = [ServiceTables1795710512783];
