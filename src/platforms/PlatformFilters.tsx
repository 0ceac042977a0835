import { useTranslation } from 'react-i18next';
import './strings';
import './platforms.css';
import { platformKinds } from '../schema/platform-constants';
import { useAppState } from '../store';
import { drawPlatformSymbol } from '../map/platform-symbol';

let symbolUrl: string | null = null;
/** The map symbol as a small image for the list and the controls (drawn once). */
export function platformSymbolUrl(): string {
  symbolUrl ??= drawPlatformSymbol(32).toDataURL('image/png');
  return symbolUrl;
}

/** The platform layer's switch and its kind filter (chips; none chosen = every kind). */
export function PlatformFilters() {
  const { t } = useTranslation();
  const visible = useAppState((s) => s.platformsVisible);
  const setVisible = useAppState((s) => s.setPlatformsVisible);
  const kinds = useAppState((s) => s.platformKinds);
  const toggle = useAppState((s) => s.togglePlatformKind);
  const setKinds = useAppState((s) => s.setPlatformKinds);
  return (
    <div className="platform-filters" data-testid="platform-filters">
      <label className="lc-check">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} data-testid="layer-toggle-platforms" />
        <img className="platform-symbol" src={platformSymbolUrl()} alt="" /> <span>{t('platformUi.layer')}</span>
      </label>
      <p className="muted small">{t('platformUi.layerHint')}</p>
      <div className="platform-kinds" role="group" aria-label={t('platformUi.kindsLegend')}>
        <button type="button" className="chip chip-toggle" aria-pressed={kinds.length === 0} onClick={() => setKinds([])}>
          {t('platformUi.allKinds')}
        </button>
        {platformKinds.map((k) => (
          <button key={k} type="button" className="chip chip-toggle" aria-pressed={kinds.includes(k)} data-kind={k} onClick={() => toggle(k)}>
            {t(`platformUi.kind.${k}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

export default PlatformFilters;
