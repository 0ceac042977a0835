/**
 * The print preview: one A4 portrait sheet with title, date, the map snapshot, the subject's panel laid out for
 * paper (the same panel components as on screen), an optional second-language summary, sources and page numbers.
 * On screen it is a preview over the app with Print / Close; printed, only the sheet is on the paper.
 */
import '../kit/kit-strings';
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useAppIndex } from '../app/app-data';
import { useAppState, type PrintSubject } from '../store';
import { ParkPanel } from '../panels/ParkPanel';
import { useMapSnapshot } from './use-map-snapshot';
import { OtherLanguageSummary } from './OtherLanguageSummary';
import { PrintQr } from './PrintQr';
import './print.css';

const BoardPanel = lazy(() => import('../panels/BoardPanel').then((m) => ({ default: m.BoardPanel })));
const IndustryPanel = lazy(() => import('../panels/IndustryPanel').then((m) => ({ default: m.IndustryPanel })));
const CompareTable = lazy(() => import('../compare/CompareTable').then((m) => ({ default: m.CompareTable })));
const ItineraryList = lazy(() => import('../itinerary/ItineraryList').then((m) => ({ default: m.ItineraryList })));

const ROOT_CLASS = 'has-print-view';

/** Paper has no <details> to click: every folded part of the panels (the source notes) is opened. */
function useOpenDetails(ref: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const open = () => root.querySelectorAll('details').forEach((d) => (d.open = true));
    open();
    const observer = new MutationObserver(open);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

export function PrintView({ subject }: { subject: PrintSubject }) {
  const { t } = useTranslation();
  const index = useAppIndex();
  const language = useAppState((s) => s.language);
  const selection = useAppState((s) => s.selection);
  const bilingual = useAppState((s) => s.printBilingual);
  const setBilingual = useAppState((s) => s.setPrintBilingual);
  const close = useAppState((s) => s.closePrint);
  const sheetRef = useRef<HTMLElement>(null);
  const printRef = useRef<HTMLButtonElement>(null);
  const snapshotKey = `${subject}|${selection?.kind}:${selection?.id}|${language}`;
  const snapshot = useMapSnapshot(index, snapshotKey);
  useOpenDetails(sheetRef);

  useEffect(() => {
    document.documentElement.classList.add(ROOT_CLASS);
    printRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove(ROOT_CLASS);
      window.removeEventListener('keydown', onKey);
    };
  }, [close]);

  const kind = subject === 'selection' ? (selection?.kind === 'board' || selection?.kind === 'industry' ? selection.kind : 'park') : subject;
  let body: ReactNode = null;
  if (subject === 'selection' && selection?.kind === 'park') body = <ParkPanel id={selection.id} />;
  else if (subject === 'selection' && selection?.kind === 'board') body = <BoardPanel id={selection.id} />;
  else if (subject === 'selection' && selection?.kind === 'industry') body = <IndustryPanel id={selection.id} />;
  else if (subject === 'compare') body = <CompareTable />;
  else if (subject === 'itinerary') body = <ItineraryList printable />;
  const showKind = subject !== 'selection' || (selection && ['park', 'board', 'industry'].includes(selection.kind));
  const today = new Date().toISOString().slice(0, 10);

  return createPortal(
    <div className="print-root" data-testid="print-view" role="dialog" aria-modal="true" aria-label={t('kit.print.title')}>
      <div className="print-toolbar">
        <button ref={printRef} type="button" className="kit-button" data-testid="print-now" onClick={() => window.print()}>
          {t('kit.print.print')}
        </button>
        <label className="print-option">
          <input type="checkbox" checked={bilingual} data-testid="print-bilingual" onChange={(e) => setBilingual(e.target.checked)} />{' '}
          {t('kit.print.bilingual')}
        </label>
        <button type="button" className="kit-button" data-testid="print-close" onClick={close}>
          {t('kit.print.close')}
        </button>
      </div>
      <article
        ref={sheetRef}
        className={`print-sheet print-sheet--${kind}${bilingual && subject === 'selection' ? ' print-sheet--bilingual' : ''}`}
        data-testid="print-sheet"
        data-map-ready={snapshot.url ? 'true' : 'false'}
      >
        <header className="print-head">
          <p className="print-brand">
            {t('app.title')}
            {showKind && <span className="print-kind"> · {t(`kit.print.kinds.${kind}`)}</span>}
          </p>
          <p className="print-date">{t('kit.print.printedOn', { date: today })}</p>
        </header>
        <figure className="print-map">
          {snapshot.url ? (
            <img src={snapshot.url} alt={t('kit.print.mapAlt', { title: t('app.title') })} data-testid="print-map-image" />
          ) : (
            <p className="muted">{snapshot.failed ? t('kit.export.failed', { message: '' }) : t('kit.print.mapLoading')}</p>
          )}
        </figure>
        <div className="print-body">
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>{body}</Suspense>
        </div>
        {bilingual && subject === 'selection' && <OtherLanguageSummary selection={selection} language={language} />}
        <footer className="print-foot">
          <p>{t('kit.print.sources')}</p>
          <PrintQr />
        </footer>
      </article>
    </div>,
    document.body,
  );
}
