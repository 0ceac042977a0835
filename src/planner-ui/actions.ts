/** Where the planner's links lead: the same store actions as the panels', then the planner closes. */
import type { AppIndex } from '../app/app-data';
import { openBoard, openIndustry, openPark } from '../panels/lib/actions';
import type { BoardId } from '../schema';
import { appStore } from '../store';
import type { QaLink } from '../planner/qa/types';
import type { PlatformData } from '../data/platforms';
import { openPlatform } from '../platforms/actions';

const BOARD_ZOOM = 10;

/** A matrix cell: open the track's panel and light up its parks on that board (industry + board filters). */
export function openCell(index: AppIndex, track: string, board: BoardId): void {
  const s = appStore.getState();
  s.select({ kind: 'industry', id: track });
  s.setFilter('industries', [track]);
  s.setFilter('boards', [board]);
  const point = index.boardById.get(board)?.label_point;
  if (point) s.flyTo({ longitude: point[0], latitude: point[1], zoom: BOARD_ZOOM });
  s.closePlanner();
}

export function openTrack(track: string): void {
  openIndustry(track);
  appStore.getState().closePlanner();
}

export function openBoardPanel(index: AppIndex, board: BoardId): void {
  openBoard(index, board);
  appStore.getState().closePlanner();
}

/** A carrier in a coverage list: a park, or a platform (its panel; flies to its marker when it has one). */
export function openPlatformCarrier(platforms: PlatformData | null, id: string): void {
  const entry = platforms?.byId.get(id);
  if (entry) openPlatform(entry);
  else appStore.getState().select({ kind: 'platform', id });
}

export function openQaLink(index: AppIndex, link: QaLink, platforms: PlatformData | null = null): void {
  switch (link.kind) {
    case 'platform':
      openPlatformCarrier(platforms, link.id);
      appStore.getState().closePlanner();
      return;
    case 'park':
      openPark(index, link.id);
      appStore.getState().closePlanner();
      return;
    case 'board':
      openBoardPanel(index, link.id);
      return;
    case 'industry':
      openTrack(link.id);
      return;
    case 'cell':
      openCell(index, link.industry, link.board);
      return;
    case 'timeline':
      appStore.getState().openTimeline(link.subject);
      appStore.getState().closePlanner();
  }
}
