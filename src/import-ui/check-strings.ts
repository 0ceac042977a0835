import { addStrings } from '../i18n';
import zh from '../i18n/locales/zh/import-checks';
import en from '../i18n/locales/en/import-checks';

/**
 * The file-check and storage-state strings (importChecks.*) arrive with the import UI, not with the first
 * screen: every place that shows them (dialog, problem list, My data, the storage notice once storage has been
 * opened) loads this module first, and the initial bundle stays within its budget.
 */
addStrings('importChecks', zh, en);
