/** Opens the "targets over time" view for the city, a board or an industry (the view itself loads on demand). */
import { useTranslation } from 'react-i18next';
import { useAppState, type TimelineSubject } from '../store';

export function TimelineButton({ subject }: { subject: TimelineSubject }) {
  const { t } = useTranslation();
  const open = useAppState((s) => s.openTimeline);
  return (
    <button type="button" className="chip timeline-open" data-testid="timeline-open" onClick={() => open(subject)}>
      {t(subject.kind === 'city' ? 'timelineEntry.openCity' : 'timelineEntry.open')}
    </button>
  );
}
