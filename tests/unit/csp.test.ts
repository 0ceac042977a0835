import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspValue, CSP_DIRECTIVES, FRAME_ANCESTORS } from '../../deploy/csp';

const ROOT = resolve(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

describe('Content-Security-Policy', () => {
  it('index.html carries exactly the policy of deploy/csp.ts', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(read('index.html'));
    expect(meta?.[1]).toBe(cspValue());
  });

  it('the nginx example sends the same policy plus frame-ancestors', () => {
    const header = /add_header Content-Security-Policy "([^"]*)" always;/.exec(read('deploy/nginx.conf'));
    expect(header?.[1]).toBe(`${cspValue()}; ${FRAME_ANCESTORS}`);
  });

  it('allows no eval, no inline script and nothing from another host', () => {
    const policy = cspValue();
    expect(policy).not.toContain('unsafe-eval');
    const scripts = CSP_DIRECTIVES.find(([name]) => name === 'script-src');
    expect(scripts?.slice(1)).toEqual(["'self'"]);
    for (const [, ...sources] of CSP_DIRECTIVES) for (const source of sources) expect(source).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    expect(CSP_DIRECTIVES.find(([name]) => name === 'style-src')).toContain("'unsafe-inline'");
  });

  it('adds an opted-in basemap host only where tiles are loaded', () => {
    const policy = cspValue({ 'img-src': ['https://tiles.example.org'], 'connect-src': ['https://tiles.example.org'] });
    expect(policy).toContain("img-src 'self' data: blob: https://tiles.example.org");
    expect(policy).toContain("connect-src 'self' data: blob: https://tiles.example.org");
    expect(policy).toContain("script-src 'self';");
  });
});
