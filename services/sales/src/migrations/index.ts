import { SalesTables1795710523806 } from './1795710523806-SalesTables';
import { Orders1795713235157 } from './1795713235157-Orders';
import { Opportunities1795713457709 } from './1795713457709-Opportunities';
import { Quotes1795716248413 } from './1795716248413-Quotes';
import { DealLinesContactRolesFollowUps1795716536104 } from './1795716536104-DealLinesContactRolesFollowUps';
import { DiscountApproval1796701359232 } from './1796701359232-DiscountApproval';

export const salesMigrations = [
  SalesTables1795710523806,
  Orders1795713235157,
  Opportunities1795713457709,
  Quotes1795716248413,
  DealLinesContactRolesFollowUps1795716536104,
  DiscountApproval1796701359232,
];
