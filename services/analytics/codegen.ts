// The file itself, not the package index: codegen's loader cannot compile the TypeORM entities.
import { subgraphCodegen } from '@crm/platform/src/graphql/subgraphCodegen';

export default subgraphCodegen({
  Customer: '../customer/customerMetrics.queries#CustomerReference',
  Campaign: '../campaign/campaignPerformance.queries#CampaignReference',
  SalesReport: '../order/salesReport.queries#SalesReportModel',
});
