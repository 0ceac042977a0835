/**
 * Filters that only imported projects have: pipeline stage (the city's eight) and a date range. Shown only when
 * projects are loaded. Industry and board filters are the shared ones (list tab) and apply here too.
 * Also the points' legend: stage colours, filled vs hollow.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { projectStages } from '../../schema/constants';
import type { ProjectStage } from '../../schema';
import { DEFAULT_PROJECT_FILTERS, useAppState } from '../../store';
import { STAGE_RAMP } from '../../layers/palette';
import { PROJECT_POINTS_MIN_ZOOM } from '../../layers/imported-layers';
import { keptProjects, type ProjectIndex } from '../../domain/project-index';
import type { MapModel } from '../../layers/map-model';
import { useProjectFilterSpec } from '../use-imported';

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (the imports' own date shape); empty = open. */
const DATE_SHAPE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function ProjectControls({ index, model }: { index: ProjectIndex; model: MapModel | null }) {
  const { t } = useTranslation();
  const id = useId();
  const pf = useAppState((s) => s.projectFilters);
  const setProjectFilters = useAppState((s) => s.setProjectFilters);
  const spec = useProjectFilterSpec();
  const parentOf = model?.parentOf;
  const shown = useMemo(() => keptProjects(index, spec, parentOf).length, [index, spec, parentOf]);
  const stageCounts = useMemo(() => {
    const c = new Array<number>(projectStages.length).fill(0);
    for (let i = 0; i < index.count; i++) c[index.stage[i]!]! += 1;
    return c;
  }, [index]);
  const active = pf.stages.length > 0 || pf.dateFrom !== null || pf.dateTo !== null;

  const toggleStage = (stage: ProjectStage) =>
    setProjectFilters({ stages: pf.stages.includes(stage) ? pf.stages.filter((s) => s !== stage) : [...pf.stages, stage] });
  const setDate = (key: 'dateFrom' | 'dateTo', value: string) => {
    const v = value.trim();
    if (v === '') setProjectFilters({ [key]: null });
    else if (DATE_SHAPE.test(v)) setProjectFilters({ [key]: v });
  };

  return (
    <fieldset className="lc-group lc-group--imported" data-testid="project-controls">
      <legend className="lc-title">
        {t('map.projects.title')} <span className="lc-imported-tag">{t('map.legend.importedTag')}</span>
      </legend>
      <p className="lc-note" data-testid="project-count" aria-live="polite">
        {t('map.projects.count', { shown, total: index.count })}
      </p>
      <h4 className="lc-subtitle" id={`${id}-stages`}>
        {t('map.projects.stages')}
      </h4>
      <ul className="lc-list lc-stages" aria-labelledby={`${id}-stages`}>
        {projectStages.map((stage, i) => (
          <li key={stage}>
            <label className="lc-check">
              <input
                type="checkbox"
                checked={pf.stages.length === 0 || pf.stages.includes(stage)}
                onChange={() =>
                  // From "all" (nothing chosen), unticking one keeps the other seven.
                  pf.stages.length === 0
                    ? setProjectFilters({ stages: projectStages.filter((s) => s !== stage) })
                    : toggleStage(stage)
                }
                data-testid={`project-stage-${stage}`}
              />
              <span className="lc-dot" style={{ background: STAGE_RAMP[i] }} aria-hidden="true" />
              <span>{t(`import.stage.${stage}`)}</span>
            </label>
            <span className="lc-note">{stageCounts[i]}</span>
          </li>
        ))}
      </ul>
      <div className="lc-dates">
        <label className="lc-field" htmlFor={`${id}-from`}>
          <span>{t('map.projects.dateFrom')}</span>
          <input
            id={`${id}-from`}
            key={`from-${pf.dateFrom ?? ''}`}
            type="text"
            inputMode="numeric"
            placeholder={t('map.projects.datePlaceholder')}
            defaultValue={pf.dateFrom ?? ''}
            onBlur={(e) => setDate('dateFrom', e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && setDate('dateFrom', e.currentTarget.value)}
            data-testid="project-date-from"
          />
        </label>
        <label className="lc-field" htmlFor={`${id}-to`}>
          <span>{t('map.projects.dateTo')}</span>
          <input
            id={`${id}-to`}
            key={`to-${pf.dateTo ?? ''}`}
            type="text"
            inputMode="numeric"
            placeholder={t('map.projects.datePlaceholder')}
            defaultValue={pf.dateTo ?? ''}
            onBlur={(e) => setDate('dateTo', e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && setDate('dateTo', e.currentTarget.value)}
            data-testid="project-date-to"
          />
        </label>
      </div>
      <p className="lc-note">{t('map.projects.dateNote')}</p>
      {active && (
        <button type="button" className="lc-clear" onClick={() => setProjectFilters({ ...DEFAULT_PROJECT_FILTERS })}>
          {t('map.projects.clear')}
        </button>
      )}
      <h4 className="lc-subtitle">{t('map.projects.pointsTitle')}</h4>
      <ul className="lc-list">
        <li>
          <span className="lc-dot" style={{ background: STAGE_RAMP[4] }} aria-hidden="true" />
          <span>{t('map.projects.filled')}</span>
        </li>
        <li>
          <span className="lc-dot lc-dot--hollow" style={{ borderColor: STAGE_RAMP[4] }} aria-hidden="true" />
          <span>{t('map.projects.hollow')}</span>
        </li>
      </ul>
      <p className="lc-note">{t('map.projects.pointsNote', { zoom: PROJECT_POINTS_MIN_ZOOM })}</p>
      <p className="lc-note">{t('map.projects.sharedFilters')}</p>
    </fieldset>
  );
}
