import { describe, expect, it } from 'vitest';
import { decodeUrlState, defaultUrlState, encodeUrlState, URL_STATE_VERSION } from '../../src/url/url-state';
import { defaultKitUrlState } from '../../src/url/kit-url';
import { publicViewUrl } from '../../src/print/PrintQr';

const ctx = { industryIds: new Set(['iot']), parkIds: new Set(['a', 'b', 'c']) };

describe('kit link keys', () => {
  it('round-trips comparison, itinerary and print preview without a new version', () => {
    const kit = {
      compare: { kind: 'park' as const, ids: ['a', 'b'] },
      compareOpen: true,
      itinerary: ['c', 'a', 'b'],
      itineraryOpen: true,
      printSubject: 'compare' as const,
      printBilingual: true,
    };
    const hash = encodeUrlState({ ...defaultUrlState(), kit });
    expect(hash).toContain(`v=${URL_STATE_VERSION}`);
    expect(hash).toContain('cmp=park%3Aa%2Cb');
    expect(hash).toContain('trip=c%2Ca%2Cb');
    const { state, problems } = decodeUrlState(hash, ctx);
    expect(problems).toEqual([]);
    expect(state.kit).toEqual(kit);
  });

  it('leaves links without the keys as they were', () => {
    const hash = encodeUrlState({ ...defaultUrlState(), kit: defaultKitUrlState() });
    expect(hash).toBe(encodeUrlState(defaultUrlState()));
    expect(decodeUrlState('#v=1&map=10/31.5/120.3', ctx).state.kit).toBeUndefined();
  });

  it('reports unreadable values and falls back', () => {
    const { state, problems } = decodeUrlState('#v=1&cmp=park:a,zzz&trip=a,nope&print=poster&cmpo=yes', ctx);
    expect(problems.sort()).toEqual(['cmp', 'cmpo', 'print', 'trip']);
    expect(state.kit).toEqual(defaultKitUrlState());
    expect(decodeUrlState('#v=1&cmp=board:320211,wxjk', ctx).state.kit?.compare).toEqual({ kind: 'board', ids: ['320211', 'wxjk'] });
    expect(decodeUrlState('#v=1&cmp=park:a,b,c,a,b,c', ctx).problems).toEqual([]);
    expect(decodeUrlState('#v=1&cmp=board:320211,320281,320282,320205,320206', ctx).problems).toEqual(['cmp']);
  });

  it('points the QR code at the public view without the print preview', () => {
    expect(publicViewUrl('https://map.example.org/wuxi/', '#v=1&sel=park:a&print=selection&bi=1')).toBe(
      'https://map.example.org/wuxi/#v=1&sel=park%3Aa',
    );
  });
});
