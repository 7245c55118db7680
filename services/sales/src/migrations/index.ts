import { SalesTables1795710523806 } from './1795710523806-SalesTables';

export const salesMigrations = [SalesTables1795710523806];
