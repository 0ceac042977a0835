/** The planner's hand-read facts (2026 stages, brand events) against the source text, when the sources are present. */
import { describe, expect, it } from 'vitest';
import { readSource, sourcesAvailable } from '../../scripts/data/paths';
import { sectionText } from '../../scripts/data/parks-sections';
import { squash } from '../../scripts/data/text';
import { MATURITY_2026, MATURITY_SOURCE } from '../../src/planner/maturity';
import { FLAGSHIP_EVENTS } from '../../src/planner/flagship-events';
import { taxonomy } from '../../src/data';
import { decodeUrlState, defaultUrlState, encodeUrlState } from '../../src/url/url-state';

const nameZh = (id: string) => taxonomy.find((i) => i.id === id)!.name_zh;

describe.skipIf(!sourcesAvailable())('planner facts against the sources', () => {
  it('the 2026 stages: each track is named in its clause of plan2026 二(四)14', () => {
    const text = sectionText(readSource('plan2026'), MATURITY_SOURCE.section)!;
    expect(text).toBeTruthy();
    const mature = /针对(.+?)等较为成熟的未来产业/.exec(text)![1]!;
    const incubation = /针对([^；]+?)等孕育期产业/.exec(text)![1]!;
    for (const [id, stage] of MATURITY_2026) {
      expect((stage === 'mature' ? mature : incubation).split('、'), id).toContain(squash(nameZh(id)));
    }
    expect(mature.split('、').length + incubation.split('、').length).toBe(MATURITY_2026.size);
  });

  it('the brand events are named in wp2024 二(八)18 and in Annex 4 task 26', () => {
    const wp = readSource('wp2024');
    const body = sectionText(wp, '二(八)18')!;
    const task = wp.split(/\r?\n/).find((l) => l.startsWith('26\t'))!;
    for (const e of FLAGSHIP_EVENTS) {
      expect(body, e.id).toContain(squash(e.name_zh));
      expect(squash(task), e.id).toContain(squash(e.name_zh));
    }
  });
});

describe('the planner in the link', () => {
  const ctx = { industryIds: new Set(['iot']), parkIds: new Set<string>() };
  it('round-trips plan=coverage|qa and leaves links without it unchanged', () => {
    for (const planner of ['coverage', 'qa'] as const) {
      const hash = encodeUrlState({ ...defaultUrlState(), planner });
      expect(hash).toContain(`plan=${planner}`);
      const { state, problems } = decodeUrlState(hash, ctx);
      expect(problems).toEqual([]);
      expect(state.planner).toBe(planner);
    }
    expect(encodeUrlState(defaultUrlState())).not.toContain('plan=');
    expect(decodeUrlState('#v=1&map=9/31.5/120.3', ctx).state.planner).toBeUndefined();
  });

  it('an unreadable plan value falls back to closed and is reported', () => {
    const { state, problems } = decodeUrlState('#v=1&plan=matrix2', ctx);
    expect(state.planner).toBeUndefined();
    expect(problems).toEqual(['plan']);
  });
});
