import type { TFunction } from 'i18next';
import type { ImportProblem } from '../import/validate/problems';
import { boardName } from './names';

/**
 * A problem's parameters as the message shows them: codes the worker sends (board ids, encodings, value types,
 * Excel failure reasons) become words in the reader's language; everything else is shown as given (as text).
 */
export function displayParams(p: Pick<ImportProblem, 'code' | 'params'>, t: TFunction, lang: 'zh' | 'en'): Record<string, string | number> {
  const out: Record<string, string | number> = { ...p.params };
  for (const key of ['board', 'located'] as const) {
    const v = p.params[key];
    if (typeof v === 'string') out[key] = boardName(v, lang);
  }
  for (const key of ['encoding', 'used'] as const) {
    const v = p.params[key];
    if (typeof v === 'string') out[key] = t(`importChecks.encodingNames.${v}`, { defaultValue: v });
  }
  if (p.code === 'value_not_text' && typeof p.params.type === 'string') out.type = t(`importChecks.typeNames.${p.params.type}`, { defaultValue: p.params.type });
  if (typeof p.params.reason === 'string') out.reason = t(`importChecks.xlsxReason.${p.params.reason}`, { defaultValue: p.params.reason });
  return out;
}
