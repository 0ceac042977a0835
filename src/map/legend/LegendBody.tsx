/** The map legend's content: active surface, imported projects per board, board-colour classes, park symbols. */
import { useMapModel } from '../use-map-model';
import { useBoardValues, useChoropleth, useThematic } from '../use-derived-layers';
import { useProjectIndex } from '../use-imported';
import { ParkLegend } from '../controls/ParkLegend';
import { ChoroplethLegend, ProjectCountLegend, SurfaceLegend } from './surface-legend';
import { PlatformLegend } from '../../platforms/PlatformLegend';

export default function LegendBody() {
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
      <ParkLegend model={model} />
      <PlatformLegend />
    </>
  );
}
