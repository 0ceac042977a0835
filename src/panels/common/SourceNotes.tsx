import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../../schema';
import { useAppIndex } from '../../app/app-data';
import { useAppState } from '../../store';
import { boardColumnByHeader } from '../../schema/constants';
import { citationPieces } from '../lib/citation';

/**
 * One citation as a sentence: document, section/annex, row, column (labels as printed in the document).
 * `sameDocument`: the note before cites the same document, so its title gives way to "同上 / Ibid." (a long
 * panel cites one annex a dozen times; on paper the repeated titles alone filled half a page).
 */
export function SourceCitation({ source, sameDocument = false }: { source: SourceRef; sameDocument?: boolean }) {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const { data } = useAppIndex();
  const doc = data.documents.find((d) => d.id === source.document);
  const title = doc ? (language === 'zh' ? doc.title_zh : doc.title_en) : t(`doc.short.${source.document}`);
  const column = source.column ? boardColumnByHeader[source.column] : undefined;
  const columnName = column === undefined ? undefined : column === 'city' ? t('source.wholeCity') : t(`boardShort.${column}`);
  return (
    <>
      {sameDocument ? (
        <span className="cite-doc cite-ibid" title={title}>
          {t('source.ibid')}
        </span>
      ) : (
        <cite className="cite-doc">{language === 'zh' ? `《${title}》` : title}</cite>
      )}
      {citationPieces(source, language, columnName).map((p, i) =>
        'text' in p ? (
          <span key={i}>{p.text}</span>
        ) : (
          <q key={i} lang={p.lang}>
            {p.quote}
          </q>
        ),
      )}
      {doc?.nature === 'suggestions_digest' && <span className="cite-flag">{t('source.suggestionsFlag')}</span>}
    </>
  );
}

/** Numbered footnotes; figures in the panel carry the matching [n]. */
export function SourceNotes({ refs, id }: { refs: readonly SourceRef[]; id: string }) {
  const { t } = useTranslation();
  if (!refs.length) return null;
  return (
    <details className="sources" data-testid="sources">
      <summary>{t('source.heading', { count: refs.length })}</summary>
      <ol className="source-list">
        {refs.map((ref, i) => (
          <li key={i} id={`${id}-${i + 1}`} className="source-item" tabIndex={-1}>
            <SourceCitation source={ref} sameDocument={i > 0 && refs[i - 1]!.document === ref.document} />
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * The small [n] after a figure. A button, not an in-page link: the URL fragment carries the app state,
 * so jumping to "#note-1" would be read as a (broken) shared link.
 */
export function NoteMark({ n, id }: { n: number; id: string }) {
  const { t } = useTranslation();
  return (
    <sup className="note-mark">
      <button type="button" aria-label={t('source.noteLabel', { n })} onClick={() => openNote(`${id}-${n}`)}>
        {n}
      </button>
    </sup>
  );
}

function openNote(noteId: string) {
  const target = document.getElementById(noteId);
  const details = target?.closest('details');
  if (details) details.open = true;
  target?.scrollIntoView({ block: 'nearest' });
  target?.focus();
}
