/**
 * No message ever shows an unfilled placeholder ("坐标不是数字（{{value}}）"). The parameters are not a hand-kept
 * list: the TypeScript checker reads every call site in src/ — problem(…)/fileProblem(…)/fail(…) with the codes
 * they can pass and the properties of the parameters they pass, t('key', params) calls (template keys such as
 * `import.progress.${phase}` match every key they can reach), and `{ key, params }` / `{ key, detail }` objects
 * handed to a dialog or the notice banner. Each message is rendered in Chinese and English the way the UI does
 * (problem parameters through displayParams) and must not keep any `{{…}}`. Problem objects from real damaged
 * files are rendered too (their parameters come from typed unions the checker cannot pair with their codes).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources as appResources } from '../../src/i18n/resources';
import zhChecks from '../../src/i18n/locales/zh/import-checks';
import enChecks from '../../src/i18n/locales/en/import-checks';
import zhSiteTools from '../../src/i18n/locales/zh/sites-tools';
import enSiteTools from '../../src/i18n/locales/en/sites-tools';
import { FILE_CHECK_CODES, problemMessageKey, type AnyProblemCode, type ImportProblem } from '../../src/import/validate/problems';
import { displayParams } from '../../src/import-ui/problem-params';
import { bombXlsx, xlsxOf } from '../../scripts/fixtures/xlsx-zip';
import { csv, okRow, PROJECT_HEADER, run, zoneFeature, zonesFc } from './import-helpers';

/**
 * The app's strings with the ones the import UI adds when it loads (src/import-ui/check-strings.ts) and those the
 * site tools add (src/i18n/sites-tools.ts: the site register's problem messages).
 */
const resources = {
  zh: {
    translation: {
      ...appResources.zh.translation,
      importChecks: zhChecks,
      sites: { ...appResources.zh.translation.sites, ...zhSiteTools },
    },
  },
  en: {
    translation: {
      ...appResources.en.translation,
      importChecks: enChecks,
      sites: { ...appResources.en.translation.sites, ...enSiteTools },
    },
  },
};

const SRC = resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));

/** Every string a placeholder-free message may hold for a parameter (numbers for counts). */
const sample = (key: string): string | number => (/count|rows|limit|row|first|done|total|Mb|fit|feature/i.test(key) ? 7 : `«${key}»`);

interface Site {
  where: string;
  keys: string[];
  /** Parameter names the call passes; null when they cannot be known statically (an index signature). */
  params: string[] | null;
}

function flatKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? flatKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
const ALL_KEYS = flatKeys(resources.zh.translation);

/** The call sites, read with the type checker. */
function scan(): { problems: Array<Site & { codes: string[] }>; messages: Site[] } {
  const program = ts.createProgram(files(SRC), { jsx: ts.JsxEmit.ReactJSX, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const literals = (node: ts.Node): string[] => {
    const type = checker.getTypeAtLocation(node);
    const parts = type.isUnion() ? type.types : [type];
    return parts.flatMap((t) => (t.isStringLiteral() ? [t.value] : []));
  };
  /** `map.heat.${kind ?? 'off'}` → the keys its parts can spell (a part of unknown text matches any one key segment). */
  const templateKeys = (node: ts.TemplateExpression): string[] => {
    let patterns = [node.head.text.replace(/\./g, '\\.')];
    for (const span of node.templateSpans) {
      const options = literals(span.expression);
      const tail = span.literal.text.replace(/\./g, '\\.');
      patterns = patterns.flatMap((p) => (options.length ? options.map((o) => `${p}${o.replace(/\./g, '\\.')}${tail}`) : [`${p}[^.]+${tail}`]));
    }
    return ALL_KEYS.filter((k) => patterns.some((p) => new RegExp(`^${p}$`).test(k)));
  };
  const propsOf = (node: ts.Node | undefined): string[] | null => {
    if (!node) return [];
    const type = checker.getTypeAtLocation(node);
    if (type.getStringIndexType()) return null;
    return type.getProperties().map((p) => p.name);
  };
  const problems: Array<Site & { codes: string[] }> = [];
  const messages: Site[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(SRC)) continue;
    const where = (n: ts.Node) => `${sf.fileName.slice(SRC.length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : '';
        const [a0, a1, a2, a3] = node.arguments;
        const problemArgs = callee === 'problem' ? [a1, a3] : callee === 'fileProblem' ? [a1, a2] : callee === 'fail' ? [a0, a2] : null;
        if (problemArgs?.[0]) {
          const codes = literals(problemArgs[0]);
          if (codes.length) problems.push({ where: where(node), codes, keys: [], params: propsOf(problemArgs[1]) });
        }
        if (callee === 't' && a0) {
          const keys = ts.isTemplateExpression(a0) ? templateKeys(a0) : literals(a0).filter((k) => ALL_KEYS.includes(k));
          if (keys.length) messages.push({ where: where(node), keys, params: propsOf(a1) });
        }
      }
      if (ts.isObjectLiteralExpression(node)) {
        const prop = (name: string) => node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name);
        const key = prop('key');
        if (key && ts.isStringLiteral(key.initializer) && ALL_KEYS.includes(key.initializer.text)) {
          const params = prop('params');
          messages.push({ where: where(node), keys: [key.initializer.text], params: params ? propsOf(params.initializer) : prop('detail') ? ['detail'] : [] });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { problems, messages };
}

const leftovers = (text: string) => text.match(/\{\{[^}]*\}\}/g) ?? [];
let t: Record<'zh' | 'en', TFunction>;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'zh', fallbackLng: 'zh', interpolation: { escapeValue: false } });
  t = { zh: i18n.getFixedT('zh'), en: i18n.getFixedT('en') };
});

function renderProblem(p: Pick<ImportProblem, 'code' | 'params'>, lang: 'zh' | 'en'): string {
  return t[lang](problemMessageKey(p.code), { ...displayParams(p, t[lang], lang), defaultValue: `MISSING ${p.code}` });
}

describe('messages keep no placeholder', () => {
  const { problems, messages } = scan();

  it('finds the call sites (the scan itself works)', () => {
    const codes = new Set(problems.flatMap((s) => s.codes));
    for (const code of ['coord_nan', 'outside_wuxi', 'nul_char', 'not_text', 'position_values', 'geometry_not_point']) expect(codes, code).toContain(code);
    expect(messages.some((m) => m.keys.includes('import.progress.validating'))).toBe(true);
    expect(messages.some((m) => m.keys.includes('importChecks.storage.importedSession'))).toBe(true);
  });

  it('every problem call site, in both languages', () => {
    const bad: string[] = [];
    for (const site of problems) {
      if (site.params === null) continue; // typed as a record: covered by the real problems below
      const params = Object.fromEntries(site.params.map((k) => [k, sample(k)]));
      for (const code of site.codes) {
        for (const lang of ['zh', 'en'] as const) {
          const text = renderProblem({ code: code as AnyProblemCode, params }, lang);
          if (text.startsWith('MISSING') || leftovers(text).length) bad.push(`${site.where} ${code} ${lang}: ${text}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every t() call and every { key, params } message, in both languages', () => {
    const bad: string[] = [];
    for (const site of messages) {
      if (site.params === null) continue;
      const params = Object.fromEntries(site.params.map((k) => [k, sample(k)]));
      for (const key of site.keys) {
        for (const lang of ['zh', 'en'] as const) {
          const text = String(t[lang](key, params));
          if (leftovers(text).length) bad.push(`${site.where} ${key} ${lang}: ${text}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every file-check code has a message in both languages', () => {
    for (const code of FILE_CHECK_CODES) {
      expect(resources.zh.translation.importChecks.problem[code], code).toBeTruthy();
      expect(resources.en.translation.importChecks.problem[code], code).toBeTruthy();
    }
    expect(flatKeys(resources.en.translation.importChecks).sort()).toEqual(flatKeys(resources.zh.translation.importChecks).sort());
  });

  it('problems from real damaged files, in both languages', async () => {
    const SQ = [[120.41, 31.51], [120.43, 31.51], [120.43, 31.53], [120.41, 31.53], [120.41, 31.51]];
    const results = await Promise.all([
      run(csv(okRow('1', { lon: 'abc' }), okRow('2', { lon: '116.4', lat: '39.9' }), okRow('3', { lon: '31.52', lat: '120.42' }), okRow('4', { inv: '5' }).replace('总投资(亿元)', '总投资')), 'projects'),
      run(`${PROJECT_HEADER}\n${okRow('1')}\n${okRow('2', { name: 'a\u0000b' })}`, 'projects'),
      run(zonesFc(zoneFeature({ type: 'Point', coordinates: ['x', 31.5] }), zoneFeature({ type: 'Point', coordinates: [116.4, 39.9] }), zoneFeature({ type: 'Polygon', coordinates: [SQ.map(([x, y]) => [x, y, 1, 2])] }), zoneFeature({ type: 'Polygon', coordinates: [SQ.map(([x, y]) => [x, y, 3])] })), 'zones'),
      run(zonesFc({ type: 'Feature', properties: { 项目名称: 'p', 产业: '物联网', 阶段: '签约' }, geometry: { type: 'Point', coordinates: ['x', 31] } }), 'projects', { fileName: 'p.geojson' }),
      run(await bombXlsx(310), 'projects', { fileName: 'bomb.xlsx' }),
      run(xlsxOf([['项目名称', '总投资(亿元)'], ['x', { raw: '<c r="{ref}" t="n"><v>abc</v></c>' }]]), 'projects', { fileName: 'bad.xlsx' }),
      run(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), 'projects', { fileName: 'x.xlsx' }),
      run(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42, 0]), 'projects'),
      run(new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0x0a]), 'projects'),
    ]);
    const all = results.flatMap((r) => r.problems);
    const seen = new Set(all.map((p) => p.code));
    for (const code of ['coord_nan', 'outside_wuxi', 'coord_swapped', 'nul_char', 'position_values', 'height_dropped', 'xlsx_too_large', 'xlsx_bad_cell', 'xlsx_unreadable', 'encoding_unsupported']) expect(seen, code).toContain(code);
    const bad: string[] = [];
    for (const p of all) {
      for (const lang of ['zh', 'en'] as const) {
        const text = renderProblem(p, lang);
        if (text.startsWith('MISSING') || leftovers(text).length || /\((binary|utf16|replaced)\)|（(binary|utf16|replaced)）/.test(text)) bad.push(`${p.code} ${lang}: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);
});
