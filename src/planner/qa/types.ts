/**
 * The planner's QA view is a list of checks. Each check is a pure function from the loaded data to items; the
 * registry (checks.ts) is one array, so a new kind of finding is one module and one line there.
 */
import type { BoardId, ChainChief, DistrictProperties, Industry, ParkProperties, PlatformRecord, SourceDocument, TargetTable } from '../../schema';
import type { SumAllowance } from '../sum-allowances';
import type { Coverage } from '../coverage';
import type { TimelineSubject } from '../../store/timeline-slice';
import type { Disagreement } from '../../schema';

export type QaSeverity = 'problem' | 'gap' | 'note';

/** Where an item leads on the map: select a park, a platform, a board, an industry, or a matrix cell (industry on a board). */
export type QaLink =
  | { kind: 'park'; id: string }
  | { kind: 'platform'; id: string }
  | { kind: 'board'; id: BoardId }
  | { kind: 'industry'; id: string }
  | { kind: 'cell'; industry: string; board: BoardId }
  | { kind: 'timeline'; subject: TimelineSubject };

export interface QaText {
  zh: string;
  en: string;
}

export interface QaItem {
  /** The check that found it (its id). */
  check: string;
  severity: QaSeverity;
  /** What the item is about (a park's, board's or row's name). */
  subject: QaText;
  /** What is missing or inconsistent. */
  detail: QaText;
  link: QaLink | null;
}

/** Everything the checks read; each check takes what it needs. */
export interface QaInput {
  /** Parks at their effective positions (published site > the user's site > town > board). */
  parks: readonly { props: ParkProperties; point: readonly [number, number] }[];
  /** The platform register (empty when it did not load: the coverage then counts parks only). */
  platforms: readonly PlatformRecord[];
  boards: readonly DistrictProperties[];
  taxonomy: readonly Industry[];
  tables: readonly TargetTable[];
  chainChiefs: readonly ChainChief[];
  documents: readonly SourceDocument[];
  sumAllowances: readonly SumAllowance[];
  /** Where the documents disagree with themselves (data/disagreements.json). */
  disagreements: readonly Disagreement[];
  coverage: Coverage;
  /** Which board a point lies in (null = outside every board; 'wuxi' = inside Wuxi, no board known). */
  locateBoard: (lon: number, lat: number) => BoardId | 'wuxi' | null;
}

export interface QaCheck {
  /** Stable id: used in the CSV, the link to a section and the locale keys `planner.qa.check.<id>`. */
  id: string;
  severity: QaSeverity;
  run: (input: QaInput) => QaItem[];
}
