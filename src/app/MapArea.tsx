import { MapView } from '../map/MapView';
import { KitToolbar } from '../kit/KitToolbar';

/** The map fills this region (MapView is the MAP helper's bridge to maplibre + deck.gl). */
export function MapArea() {
  return (
    <div className="map-area" data-testid="map-area">
      <MapView />
      <KitToolbar />
    </div>
  );
}
