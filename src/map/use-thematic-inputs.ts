/**
 * The thematic part of the deck layers' inputs: target values per board, imported projects counted per board
 * (one pass over the filter mask, only when the mask changes), and the label texts in the current language.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectIndex } from '../domain/project-index';
import type { ThematicInputs } from '../layers/build-deck-layers';
import type { MapModel } from '../layers/map-model';
import { projectCountsByBoard } from '../layers/thematic-layers';
import { useBoardValues } from './use-derived-layers';

export function useThematicInputs(
  model: MapModel | null,
  projectIndex: ProjectIndex | null,
  projectMask: Float32Array | null,
  pointsZoom: boolean,
): ThematicInputs {
  const { t, i18n } = useTranslation();
  const targets = useBoardValues(model);
  const projectCounts = useMemo(
    () => (model && projectIndex && projectMask ? projectCountsByBoard(projectIndex, projectMask, model) : null),
    [model, projectIndex, projectMask],
  );
  const language = i18n.language;
  const texts = useMemo(
    () => ({ noTarget: t('thematic.noTarget'), projectCount: (count: number) => t('thematic.projectCount', { count }) }),
    [t, language],
  );
  return useMemo(
    () => ({ targets, projectCounts, projectCountsVisible: !pointsZoom, texts }),
    [targets, projectCounts, pointsZoom, texts],
  );
}
