import { i18next } from './index';
import zhTools from './locales/zh/sites-tools';
import enTools from './locales/en/sites-tools';

/**
 * Adds the site tools' strings (register import kind, its problem messages, the placement editor) when a tool
 * that needs them loads: imported for its effect by the import dialog, "My data" and the editor, never by the
 * first screen. The import kind joins `import.kind.*` / `import.kindHint.*`, which the import dialog reads.
 */
const bundles = { zh: zhTools, en: enTools } as const;
for (const lng of ['zh', 'en'] as const) {
  const tools = bundles[lng];
  i18next.addResourceBundle(lng, 'translation', { sites: tools, import: { kind: { sites: tools.importKind.label }, kindHint: { sites: tools.importKind.hint } } }, true, false);
}
