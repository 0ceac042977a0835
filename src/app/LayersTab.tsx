import { LayerControls } from '../map/controls/LayerControls';

/** Holds the map's own layer, heat and choropleth controls and legends (MAP helper's component). */
export function LayersTab() {
  return (
    <div className="layers-tab">
      <LayerControls />
    </div>
  );
}
