/**
 * Layer toggles, thematic layer, board colours (choropleth) and imported-project filters — the map's side of the
 * panel. The legend itself floats over the map (src/map/legend/MapLegend.tsx). PANELS places it
 * inside a tab; it reads and writes only the store. All labels via i18n `map.*`; native inputs keep it
 * keyboard- and screen-reader-friendly.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, type LayerVisibility } from '../../store';
import { useMapModel } from '../use-map-model';
import { useChoropleth, useHeatSurface, useThematic } from '../use-derived-layers';
import { ChoroplethControls } from './ChoroplethControls';
import { HeatControls } from './HeatControls';
import { ProjectControls } from './ProjectControls';
import { useProjectIndex } from '../use-imported';
import './layer-controls.css';

const PlatformFilters = lazy(() => import('../../platforms/PlatformFilters'));

const TOGGLES: ReadonlyArray<keyof LayerVisibility> = ['districts', 'water', 'parks', 'labels'];

export function LayerControls() {
  const { t } = useTranslation();
  const layers = useAppState((s) => s.layers);
  const setLayerVisible = useAppState((s) => s.setLayerVisible);
  const modelState = useMapModel();
  const model = modelState.status === 'ready' ? modelState.model : null;
  const choropleth = useChoropleth(model);
  const surface = useHeatSurface(model);
  const thematic = useThematic();
  const projectIndex = useProjectIndex();

  return (
    <section className="layer-controls" aria-label={t('map.aria.controls')} data-testid="layer-controls">
      <fieldset className="lc-group">
        <legend className="lc-title">{t('map.layers.title')}</legend>
        <div className="lc-toggles">
          {TOGGLES.map((key) => (
            <label key={key} className="lc-check">
              <input
                type="checkbox"
                checked={layers[key]}
                onChange={(e) => setLayerVisible(key, e.target.checked)}
                data-testid={`layer-toggle-${key}`}
              />
              <span>{t(`map.layers.${key}`)}</span>
            </label>
          ))}
        </div>
        <Suspense fallback={null}>
          <PlatformFilters />
        </Suspense>
      </fieldset>
      <HeatControls model={model} surface={surface} thematic={thematic} />
      {projectIndex && <ProjectControls index={projectIndex} model={model} />}
      <ChoroplethControls model={model} choropleth={choropleth} />
    </section>
  );
}

export default LayerControls;
