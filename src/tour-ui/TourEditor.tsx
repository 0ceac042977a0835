import { useContext, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppIndexContext } from '../app/app-data';
import { urlStateOf } from '../app/use-url-sync';
import { appStore, useAppState } from '../store';
import { showStop } from '../store/tour-slice';
import { TOUR_INTERVAL_RANGE } from '../schema';
import { encodeUrlState } from '../url/url-state';
import { KIOSK_IDLE_DEFAULT_SEC } from '../url/tour-param';
import { moveItem } from '../tour/tour-step';
import { readTourFile, tourToFile, type TourProblem } from '../tour/tour-file';
import { downloadText, fileStem } from '../import-ui/download';
import { enterFullscreen } from './fullscreen';
import { captionOf } from './tour-title';
import './tour.css';
import './strings';

const DEFAULT_INTERVAL_SEC = 10;

/**
 * Building a tour: "add this view as a stop" saves camera, layers, filters and selection with a caption in both
 * languages; stops can be shown, re-captured, reordered and removed; the tour is exported to / imported from a
 * small JSON file and can be copied as a kiosk link.
 */
export default function TourEditor() {
  const { t } = useTranslation();
  const index = useContext(AppIndexContext);
  const language = useAppState((s) => s.language);
  const tour = useAppState((s) => s.tour);
  const store = appStore.getState();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ file: string; list: TourProblem[] } | null>(null);
  const stops = tour?.stops ?? [];

  const importFile = async (file: File) => {
    if (!index) return;
    const result = readTourFile(await file.text(), {
      industryIds: new Set(index.industryById.keys()),
      parkIds: new Set(index.parkById.keys()),
    });
    if (!result.ok) {
      setProblems({ file: file.name, list: result.problems });
      setStatus(null);
      return;
    }
    setProblems(null);
    appStore.getState().setTour(result.tour);
    const title = result.tour.title[language] || result.tour.title.zh || result.tour.title.en;
    setStatus(t('tour.editor.imported', { title, count: result.tour.stops.length }));
  };

  const copyKioskLink = async () => {
    const s = appStore.getState();
    if (!s.tour) return;
    const hash = encodeUrlState({ ...urlStateOf(s), tour: { tour: s.tour, kioskIdleSec: KIOSK_IDLE_DEFAULT_SEC } });
    try {
      await navigator.clipboard.writeText(`${location.origin}${location.pathname}${location.search}${hash}`);
      setStatus(t('tour.editor.kioskCopied'));
    } catch {
      setStatus(t('share.copyFailed'));
    }
  };

  const problemText = (p: TourProblem) => {
    const reason = t(`tour.errors.reason.${p.reason}`);
    return p.stop === null
      ? t('tour.errors.fileField', { field: p.field, reason })
      : t('tour.errors.stopField', { stop: p.stop, field: p.field, reason });
  };

  return (
    <section className="tour-editor" data-testid="tour-editor" aria-labelledby="tour-editor-title">
      <header className="tour-editor-head">
        <h2 id="tour-editor-title">{t('tour.editor.title')}</h2>
        <button type="button" className="tour-x" aria-label={t('tour.editor.close')} onClick={() => store.setTourEditorOpen(false)}>
          ×
        </button>
      </header>
      <div className="tour-editor-body">
        {tour && (
          <div className="tour-field-pair">
            <label>
              <span>{t('tour.editor.tourTitleZh')}</span>
              <input
                lang="zh-CN"
                data-testid="tour-title-zh"
                value={tour.title.zh}
                maxLength={120}
                onChange={(e) => store.setTourMeta({ title: { ...tour.title, zh: e.target.value } })}
              />
            </label>
            <label>
              <span>{t('tour.editor.tourTitleEn')}</span>
              <input
                lang="en"
                data-testid="tour-title-en"
                value={tour.title.en}
                maxLength={120}
                onChange={(e) => store.setTourMeta({ title: { ...tour.title, en: e.target.value } })}
              />
            </label>
          </div>
        )}
        <button
          type="button"
          className="tour-btn tour-btn-primary"
          data-testid="tour-add-stop"
          onClick={() => {
            store.addTourStop({ zh: '', en: '' });
            setStatus(t('tour.editor.captured'));
          }}
        >
          + {t('tour.editor.addStop')}
        </button>
        <h3 className="tour-editor-sub">{t('tour.editor.stopsHeading', { count: stops.length })}</h3>
        {stops.length === 0 && <p className="tour-empty">{t('tour.editor.empty')}</p>}
        <ol className="tour-stops">
          {stops.map((stop, i) => (
            <li key={i} className="tour-stop" data-testid="tour-stop" data-stop={i + 1}>
              <div className="tour-stop-head">
                <strong>{t('tour.editor.stop', { n: i + 1 })}</strong>
                <span className="tour-stop-preview">{captionOf(stop.caption, language)}</span>
              </div>
              <label>
                <span>{t('tour.editor.captionZh')}</span>
                <textarea
                  lang="zh-CN"
                  rows={2}
                  maxLength={400}
                  data-testid="tour-caption-zh"
                  value={stop.caption.zh}
                  onChange={(e) => store.updateTourStop(i, { caption: { ...stop.caption, zh: e.target.value } })}
                />
              </label>
              <label>
                <span>{t('tour.editor.captionEn')}</span>
                <textarea
                  lang="en"
                  rows={2}
                  maxLength={400}
                  data-testid="tour-caption-en"
                  value={stop.caption.en}
                  onChange={(e) => store.updateTourStop(i, { caption: { ...stop.caption, en: e.target.value } })}
                />
              </label>
              <div className="tour-stop-actions">
                <button type="button" className="tour-btn" onClick={() => appStore.setState((s) => showStop(s, stop))}>
                  {t('tour.editor.show')}
                </button>
                <button type="button" className="tour-btn" onClick={() => store.recaptureTourStop(i)}>
                  {t('tour.editor.recapture')}
                </button>
                <button
                  type="button"
                  className="tour-btn"
                  aria-label={t('tour.editor.moveUp', { n: i + 1 })}
                  disabled={i === 0}
                  onClick={() => store.setTourStops(moveItem(stops, i, i - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="tour-btn"
                  aria-label={t('tour.editor.moveDown', { n: i + 1 })}
                  disabled={i === stops.length - 1}
                  onClick={() => store.setTourStops(moveItem(stops, i, i + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="tour-btn tour-btn-danger"
                  aria-label={t('tour.editor.removeStop', { n: i + 1 })}
                  onClick={() => store.removeTourStop(i)}
                >
                  {t('tour.editor.remove')}
                </button>
              </div>
            </li>
          ))}
        </ol>
        {tour && (
          <div className="tour-auto-row">
            <label className="tour-check">
              <input
                type="checkbox"
                data-testid="tour-auto-toggle"
                checked={tour.autoAdvanceSec !== null}
                onChange={(e) => store.setTourMeta({ autoAdvanceSec: e.target.checked ? DEFAULT_INTERVAL_SEC : null })}
              />
              {t('tour.editor.autoAdvance')}
            </label>
            {tour.autoAdvanceSec !== null && (
              <label className="tour-interval">
                <span>{t('tour.editor.interval')}</span>
                <input
                  type="number"
                  min={TOUR_INTERVAL_RANGE.min}
                  max={TOUR_INTERVAL_RANGE.max}
                  value={tour.autoAdvanceSec}
                  onChange={(e) => {
                    const v = Math.round(Number(e.target.value));
                    if (v >= TOUR_INTERVAL_RANGE.min && v <= TOUR_INTERVAL_RANGE.max) store.setTourMeta({ autoAdvanceSec: v });
                  }}
                />
              </label>
            )}
          </div>
        )}
        <p className="tour-status" role="status" data-testid="tour-status">
          {status}
        </p>
        {problems && (
          <div className="tour-problems" role="alert" data-testid="tour-import-problems">
            <p>{t('tour.errors.heading', { file: problems.file })}</p>
            <ul>
              {problems.list.map((p) => (
                <li key={`${p.stop}|${p.field}`}>{problemText(p)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <footer className="tour-editor-foot">
        <button
          type="button"
          className="tour-btn tour-btn-primary"
          data-testid="tour-editor-play"
          disabled={!tour}
          onClick={() => {
            enterFullscreen();
            store.playTour(0);
          }}
        >
          ▶ {t('tour.menu.play')}
        </button>
        <button
          type="button"
          className="tour-btn"
          data-testid="tour-export"
          disabled={!tour}
          onClick={() => tour && downloadText(`tour-${fileStem(tour.title.en || tour.title.zh || 'wuxi')}.json`, tourToFile(tour), 'application/json')}
        >
          {t('tour.editor.exportFile')}
        </button>
        <button type="button" className="tour-btn" data-testid="tour-import" onClick={() => fileInput.current?.click()}>
          {t('tour.editor.importFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="tour-import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" className="tour-btn" data-testid="tour-kiosk-link" disabled={!tour} onClick={() => void copyKioskLink()}>
          {t('tour.editor.kioskLink')}
        </button>
        <button type="button" className="tour-btn tour-btn-danger" disabled={!tour} onClick={() => store.setTour(null)}>
          {t('tour.editor.clear')}
        </button>
      </footer>
    </section>
  );
}
