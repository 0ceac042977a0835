import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';

/** A message the user must see (e.g. parts of a link could not be read); stays until dismissed. */
export function NoticeBanner() {
  const { t } = useTranslation();
  const notice = useAppState((s) => s.notice);
  const dismiss = useAppState((s) => s.dismissNotice);
  if (!notice) return null;
  const detail = notice.key === 'notice.urlProblems' && notice.detail
    ? notice.detail
        .split(',')
        .map((p) => t(`urlParam.${p}`, { defaultValue: p }))
        .join(t('app.listSeparator'))
    : notice.detail;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <span className="notice-icon" aria-hidden="true">!</span>
      <p className="notice-text">{t(notice.key, { detail, defaultValue: notice.detail ?? notice.key })}</p>
      <button type="button" className="notice-close" onClick={dismiss} aria-label={t('notice.dismiss')}>
        ×
      </button>
    </div>
  );
}
