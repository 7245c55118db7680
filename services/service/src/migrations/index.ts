import { ServiceTables1795710512783 } from './1795710512783-ServiceTables';
import { OrderProjection1795714937020 } from './1795714937020-OrderProjection';
import { Surveys1795716232120 } from './1795716232120-Surveys';
import { AfterSales1795716425634 } from './1795716425634-AfterSales';
import { Routing1795716620165 } from './1795716620165-Routing';
import { KnowledgeBase1795716845282 } from './1795716845282-KnowledgeBase';
import { KnowledgeSearchIndex1795716845300 } from './1795716845300-KnowledgeSearchIndex';
import { RepairOutcome1795717660817 } from './1795717660817-RepairOutcome';

export const serviceMigrations = [
  ServiceTables1795710512783,
  OrderProjection1795714937020,
  Surveys1795716232120,
  AfterSales1795716425634,
  Routing1795716620165,
  KnowledgeBase1795716845282,
  KnowledgeSearchIndex1795716845300,
  RepairOutcome1795717660817,
];
