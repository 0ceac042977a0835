/** The planner's QA list: counts per check at the top, then each check's items with a link to the map/panel. */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppIndex } from '../app/app-data';
import { downloadText } from '../import-ui/download';
import { createContainment, type Containment } from '../import/validate/containment';
import type { DistrictFeatures } from '../import/validate/reference';
import { buildQaInput } from '../planner/planner-data';
import { qaToCsv } from '../planner/qa/qa-csv';
import { runQa } from '../planner/qa/run-qa';
import type { QaInput } from '../planner/qa/types';
import { sumAllowances } from '../planner/sum-allowances';
import { useAppState } from '../store';
import { openQaLink } from './actions';
import { useCoverage } from './use-planner-data';

/** Checks with at most this many items start open; longer ones open from their count. */
const OPEN_UP_TO = 20;

export function QaView({ index }: { index: AppIndex }) {
  const { t, i18n } = useTranslation();
  const language = useAppState((s) => s.language);
  const { data, coverage, platforms, register } = useCoverage(index);
  const results = useMemo(() => {
    if (!coverage) return null;
    // The board polygons' point index is built only if some park has a site to test.
    let containment: Containment | null = null;
    const locateBoard: QaInput['locateBoard'] = (lon, lat) => {
      containment ??= createContainment(index.data.geo.districts as unknown as DistrictFeatures);
      return containment.locate(lon, lat);
    };
    return runQa(buildQaInput(data, coverage, sumAllowances, locateBoard, platforms?.platforms.map((p) => p.record) ?? []));
  }, [data, coverage, index, platforms]);
  const sections = useRef(new Map<string, HTMLDetailsElement>());
  if (!results) return <p className="muted" data-testid="planner-loading">{t('planner.loading')}</p>;
  const total = results.reduce((n, r) => n + r.items.length, 0);

  const exportCsv = () => {
    const title = (id: string, lng: 'zh' | 'en') => i18n.getFixedT(lng)(`planner.qa.check.${id}`);
    const base = `${location.origin}${location.pathname}`;
    const stamp = new Date().toISOString().slice(0, 10);
    downloadText(`${t('planner.qa.csvFile')}-${stamp}.csv`, qaToCsv(results, title, base), 'text/csv;charset=utf-8');
  };

  return (
    <div className="qa" data-testid="qa-view">
      <p className="planner-intro">{t('planner.qa.intro')}</p>
      {register.status === 'failed' && (
        <p className="coverage-flag" data-testid="platforms-failed">
          {t('planner.platformsFailed')}
        </p>
      )}
      <div className="qa-top">
        <p className="qa-total" data-testid="qa-total">
          {t('planner.qa.total', { count: total })}
        </p>
        <button type="button" className="planner-button" data-testid="qa-export" onClick={exportCsv}>
          {t('planner.qa.exportCsv')}
        </button>
      </div>
      <ul className="qa-counts" aria-label={t('planner.qa.caption')}>
        {results.map(({ check, items }) => (
          <li key={check.id}>
            <button
              type="button"
              className={`qa-count qa-${check.severity}`}
              data-testid={`qa-count-${check.id}`}
              data-count={items.length}
              onClick={() => {
                const el = sections.current.get(check.id);
                if (!el) return;
                el.open = true;
                el.scrollIntoView({ block: 'start' });
                el.querySelector('summary')?.focus();
              }}
            >
              <span className="qa-count-n">{items.length}</span>
              <span>{t(`planner.qa.check.${check.id}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      {results.map(({ check, items }) => (
        <details
          key={check.id}
          className="qa-section"
          data-testid={`qa-section-${check.id}`}
          open={items.length > 0 && items.length <= OPEN_UP_TO}
          ref={(el) => {
            if (el) sections.current.set(check.id, el);
          }}
        >
          <summary>
            <span className={`qa-badge qa-${check.severity}`}>{t(`planner.qa.severity.${check.severity}`)}</span>{' '}
            {t(`planner.qa.check.${check.id}`)} · {items.length}
          </summary>
          {items.length === 0 ? (
            <p className="muted">{t('planner.qa.none')}</p>
          ) : (
            <ul className="qa-items">
              {items.map((item, i) => (
                <li key={i} className="qa-item">
                  <div>
                    <strong>{item.subject[language]}</strong>
                    <span className="muted small"> · {item.detail[language]}</span>
                  </div>
                  {item.link && (
                    <button type="button" className="link-button" onClick={() => openQaLink(index, item.link!, platforms)}>
                      {t('planner.qa.open')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </div>
  );
}
