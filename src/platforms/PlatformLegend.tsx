import { useTranslation } from 'react-i18next';
import './strings';
import './platforms.css';
import { useAppState } from '../store';
import { usePlatforms } from '../data/platforms';
import { platformSymbolUrl } from './PlatformFilters';

/** The legend's platform row: the symbol, how many are drawn of how many named, and what the position means. */
export default function PlatformLegend() {
  const { t } = useTranslation();
  const visible = useAppState((s) => s.platformsVisible);
  const data = usePlatforms();
  if (!data || !visible) return null;
  const drawn = data.platforms.filter((p) => p.point).length;
  return (
    <div className="lc-legend" data-testid="platform-legend">
      <h4 className="lc-subtitle">{t('platformUi.layer')}</h4>
      <ul className="lc-list">
        <li>
          <img className="lc-symbol" src={platformSymbolUrl()} alt="" width={20} height={20} />
          <span>{t('platformUi.legendCount', { drawn, total: data.platforms.length })}</span>
        </li>
      </ul>
      <p className="lc-note">{t('platformUi.layerHint')}</p>
    </div>
  );
}
