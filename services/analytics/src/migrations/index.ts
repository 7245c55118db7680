import { AnalyticsReadModels1795716592920 } from './1795716592920-AnalyticsReadModels';
import { EmailsAndQuotes1795717963852 } from './1795717963852-EmailsAndQuotes';
import { ReportIndexes1795718942382 } from './1795718942382-ReportIndexes';
import { CohortActivity1795719304009 } from './1795719304009-CohortActivity';
import { ChurnOrderIndex1795723084571 } from './1795723084571-ChurnOrderIndex';
import { ActivitySpans1795727698947 } from './1795727698947-ActivitySpans';
import { LatestAnswers1795729281158 } from './1795729281158-LatestAnswers';

export const analyticsMigrations = [
  AnalyticsReadModels1795716592920,
  EmailsAndQuotes1795717963852,
  ReportIndexes1795718942382,
  CohortActivity1795719304009,
  ChurnOrderIndex1795723084571,
  ActivitySpans1795727698947,
  LatestAnswers1795729281158,
];
