import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../import/pipeline';
import { ProblemList } from './ProblemList';
import { boardName } from './names';
import { formatYuanYi } from '../panels/lib/format';

/** n valid, n with problems, the first problems, a sample of valid rows. The user then imports or cancels. */
export function Preview({ result }: { result: ImportResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const s = result.summary;
  const d = result.dataset;
  const sample =
    d?.kind === 'projects'
      ? Array.from({ length: Math.min(5, d.projects.count) }, (_, i) => d.projects.at(i)).map((p) => [p.name, t(`import.stage.${p.stage}`), p.investment_yi === null ? '—' : String(p.investment_yi), p.board ? boardName(p.board, lang) : '—'])
      : d?.kind === 'zones'
        ? d.zones.slice(0, 5).map((z) => [z.name, t(`import.zoneKind.${z.zone_kind}`), z.geometry.type, z.board ? boardName(z.board, lang) : '—'])
        : d?.kind === 'targets'
          ? d.table.rows.slice(0, 5).map((r) => [r.industry ?? '—', r.label_zh, r.unit_zh, String(r.values.city ?? '—')])
          : [];
  const hidden = result.errorCount + result.warningCount - result.problems.length;
  return (
    <section className="imp-preview" data-testid="import-preview" aria-live="polite">
      <h3>{t('import.preview.title', { file: result.fileName })}</h3>
      <p className="imp-meta">
        {t('import.preview.format', { format: result.format ?? '?' })}
        {result.encoding && <> · {t('import.preview.encoding', { encoding: t(`import.encodingNames.${result.encoding}`) })}</>}
        {' · '}
        {t(`import.crs.${result.crs}`)}
      </p>
      <ul className="imp-counts">
        <li className="imp-count-valid" data-testid="import-valid-count" data-count={s.valid}>
          {t('import.preview.valid', { count: s.valid })}
        </li>
        <li className={s.invalid > 0 ? 'imp-count-invalid' : undefined} data-testid="import-invalid-count" data-count={s.invalid}>
          {t('import.preview.invalid', { count: s.invalid })}
        </li>
        {result.warningCount > 0 && <li className="imp-count-warn">{t('import.preview.warnings', { count: result.warningCount })}</li>}
        {result.kind === 'projects' && s.valid > 0 && <li>{t('import.preview.investment', { value: formatYuanYi(s.investmentYi, lang) })}</li>}
      </ul>
      {sample.length > 0 && (
        <details className="imp-sample">
          <summary>{t('import.preview.sampleTitle')}</summary>
          <table className="imp-table" data-testid="import-sample">
            <tbody>
              {sample.map((cells, i) => (
                <tr key={i}>
                  {cells.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <ProblemList problems={result.problems} />
      {hidden > 0 && <p className="imp-note">{t('import.preview.moreProblems', { count: hidden })}</p>}
      {!d && <p className="imp-error">{t('import.preview.noneValid')}</p>}
    </section>
  );
}
