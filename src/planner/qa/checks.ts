/**
 * The QA view's checks, in the order they are shown. A new kind of finding (e.g. where the documents disagree
 * with themselves, or platforms with no park) is one module under checks/ and one line here.
 */
import type { QaCheck } from './types';
import { approximatePosition } from './checks/approximate-position';
import { noLeadIndustry } from './checks/no-lead-industry';
import { siteOutsideBoard } from './checks/site-outside-board';
import { sumMismatch } from './checks/sum-mismatch';
import { targetWithoutCarrier } from './checks/target-without-carrier';
import { parkWithoutTarget } from './checks/park-without-target';
import { platformWithoutTarget } from './checks/platform-without-target';
import { missingEnglish } from './checks/missing-english';
import { documentsDisagree } from './checks/documents-disagree';

export const QA_CHECKS: readonly QaCheck[] = [
  approximatePosition,
  noLeadIndustry,
  siteOutsideBoard,
  sumMismatch,
  documentsDisagree,
  targetWithoutCarrier,
  parkWithoutTarget,
  platformWithoutTarget,
  missingEnglish,
];
