/**
 * Optional link keys for the innovation platforms and the funds panel, apart from the core codec:
 * - `pf=0`: the platform layer is hidden (absent = shown, the default);
 * - `pk=lab,university`: only these kinds of platform (absent = every kind);
 * - selections `sel=platform:<id>` and `sel=funds:<fund id>` / `sel=funds:all` (read in url-state.ts).
 * A link without them opens as before; unreadable values fall back and are reported.
 */
import { platformKinds, type PlatformKind } from '../schema/platform-constants';

export interface PlatformUrlState {
  visible: boolean;
  kinds: PlatformKind[];
}

export const defaultPlatformUrlState = (): PlatformUrlState => ({ visible: true, kinds: [] });

/** The registers load after the link is read: a well-formed id is accepted here, and the panel says if it is unknown. */
const REGISTER_ID = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
export const FUNDS_ALL = 'all';

export function platformSelectionIdOk(kind: 'platform' | 'funds', id: string): boolean {
  return REGISTER_ID.test(id) && id.length <= 80 && (kind === 'funds' || id !== FUNDS_ALL);
}

export function encodePlatformParams(p: URLSearchParams, state: PlatformUrlState | undefined): void {
  if (!state) return;
  if (!state.visible) p.set('pf', '0');
  if (state.kinds.length) p.set('pk', state.kinds.join(','));
}

/** undefined when the link has neither key. */
export function decodePlatformParams(p: URLSearchParams, problems: string[]): PlatformUrlState | undefined {
  const pf = p.get('pf');
  const pk = p.get('pk');
  if (pf === null && pk === null) return undefined;
  const state = defaultPlatformUrlState();
  if (pf !== null) {
    if (pf === '0') state.visible = false;
    else problems.push('pf');
  }
  if (pk !== null) {
    const kinds = [...new Set(pk.split(',').filter(Boolean))];
    if (kinds.length && kinds.every((k) => (platformKinds as readonly string[]).includes(k))) state.kinds = kinds as PlatformKind[];
    else problems.push('pk');
  }
  return state;
}
