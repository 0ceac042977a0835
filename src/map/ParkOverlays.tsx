/**
 * React things drawn over the map for parks: the tooltip of the park under the pointer (or of the park whose list
 * row has keyboard focus) and the list of a badge's parks. Positions come from the map's projection plus the
 * park layout the deck layers use (park-groups.ts), and follow the camera.
 * Loaded on demand once the map has drawn (nobody hovers before that), so it costs the first screen nothing.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { appStore, useAppState } from '../store';
import { DECK_LAYER_IDS } from '../layers/ids';
import type { MapModel, MapPark } from '../layers/map-model';
import type { ParkLayout } from '../layers/park-groups';
import { parkScreenPoint } from './park-screen-point';
import { ParkTooltip, type TooltipTarget } from './ParkTooltip';
import GroupPopover from './GroupPopover';
import { addOverlayStrings } from './overlay-strings';

addOverlayStrings();

const HOVER_RADIUS_PX = 6;

export default function ParkOverlays({ map, overlay, model, layout }: { map: MaplibreMap; overlay: MapboxOverlay; model: MapModel; layout: ParkLayout }) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [, setCamera] = useState(0);
  const focusedPark = useAppState((s) => s.focusedPark);
  const openGroup = useAppState((s) => s.openGroup);
  const parkById = useMemo(() => new Map(model.parks.map((p) => [p.properties.id, p])), [model]);

  useEffect(() => {
    const onMove = (e: { point: { x: number; y: number } }) => {
      const picked = overlay.pickObject({ x: e.point.x, y: e.point.y, radius: HOVER_RADIUS_PX, layerIds: [DECK_LAYER_IDS.parkSymbols] });
      const id = (picked?.object as MapPark | undefined)?.properties.id ?? null;
      setHovered((h) => (h === id ? h : id));
    };
    const onOut = () => setHovered(null);
    map.on('mousemove', onMove);
    map.on('mouseout', onOut);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onOut);
    };
  }, [map, overlay]);

  // Keyboard tooltips and the open list follow the camera.
  const anchored = focusedPark !== null || openGroup !== null;
  useEffect(() => {
    if (!anchored) return;
    const onCamera = () => setCamera((n) => n + 1);
    map.on('move', onCamera);
    return () => {
      map.off('move', onCamera);
    };
  }, [map, anchored]);

  const tooltipId = hovered ?? focusedPark;
  const park = tooltipId ? parkById.get(tooltipId) : undefined;
  const at = park ? parkScreenPoint(map, park, layout) : null;
  const tooltip: TooltipTarget | null = park && at ? { park: park.properties, x: at[0], y: at[1] } : null;

  const group = openGroup ? layout.groups.find((g) => g.key === openGroup) : undefined;
  const container = map.getContainer();
  let popover = null;
  if (group) {
    const p = map.project([group.position[0], group.position[1]]);
    const parks = group.parkIds.map((id) => parkById.get(id)?.properties).filter((x) => x !== undefined);
    popover = (
      <GroupPopover
        group={group}
        parks={parks}
        x={p.x + group.badgeOffset[0]}
        y={p.y + group.badgeOffset[1]}
        containerWidth={container.clientWidth}
        containerHeight={container.clientHeight}
        onClose={() => {
          appStore.getState().setOpenGroup(null);
          map.getCanvas().focus();
        }}
      />
    );
  }
  return (
    <>
      {tooltip && !group && <ParkTooltip target={tooltip} />}
      {popover}
    </>
  );
}
