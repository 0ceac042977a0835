/**
 * Builds the coverage and the QA input from what the app has loaded. New registers join here: a platform
 * register adds its carriers (`extra.carriers`), per-year board targets add theirs (`extra.targets`).
 */
import { disagreements } from '../data/disagreements';
import type { BoardId, ChainChief, Disagreement, DistrictProperties, FutureParkPlan, Industry, ParkProperties, PlatformRecord, SourceDocument, TargetTable } from '../schema';
import { boardIds } from '../schema/constants';
import { computeCoverage, type BoardTarget, type Carrier, type Coverage } from './coverage';
import { futureParkTargets, parkCarriers, tableTargets } from './coverage-sources';
import { cityTracks } from './tracks';
import type { QaInput } from './qa/types';
import type { SumAllowance } from './sum-allowances';

export interface PlannerSourceData {
  parks: readonly { props: ParkProperties; point: readonly [number, number] }[];
  boards: readonly DistrictProperties[];
  taxonomy: readonly Industry[];
  tables: readonly TargetTable[];
  futureParkPlans: readonly FutureParkPlan[];
  chainChiefs: readonly ChainChief[];
  documents: readonly SourceDocument[];
  parentOf: (industryId: string) => string | undefined;
}

export interface CoverageExtras {
  carriers?: readonly Carrier[];
  targets?: readonly BoardTarget[];
}

export function buildCoverage(data: PlannerSourceData, extra: CoverageExtras = {}): Coverage {
  return computeCoverage({
    tracks: cityTracks(data.taxonomy),
    boards: boardIds as readonly BoardId[],
    carriers: [...parkCarriers(data.parks.map((p) => p.props)), ...(extra.carriers ?? [])],
    targets: [...tableTargets(data.tables), ...futureParkTargets(data.futureParkPlans), ...(extra.targets ?? [])],
    parentOf: data.parentOf,
  });
}

export function buildQaInput(
  data: PlannerSourceData,
  coverage: Coverage,
  sumAllowances: readonly SumAllowance[],
  locateBoard: QaInput['locateBoard'],
  platforms: readonly PlatformRecord[] = [],
  documentDisagreements: readonly Disagreement[] = disagreements,
): QaInput {
  return {
    parks: data.parks,
    platforms,
    boards: data.boards,
    taxonomy: data.taxonomy,
    tables: data.tables,
    chainChiefs: data.chainChiefs,
    documents: data.documents,
    sumAllowances,
    disagreements: documentDisagreements,
    coverage,
    locateBoard,
  };
}
