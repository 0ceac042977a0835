import type { QaCheck } from '../types';
import { bilingual } from './names';

/** Platforms with a board none of whose tracks has a target on that board (city-wide platforms carry no board). */
export const platformWithoutTarget: QaCheck = {
  id: 'platform_without_target',
  severity: 'note',
  run: ({ coverage, taxonomy, boards, platforms }) =>
    coverage.unbacked
      .filter((u) => u.carrier.kind === 'platform')
      .map((u) => {
        const names = u.tracks.map((id) => taxonomy.find((i) => i.id === id) ?? { name_zh: id, name_en: id });
        const board = boards.find((b) => b.id === u.carrier.board);
        const platform = platforms.find((p) => p.id === u.carrier.id) ?? { name_zh: u.carrier.id, name_en: u.carrier.id };
        return {
          check: 'platform_without_target',
          severity: 'note' as const,
          subject: bilingual(platform),
          detail: {
            zh: `${board?.name_zh ?? u.carrier.board}对${names.map((n) => n.name_zh).join('、')}未设目标`,
            en: `${board?.name_en ?? u.carrier.board} sets no target for ${names.map((n) => n.name_en).join(', ')}`,
          },
          link: { kind: 'platform' as const, id: u.carrier.id },
        };
      }),
};
