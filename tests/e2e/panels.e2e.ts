/**
 * Side panels end to end: a park clicked on the map or chosen in the list opens its panel with its lead
 * industries; the board and industry panels show their tables; English replaces every chrome string;
 * the phone layout turns the panel into a bottom sheet.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppDriver } from './driver';
import { HAN, finish, openReady, snapshot, waitForSelection } from './panels-helpers';

let app: AppDriver | null = null;
afterEach(async () => {
  const current = app;
  app = null;
  await finish(current);
});

const PANEL = '[data-testid="park-panel"]';

describe('park panel', () => {
  it('opens with its lead industries when a park is clicked on the map', async () => {
    app = await openReady();
    const park = await app.page.evaluate(() => {
      const hooks = window.__wuximap!;
      const p = hooks.parks().find((x) => x.precision !== 'district' && x.lead_industries.length && hooks.screenPoint('park', x.id));
      return p ? { id: p.id, lead: p.lead_industries, at: hooks.screenPoint('park', p.id)! } : null;
    });
    expect(park, 'a single-placed park with lead industries on screen').not.toBeNull();
    await app.page.mouse.click(park!.at[0], park!.at[1]);
    await waitForSelection(app, 'park', park!.id);
    await app.page.waitForSelector(`${PANEL}[data-park="${park!.id}"]`);
    const chips = await app.page.$$eval(`${PANEL} [data-testid="industry-chips"] [data-industry]`, (els) =>
      els.map((e) => e.getAttribute('data-industry')),
    );
    expect(chips).toEqual(park!.lead);
    // Board-level targets are labelled as such, and every figure has a source list.
    expect(await app.page.textContent('[data-testid="board-level-note"]')).toContain('不是本园区自身的目标');
    expect(await app.page.locator(`${PANEL} [data-testid="sources"] li`).count()).toBeGreaterThan(0);
    await app.screenshot('panels-park-desktop-zh');
  });

  it('opens from the list, and a lead-industry chip opens the industry panel and lights its parks', async () => {
    app = await openReady();
    await app.page.click('[data-testid="tab-list"]');
    await app.page.click('[data-testid="park-row"][data-park="binhu_humanoid_robot_park"]');
    await waitForSelection(app, 'park', 'binhu_humanoid_robot_park');
    await app.page.waitForSelector(`${PANEL}[data-park="binhu_humanoid_robot_park"]`);
    const s = await snapshot(app);
    expect(s.view.zoom).toBeGreaterThanOrEqual(12); // the list flies to the park
    await app.page.click(`${PANEL} [data-industry="humanoid_robots"]`);
    await app.page.waitForSelector('[data-testid="industry-panel"][data-industry="humanoid_robots"]');
    expect((await snapshot(app)).filters.industries).toEqual(['humanoid_robots']);
    expect(await app.page.locator('[data-testid="chain-chief"]').count()).toBe(1);
    const memberships = await app.page.$$eval('[data-testid="industry-memberships"] tr', (rows) =>
      rows.map((r) => r.getAttribute('data-member')),
    );
    expect(memberships).toContain('yes');
    // The list follows the filter.
    await app.page.click('[data-testid="tab-list"]');
    const rows = await app.page.locator('[data-testid="park-row"]').count();
    expect(rows).toBeGreaterThan(0);
    expect(await app.page.textContent('[data-testid="list-count"]')).toContain(String(rows));
  });

  it('shows a board with its annex tables, "no target" apart from numbers, and a ranked comparison', async () => {
    app = await openReady({ path: '#v=1&sel=board:320211' });
    await app.page.waitForSelector('[data-testid="board-panel"][data-board="320211"]');
    for (const t of ['wp2024_annex1', 'wp2024_annex2', 'wp2024_annex3']) {
      expect(await app.page.locator(`[data-testid="board-table-${t}"] tbody tr`).count()).toBeGreaterThan(0);
    }
    expect(await app.page.locator('[data-testid="board-panel"] .value-none').count()).toBeGreaterThan(0);
    expect(await app.page.textContent('[data-testid="board-rank"]')).toMatch(/\d/);
  });

  it('says the economic development zone is a functional zone with an approximate position', async () => {
    app = await openReady({ path: '#v=1&sel=board:wxjk' });
    expect(await app.page.textContent('[data-testid="wxjk-note"]')).toContain('滨湖区');
  });
});

describe('language', () => {
  it('switches every chrome string to English and keeps the state', async () => {
    app = await openReady({ path: '#v=1&sel=park:binhu_humanoid_robot_park&cat=future_park' });
    await app.page.waitForSelector(PANEL);
    const before = await snapshot(app);
    await app.page.click('[data-testid="lang-en"]');
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    const after = await snapshot(app);
    expect(after.language).toBe('en');
    expect(after.selection).toEqual(before.selection);
    expect(after.filters).toEqual(before.filters);
    expect(await app.page.title()).toBe('Wuxi Industry Innovation Map');
    // Chrome: header, tabs, headings, labels, notes, buttons. Names in the other language (the subtitle)
    // and quoted document labels (lang="zh-CN") are bilingual on purpose and excluded.
    const leftovers = await app.page.evaluate((han) => {
      const re = new RegExp(han, 'u');
      const chrome = document.querySelectorAll(
        'header, .tab, .section-title, .kicker, .facts dt, .callout, .precision, .link-button, .chip, .sources summary, .detail-title, .search-input',
      );
      const out: string[] = [];
      for (const el of chrome) {
        if (el.closest('[lang="zh-CN"]')) continue;
        const text = (el as HTMLInputElement).placeholder ?? '';
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('') + text;
        if (re.test(own)) out.push(own.trim());
      }
      return out;
    }, HAN.source);
    expect(leftovers).toEqual([]);
    expect(await app.page.textContent(`${PANEL} #park-industries`)).toBe('Lead industries');
    await app.screenshot('panels-park-desktop-en');
  });
});

describe('phone', () => {
  it('turns the panel into a bottom sheet that a selection pulls up', async () => {
    app = await openReady({ viewport: 'phone' });
    const panel = app.page.locator('[data-testid="side-panel"]');
    expect(await panel.getAttribute('data-sheet')).toBe('collapsed');
    await app.page.tap('[data-testid="sheet-handle"]');
    expect(await panel.getAttribute('data-sheet')).toBe('half');
    // Swipes on the handle: up opens further, down closes a step.
    // Playwright has no touch-swipe API and mouse input is ignored under touch emulation: send touch
    // points through the DevTools protocol, as a finger would.
    const cdp = await app.context.newCDPSession(app.page);
    const handle = app.page.locator('[data-testid="sheet-handle"]');
    // The sheet slides (CSS transition): aim only once the handle has stopped moving.
    const restingBox = async () => {
      let last = await handle.boundingBox();
      for (;;) {
        await app!.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const now = await handle.boundingBox();
        if (now && last && now.y === last.y) return now;
        last = now;
      }
    };
    const swipe = async (dy: number) => {
      const box = await restingBox();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 5; i += 1) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + (dy * i) / 5 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe(-120);
    expect(await panel.getAttribute('data-sheet')).toBe('full');
    await swipe(120);
    expect(await panel.getAttribute('data-sheet')).toBe('half');
    await app.page.tap('[data-testid="tab-list"]');
    await app.page.tap('[data-testid="park-row"][data-park="fosun_embodied_intelligence_park"]');
    await waitForSelection(app, 'park', 'fosun_embodied_intelligence_park');
    const title = app.page.locator('#park-title');
    await title.waitFor();
    const box = await title.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 844, 'the park title is on screen').toBe(true);
    expect(await app.page.textContent('[data-testid="suggested-note"]')).toContain('建议');
    await app.page.waitForFunction(() => !window.__wuximap!.map.isMoving(), undefined, { timeout: 30_000 });
    await app.settle();
    // The flight aimed above the half-open sheet: the park is in the visible part of the map.
    const at = await app.page.evaluate(() => window.__wuximap!.screenPoint('park', 'fosun_embodied_intelligence_park'));
    const sheetTop = await panel.evaluate((el) => el.getBoundingClientRect().top);
    expect(at && at[1] < sheetTop, 'park above the sheet').toBe(true);
    await app.screenshot('panels-park-phone-zh');
    await app.page.tap('[data-testid="lang-en"]');
    await app.page.waitForFunction(() => document.documentElement.lang === 'en');
    await app.screenshot('panels-park-phone-en');
  });
});
