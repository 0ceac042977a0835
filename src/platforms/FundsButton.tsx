import { useTranslation } from 'react-i18next';
import { useAppState } from '../store';
import { openFunds } from './actions';

/** Header entry to the funds and policy tools panel (the panel itself loads on first use). */
export function FundsButton() {
  const { t } = useTranslation();
  const open = useAppState((s) => s.selection?.kind === 'funds');
  return (
    <button type="button" className="header-tool" data-testid="funds-button" aria-pressed={open} onClick={() => openFunds()}>
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
        <ellipse cx="10" cy="5.5" rx="6" ry="2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M4 5.5v4.5c0 1.4 2.7 2.5 6 2.5s6-1.1 6-2.5V5.5M4 10v4.5c0 1.4 2.7 2.5 6 2.5s6-1.1 6-2.5V10" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <span className="header-tool-text">{t('platforms.fundsButton')}</span>
    </button>
  );
}
