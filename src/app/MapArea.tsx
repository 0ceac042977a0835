import { MapView } from '../map/MapView';

/** The map fills this region (MapView is the MAP helper's bridge to maplibre + deck.gl). */
export function MapArea() {
  return (
    <div className="map-area" data-testid="map-area">
      <MapView />
    </div>
  );
}
