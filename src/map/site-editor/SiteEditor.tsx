import '../../i18n/sites-tools';
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { AppIndexContext } from '../../app/app-data';
import { nameOf } from '../../panels/lib/names';
import type { SiteGeometry } from '../../schema';
import { problemMessageKey, type ImportProblem } from '../../import/validate/problems';
import { appStore, useAppState } from '../../store';
import { startDrawing, type DrawController, type DrawShape } from './draw-controller';
import './site-editor.css';

/**
 * The placement editor for one park: drop a point or draw an outline on the map, give the source and a note,
 * save into the user's site register. The site is checked exactly like an imported register row (board, geometry,
 * source) before it is saved. Loaded lazily with terra-draw when a planner opens it.
 */
export default function SiteEditor({ map, parkId }: { map: MaplibreMap; parkId: string }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const index = useContext(AppIndexContext);
  const park = index?.parkById.get(parkId)?.props;
  const existing = park?.site?.origin === 'user' ? park.site : undefined;
  const [shape, setShape] = useState<DrawShape>('point');
  const [geometry, setGeometry] = useState<SiteGeometry | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | { failed: string }>('loading');
  const [title, setTitle] = useState(existing?.source.title ?? '');
  const [url, setUrl] = useState(existing?.source.source_url ?? '');
  const [date, setDate] = useState(existing?.source.source_date ?? '');
  const [note, setNote] = useState(existing?.note ?? '');
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const controller = useRef<DrawController | null>(null);

  useEffect(() => {
    let live = true;
    let started: DrawController | null = null;
    startDrawing(map, 'point', (g) => live && setGeometry(g)).then(
      (c) => {
        started = c;
        if (!live) return c.stop();
        controller.current = c;
        setStatus('ready');
      },
      (e: unknown) => live && setStatus({ failed: String((e as Error)?.message ?? e) }),
    );
    return () => {
      live = false;
      started?.stop();
      controller.current = null;
    };
  }, [map]);

  const choose = (next: DrawShape) => {
    setShape(next);
    controller.current?.setShape(next);
  };
  const close = () => appStore.getState().closeSiteEditor();

  const save = async () => {
    if (!geometry) {
      setProblems([]);
      setStatus('ready');
      return;
    }
    setSaving(true);
    const [{ checkSiteFeatures }, { createContainment }, { loadReferenceData }, { saveSite }] = await Promise.all([
      import('../../import/kinds/sites'),
      import('../../import/validate/containment'),
      import('../../import-ui/reference-data'),
      import('../../sites/site-actions'),
    ]);
    const reference = await loadReferenceData();
    const source = { title: title.trim(), ...(url.trim() ? { source_url: url.trim() } : {}), ...(date.trim() ? { source_date: date.trim() } : {}) };
    const properties = { park_id: parkId, source, ...(note.trim() ? { note: note.trim() } : {}) };
    const checked = checkSiteFeatures([{ number: 1, id: undefined, geometry, properties }], {
      file: t('sites.yourRegister'),
      parkBoards: new Map(reference.parks.map((p) => [p.id, p.board])),
      containment: createContainment(reference.districts),
    });
    const errors = checked.problems.filter((p) => p.severity === 'error');
    const site = checked.sites[0]?.site;
    if (errors.length || !site) {
      setProblems(errors);
      setSaving(false);
      return;
    }
    try {
      await saveSite(site);
      close();
    } catch (e) {
      setProblems([]);
      setStatus({ failed: String((e as Error)?.message ?? e) });
      setSaving(false);
    }
  };

  const name = park ? nameOf(park, language) : parkId;
  return (
    <section className="site-editor" data-testid="site-editor" aria-labelledby="site-editor-title">
      <h3 id="site-editor-title">{t('sites.editor.title', { name })}</h3>
      <p className="site-editor-mine">{t('sites.yourRegister')} · {t('sites.yourRegisterNote')}</p>
      <div className="site-editor-modes" role="group">
        {(['point', 'polygon'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={shape === m} data-testid={`site-mode-${m}`} onClick={() => choose(m)} disabled={status !== 'ready'}>
            {t(`sites.editor.${m}`)}
          </button>
        ))}
        <button type="button" data-testid="site-clear" onClick={() => controller.current?.clear()} disabled={!geometry}>
          {t('sites.editor.clear')}
        </button>
      </div>
      <p className="site-editor-hint" data-testid="site-editor-status" data-ready={status === 'ready' ? 'true' : 'false'}>
        {status === 'loading'
          ? t('sites.editor.loading')
          : typeof status === 'object'
            ? t('sites.editor.failed', { message: status.failed })
            : geometry
              ? t('sites.editor.drawn', { shape: t(geometry.type === 'Point' ? 'sites.editor.shapePoint' : 'sites.editor.shapePolygon') })
              : t(shape === 'point' ? 'sites.editor.hintPoint' : 'sites.editor.hintPolygon')}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          <span>{t('sites.editor.sourceTitle')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} data-testid="site-source-title" />
        </label>
        <label>
          <span>{t('sites.editor.sourceUrl')}</span>
          <input value={url} onChange={(e) => setUrl(e.target.value)} type="url" maxLength={500} data-testid="site-source-url" />
        </label>
        <label>
          <span>{t('sites.editor.sourceDate')}</span>
          <input value={date} onChange={(e) => setDate(e.target.value)} pattern="\d{4}(-\d{2}(-\d{2})?)?" maxLength={10} data-testid="site-source-date" />
        </label>
        <label>
          <span>{t('sites.editor.note')}</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} rows={2} data-testid="site-note" />
        </label>
        {!geometry && status === 'ready' && <p className="site-editor-need">{t('sites.editor.needShape')}</p>}
        {problems.length > 0 && (
          <ul className="site-editor-problems" role="alert" data-testid="site-editor-problems">
            {problems.map((p, i) => (
              <li key={i} data-code={p.code}>
                {p.field ? `${p.field}: ` : ''}
                {t(problemMessageKey(p.code), { ...p.params, defaultValue: p.code })}
              </li>
            ))}
          </ul>
        )}
        <div className="site-editor-actions">
          <button type="submit" className="site-editor-save" disabled={!geometry || saving} data-testid="site-save">
            {t('sites.editor.save')}
          </button>
          <button type="button" onClick={close} data-testid="site-cancel">
            {t('sites.editor.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
