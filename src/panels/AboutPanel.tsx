import { useTranslation } from 'react-i18next';
import { openFunds } from '../platforms/actions';
import { useAppIndex } from '../app/app-data';
import { useAppState } from '../store';
import { useRomanizer } from './lib/use-romanizer';

const UNKNOWNS = ['registers', 'investments', 'positions', 'wxjk', 'suggestions', 'boundaries'] as const;
const LICENCES = ['districts', 'towns', 'water'] as const;

/** The five documents, what the map does not know, where the geometry comes from, and what the heat means. */
export function AboutPanel() {
  const { t } = useTranslation();
  const language = useAppState((s) => s.language);
  const romanize = useRomanizer(language);
  const { data } = useAppIndex();
  const rawSources = [
    ...new Set([
      ...data.geo.districts.features.map((f) => f.properties.source),
      ...data.geo.water.features.map((f) => f.properties.source),
    ]),
  ];
  return (
    <article className="detail about" data-testid="about-panel" aria-labelledby="about-title">
      <header className="detail-head">
        <h2 id="about-title" className="detail-title" tabIndex={-1}>
          {t('about.title')}
        </h2>
        <p className="lead">{t('about.lead')}</p>
      </header>

      <section className="section" aria-labelledby="about-docs">
        <h3 id="about-docs" className="section-title">
          {t('about.documents')}
        </h3>
        <ol className="doc-list">
          {data.documents.map((d) => (
            <li key={d.id} className="doc" data-testid="about-document">
              <p className="doc-title">{language === 'zh' ? d.title_zh : d.title_en}</p>
              {language === 'en' && (
                <p className="doc-original" lang="zh-CN">
                  {d.title_zh}
                </p>
              )}
              <p className="doc-meta">
                <span>{language === 'zh' ? d.issuer_zh : d.issuer_en}</span>
                <span>{d.doc_number ? t('about.docNumber', { number: d.doc_number }) : t('about.noDocNumber')}</span>
                <span>{d.date ? t('about.date', { date: d.date }) : t('about.noDate')}</span>
              </p>
              <p className={`doc-nature doc-nature-${d.nature}`}>{t(`docNature.${d.nature}`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <p>
        <button type="button" className="link-button" data-testid="about-funds" onClick={() => openFunds()}>
          {t('platforms.fundsButton')}
        </button>
      </p>

      <section className="section" aria-labelledby="about-unknown">
        <h3 id="about-unknown" className="section-title">
          {t('about.unknowns')}
        </h3>
        <ul className="bullets">
          {UNKNOWNS.map((k) => (
            <li key={k}>{t(`about.unknown.${k}`)}</li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="about-heat">
        <h3 id="about-heat" className="section-title">
          {t('about.heat')}
        </h3>
        <p>{t('about.heatText')}</p>
      </section>

      <section className="section" aria-labelledby="about-geo">
        <h3 id="about-geo" className="section-title">
          {t('about.geodata')}
        </h3>
        <ul className="bullets">
          {LICENCES.map((k) => (
            <li key={k}>{t(`about.licence.${k}`)}</li>
          ))}
        </ul>
        <details className="sources">
          <summary>{t('about.rawSources')}</summary>
          <ul className="source-list" lang="en">
            {rawSources.map((s) => (
              <li key={s} className="source-item">
                {romanize.han(s)}
              </li>
            ))}
          </ul>
        </details>
      </section>
    </article>
  );
}
