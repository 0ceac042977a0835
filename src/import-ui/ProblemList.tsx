import './check-strings';
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../import/validate/problems';
import { problemMessageKey } from '../import/validate/problems';
import { displayParams } from './problem-params';

/** The first problems of an import as a table: where (file, row/feature), field, message. All plain text. */
export function ProblemList({ problems, limit = 50 }: { problems: readonly ImportProblem[]; limit?: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const shown = problems.slice(0, limit);
  if (shown.length === 0) return null;
  return (
    <div className="imp-problems" data-testid="import-problems">
      <h4>{t('import.preview.firstProblems', { count: shown.length })}</h4>
      <div className="imp-table-wrap">
        <table className="imp-table">
          <thead>
            <tr>
              <th scope="col" className="imp-col-where">{t('import.preview.where')}</th>
              <th scope="col" className="imp-col-field">{t('import.preview.field')}</th>
              <th scope="col">{t('import.preview.message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={i} className={`imp-sev-${p.severity}`} data-code={p.code}>
                <td>
                  <span className="imp-file">{p.file}</span>{' '}
                  {p.row !== null
                    ? t('import.preview.row', { row: p.row })
                    : p.feature !== null
                      ? t('import.preview.feature', { feature: p.feature })
                      : t('import.preview.fileLevel')}
                </td>
                <td>{p.field ? t(`import.fields.${p.field}`, { defaultValue: p.field }) : '—'}</td>
                <td>
                  <span className="imp-sev-word">{p.severity === 'error' ? '✕' : '!'}</span> {t(problemMessageKey(p.code), { ...displayParams(p, t, lang), defaultValue: p.code })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
