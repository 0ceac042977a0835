/** "Print", "Add to compare" and "Add to itinerary" under a panel's title. */
import { useTranslation } from 'react-i18next';
import { useAppState, type CompareKind } from '../store';

export function PanelKitActions({ kind, id }: { kind: 'park' | 'board' | 'industry'; id: string }) {
  const { t } = useTranslation();
  const openPrint = useAppState((s) => s.openPrint);
  const inCompare = useAppState((s) => s.compare.kind === kind && s.compare.ids.includes(id));
  const inTrip = useAppState((s) => s.itinerary.includes(id));
  const addToCompare = useAppState((s) => s.addToCompare);
  const addStop = useAppState((s) => s.addStop);
  return (
    <div className="panel-kit-actions" data-testid="panel-kit-actions">
      <button type="button" className="chip" data-testid="panel-print" onClick={() => openPrint('selection')}>
        {t('kit.print.button')}
      </button>
      {kind !== 'industry' && (
        <button
          type="button"
          className="chip"
          data-testid="add-to-compare"
          aria-pressed={inCompare}
          onClick={() => addToCompare(kind as CompareKind, id)}
        >
          {t(inCompare ? 'kit.compare.added' : 'kit.compare.add')}
        </button>
      )}
      {kind === 'park' && (
        <button type="button" className="chip" data-testid="add-to-itinerary" aria-pressed={inTrip} onClick={() => addStop(id)}>
          {t(inTrip ? 'kit.itinerary.added' : 'kit.itinerary.add')}
        </button>
      )}
    </div>
  );
}
