import { Foundation1764360000000 } from './1764360000000-foundation';
import { QuestionBank1764370000000 } from './1764370000000-question-bank';
import { InterviewKits1764380000000 } from './1764380000000-interview-kits';
import { InterviewLoops1764390000000 } from './1764390000000-interview-loops';
import { HiringDecisions1764400000000 } from './1764400000000-hiring-decisions';
import { Accounts1764410000000 } from './1764410000000-accounts';
import { AuditTrail1764420000000 } from './1764420000000-audit-trail';
import { CandidateDataRights1764430000000 } from './1764430000000-candidate-data-rights';
import { SessionChangeNotices1764445000000 } from './1764445000000-session-change-notices';
import { Email1764450000000 } from './1764450000000-email';
import { ForgivingSearch1764460000000 } from './1764460000000-forgiving-search';
import { QuestionLabels1764470000000 } from './1764470000000-question-labels';
import { KitUsageIndexes1764480000000 } from './1764480000000-kit-usage-indexes';
import { MailDeliveryLease1764500000000 } from './1764500000000-mail-delivery-lease';
import { InterviewCancelledMail1764510000000 } from './1764510000000-interview-cancelled-mail';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [
  Foundation1764360000000,
  QuestionBank1764370000000,
  InterviewKits1764380000000,
  InterviewLoops1764390000000,
  HiringDecisions1764400000000,
  Accounts1764410000000,
  AuditTrail1764420000000,
  CandidateDataRights1764430000000,
  SessionChangeNotices1764445000000,
  Email1764450000000,
  ForgivingSearch1764460000000,
  QuestionLabels1764470000000,
  KitUsageIndexes1764480000000,
  MailDeliveryLease1764500000000,
  InterviewCancelledMail1764510000000,
];
