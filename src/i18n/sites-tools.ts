import { addStrings } from './index';
import zhTools from './locales/zh/sites-tools';
import enTools from './locales/en/sites-tools';

/**
 * Adds the site tools' strings (register import kind, its problem messages, the placement editor) when a tool
 * that needs them loads: imported for its effect by the import dialog, "My data" and the editor, never by the
 * first screen. The import kind joins `import.kind.*` / `import.kindHint.*`, which the import dialog reads.
 */
addStrings('sites', zhTools, enTools);
const importKind = (tools: { importKind: { label: string; hint: string } }) => ({ kind: { sites: tools.importKind.label }, kindHint: { sites: tools.importKind.hint } });
addStrings('import', importKind(zhTools), importKind(enTools));
