import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, type PanelTab } from '../store';
import { PHONE_QUERY, useMediaQuery } from './use-media-query';
import type { AppDataState } from './use-app-data';
import { DetailsPanel } from '../panels/DetailsPanel';
import { ListTab } from '../list/ListTab';
import { LayersTab } from './LayersTab';

const AboutPanel = lazy(() => import('../panels/AboutPanel').then((m) => ({ default: m.AboutPanel })));

const TABS: readonly PanelTab[] = ['details', 'list', 'layers', 'about'];

/** Phone only: how far the bottom sheet is pulled up. */
export type SheetState = 'collapsed' | 'half' | 'full';
const NEXT_SHEET: Record<SheetState, SheetState> = { collapsed: 'half', half: 'full', full: 'collapsed' };
const UP: Record<SheetState, SheetState> = { collapsed: 'half', half: 'full', full: 'full' };
const DOWN: Record<SheetState, SheetState> = { collapsed: 'collapsed', half: 'collapsed', full: 'half' };
/** A vertical move on the handle longer than this is a swipe (up = open more, down = less); shorter is a tap. */
const SWIPE_PX = 24;

export function SidePanel({ dataState }: { dataState: AppDataState }) {
  const { t } = useTranslation();
  const tab = useAppState((s) => s.panelTab);
  const setTab = useAppState((s) => s.setPanelTab);
  const selection = useAppState((s) => s.selection);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [sheet, setSheet] = useState<SheetState>('collapsed');
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});
  const swipeStart = useRef<number | null>(null);
  const swiped = useRef(false);
  const bodyRef = useRef<HTMLDivElement>(null);

  // A new tab or a new selection starts at its top, not at the previous content's scroll position.
  useEffect(() => {
    bodyRef.current?.scrollTo({ top: 0 });
  }, [tab, selection]);

  // On a phone, choosing something (on the map, in search) must make its panel visible.
  useEffect(() => {
    if (selection) setSheet((s) => (s === 'collapsed' ? 'half' : s));
  }, [selection]);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    let next: PanelTab | undefined;
    if (e.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length];
    else if (e.key === 'ArrowLeft') next = TABS[(i + TABS.length - 1) % TABS.length];
    else if (e.key === 'Home') next = TABS[0];
    else if (e.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const chooseTab = (next: PanelTab) => {
    setTab(next);
    if (isPhone && sheet === 'collapsed') setSheet('half');
  };

  return (
    <aside
      id="side-panel"
      className="panel"
      data-sheet={isPhone ? sheet : undefined}
      data-testid="side-panel"
      aria-label={t('panel.label')}
      tabIndex={-1}
    >
      {isPhone && (
        <button
          type="button"
          className="sheet-handle"
          data-testid="sheet-handle"
          aria-expanded={sheet !== 'collapsed'}
          aria-controls="panel-body"
          onPointerDown={(e) => {
            swipeStart.current = e.clientY;
            // Keep receiving the pointer when it leaves the handle mid-swipe (touch does this implicitly).
            e.currentTarget.setPointerCapture(e.pointerId);
          }}
          onPointerUp={(e) => {
            const start = swipeStart.current;
            swipeStart.current = null;
            if (start === null) return;
            const dy = e.clientY - start;
            swiped.current = Math.abs(dy) > SWIPE_PX;
            if (dy < -SWIPE_PX) setSheet(UP[sheet]);
            else if (dy > SWIPE_PX) setSheet(DOWN[sheet]);
          }}
          onClick={() => {
            // A swipe also ends in a click: it has already moved the sheet. A tap, Enter or Space steps it.
            if (swiped.current) {
              swiped.current = false;
              return;
            }
            setSheet(NEXT_SHEET[sheet]);
          }}
        >
          <span className="sheet-grip" aria-hidden="true" />
          <span className="visually-hidden">{t(`panel.sheet.${NEXT_SHEET[sheet]}`)}</span>
        </button>
      )}
      <div className="tabs" role="tablist" aria-label={t('panel.tabsLabel')}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            className="tab"
            data-testid={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls="panel-body"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => chooseTab(id)}
            onKeyDown={onTabKey}
          >
            {t(`panel.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div ref={bodyRef} id="panel-body" className="panel-body" role="tabpanel" aria-labelledby={`tab-${tab}`} data-testid={`panel-${tab}`}>
        {dataState.status === 'loading' && <p className="panel-status">{t('app.loading')}</p>}
        {dataState.status === 'error' && (
          <p className="panel-status panel-status-error" role="alert">
            {t('app.loadError', { message: dataState.message })}
          </p>
        )}
        {dataState.status === 'ready' && (
          <>
            {tab === 'details' && <DetailsPanel />}
            {tab === 'list' && <ListTab />}
            {tab === 'layers' && <LayersTab />}
            {tab === 'about' && (
              <Suspense fallback={<p className="panel-status">{t('app.loading')}</p>}>
                <AboutPanel />
              </Suspense>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
