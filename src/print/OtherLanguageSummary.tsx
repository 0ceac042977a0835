/** The bilingual option: the essentials of the printed subject in the other language, on the same sheet. */
import { useAppIndex } from '../app/app-data';
import { useEffect, useState } from 'react';
import { i18next, loadLanguage } from '../i18n';
import type { Language, Selection } from '../store';

export function OtherLanguageSummary({ selection, language }: { selection: Selection; language: Language }) {
  const index = useAppIndex();
  const other: Language = language === 'zh' ? 'en' : 'zh';
  // The app loads one language's strings; the other comes in for this sheet (a render later).
  const [loaded, setLoaded] = useState<Language | null>(null);
  useEffect(() => {
    void loadLanguage(other).then(() => setLoaded(other));
  }, [other]);
  const t = i18next.getFixedT(other);
  const name = (x: { name_zh: string; name_en: string }) => (other === 'en' ? x.name_en : x.name_zh);
  const industries = (ids: readonly string[]) =>
    ids.map((id) => index.industryById.get(id)).filter((i) => i !== undefined).map(name).join(other === 'en' ? ', ' : '、');
  const rows: [string, string][] = [];
  let title = t('app.title');
  if (selection?.kind === 'park') {
    const park = index.parkById.get(selection.id)?.props;
    if (park) {
      title = name(park);
      const board = index.boardById.get(park.board);
      rows.push([t('kit.print.summary.category'), t(`category.${park.category}`)]);
      rows.push([t('kit.print.summary.status'), t(`status.${park.status}`)]);
      if (board) rows.push([t('kit.print.summary.board'), name(board)]);
      rows.push([t('kit.print.summary.industries'), industries(park.lead_industries)]);
      rows.push([t('kit.print.summary.precision'), t(`precision.${park.precision}.label`)]);
    }
  } else if (selection?.kind === 'board') {
    const board = index.boardById.get(selection.id);
    if (board) {
      title = name(board);
      const parks = index.parks.filter((p) => p.props.board === board.id);
      rows.push([t('kit.compare.rows.parks'), String(parks.length)]);
      rows.push([t('kit.print.summary.industries'), industries([...new Set(parks.flatMap((p) => p.props.lead_industries))])]);
    }
  } else if (selection?.kind === 'industry') {
    const industry = index.industryById.get(selection.id);
    if (industry) title = name(industry);
  }
  return (
    <section
      className="print-other-language"
      lang={other === 'en' ? 'en' : 'zh-CN'}
      data-testid="print-other-language"
      data-loaded={loaded === other}
    >
      <h3 className="section-title">
        {t('kit.print.otherLanguage')} · {title}
      </h3>
      {rows.length > 0 && (
        <p className="print-other-facts">
          {rows.map(([k, v], i) => (
            <span key={k}>
              {i > 0 && ' · '}
              <b>{k}</b> {v}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
