import { MapView } from '../map/MapView';
import { MapBoundary } from '../map/MapBoundary';
import { MapUnavailable } from '../map/MapUnavailable';
import { useAppState } from '../store';
import { MapLegend } from '../map/legend/MapLegend';
import { BoardTooltipHost } from '../map/legend/BoardTooltipHost';
import { KitToolbar } from '../kit/KitToolbar';

/**
 * The map fills this region, with the legend floating over it. Without WebGL2, or when the map fails to start,
 * the region explains why and the rest of the app carries on without the map.
 */
export function MapArea() {
  // No separate WebGL probe: creating a throwaway context costs as much as the map's own (seconds on a software
  // renderer), and `new Map` already reports a missing WebGL2 (startMap records it as the fault).
  const fault = useAppState((s) => s.mapFault);
  return (
    <div className="map-area" data-testid="map-area">
      {fault ? (
        <MapUnavailable fault={fault} />
      ) : (
        <MapBoundary>
          <MapView />
          <MapLegend />
          <BoardTooltipHost />
          <KitToolbar />
        </MapBoundary>
      )}
    </div>
  );
}
