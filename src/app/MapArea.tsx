import { useEffect, useState } from 'react';
import { MapView } from '../map/MapView';
import { MapBoundary } from '../map/MapBoundary';
import { MapUnavailable } from '../map/MapUnavailable';
import { webgl2Available } from '../map/webgl-support';
import { appStore, useAppState } from '../store';
import { MapLegend } from '../map/legend/MapLegend';
import { BoardTooltipHost } from '../map/legend/BoardTooltipHost';
import { KitToolbar } from '../kit/KitToolbar';

/**
 * The map fills this region, with the legend floating over it. Without WebGL2, or when the map fails to start,
 * the region explains why and the rest of the app carries on without the map.
 */
export function MapArea() {
  const [webgl] = useState(webgl2Available);
  const fault = useAppState((s) => s.mapFault) ?? (webgl ? null : 'no-webgl');
  useEffect(() => {
    if (!webgl) appStore.getState().setMapFault('no-webgl');
  }, [webgl]);
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
