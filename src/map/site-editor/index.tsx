import { lazy, Suspense } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useAppState } from '../../store';

const SiteEditor = lazy(() => import('./SiteEditor'));

/** Hosts the placement editor over the map while a park is being placed (the editor and terra-draw load then). */
export function SiteEditorHost({ map }: { map: MaplibreMap | null }) {
  const parkId = useAppState((s) => s.siteEditor?.parkId ?? null);
  if (!map || !parkId) return null;
  return (
    <Suspense fallback={null}>
      <SiteEditor key={parkId} map={map} parkId={parkId} />
    </Suspense>
  );
}
