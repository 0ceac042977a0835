/**
 * The map legend's content: active surface, imported projects per board, board-colour classes, the boards with
 * their values (keyboard-focusable), park symbols.
 */
import { useMapModel } from '../use-map-model';
import { useBoardValues, useChoropleth, useThematic } from '../use-derived-layers';
import { useProjectIndex } from '../use-imported';
import { ParkLegend } from '../controls/ParkLegend';
import { ChoroplethLegend, ProjectCountLegend, SurfaceLegend } from './surface-legend';
import { lazy, Suspense } from 'react';
import { useAfterFirstDraw } from '../../app/use-after-first-draw';

// The platform register is fetched once the map has drawn; its legend row follows then.
const PlatformLegend = lazy(() => import('../../platforms/PlatformLegend'));
import { BoardList } from './BoardList';

export default function LegendBody() {
  const [platformsWanted] = useAfterFirstDraw();
  const modelState = useMapModel();
  const model = modelState.status === 'ready' ? modelState.model : null;
  const thematic = useThematic();
  const values = useBoardValues(model);
  const choropleth = useChoropleth(model);
  const projects = useProjectIndex();
  return (
    <>
      <SurfaceLegend surface={thematic} values={values} />
      {projects && <ProjectCountLegend />}
      {choropleth && <ChoroplethLegend choropleth={choropleth} />}
      {model && <BoardList model={model} thematic={thematic} values={values} choropleth={choropleth} />}
      <ParkLegend model={model} />
      {platformsWanted && (
        <Suspense fallback={null}>
          <PlatformLegend />
        </Suspense>
      )}
    </>
  );
}
