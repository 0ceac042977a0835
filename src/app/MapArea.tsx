import { MapView } from '../map/MapView';
import { MapLegend } from '../map/legend/MapLegend';
import { BoardTooltipHost } from '../map/legend/BoardTooltipHost';

/** The map fills this region (MapView is the MAP helper's bridge to maplibre + deck.gl); the legend floats over it. */
export function MapArea() {
  return (
    <div className="map-area" data-testid="map-area">
      <MapView />
      <MapLegend />
      <BoardTooltipHost />
    </div>
  );
}
