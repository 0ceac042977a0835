/** The comparison over the map: the table, print, clear and close; keyboard reachable (focus moves in, Esc closes). */
import '../kit/kit-strings';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import { CompareTable } from './CompareTable';
import '../kit/kit.css';

export function CompareView() {
  const { t } = useTranslation();
  const count = useAppState((s) => s.compare.ids.length);
  const close = useAppState((s) => s.setCompareOpen);
  const clear = useAppState((s) => s.clearCompare);
  const openPrint = useAppState((s) => s.openPrint);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  return (
    <section
      className="view-overlay kit-overlay compare-view"
      data-testid="compare-view"
      aria-labelledby="compare-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close(false);
      }}
    >
      <header className="kit-overlay-head">
        <h2 id="compare-title" ref={titleRef} tabIndex={-1}>
          {t('kit.compare.title')}
        </h2>
        <div className="kit-overlay-actions">
          <button type="button" className="kit-button" data-testid="compare-print" disabled={count < 2} onClick={() => openPrint('compare')}>
            {t('kit.print.button')}
          </button>
          <button type="button" className="kit-button" onClick={clear}>
            {t('kit.compare.clear')}
          </button>
          <button type="button" className="kit-button" data-testid="compare-close" onClick={() => close(false)}>
            {t('kit.compare.close')}
          </button>
        </div>
      </header>
      {count === 0 && <p className="muted">{t('kit.compare.empty')}</p>}
      {count === 1 && <p className="muted">{t('kit.compare.needTwo')}</p>}
      {count > 0 && <CompareTable editable />}
    </section>
  );
}
