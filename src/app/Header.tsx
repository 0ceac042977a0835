import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchBox } from '../search/SearchBox';
import { CopyLinkButton } from './CopyLinkButton';
import { TourButton } from '../tour-ui';
import { PlannerButton } from '../planner-ui';
import { FundsButton } from '../platforms/FundsButton';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <path d="M16 4c-4.6 0-8.4 3.6-8.4 8.1C7.6 18.2 16 27.5 16 27.5s8.4-9.3 8.4-15.4C24.4 7.6 20.6 4 16 4z" />
          <circle cx="16" cy="12.2" r="3.3" />
        </svg>
        <div className="brand-text">
          <h1 className="brand-title">{t('app.title')}</h1>
          <p className="brand-subtitle">{t('app.subtitle')}</p>
        </div>
      </div>
      <SearchBox />
      <div className="header-tools">
        <PlannerButton />
        <FundsButton />
        <TourButton />
        <CopyLinkButton />
      </div>
      <LanguageSwitch />
    </header>
  );
}
