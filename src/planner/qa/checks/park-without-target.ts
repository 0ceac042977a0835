import type { QaCheck } from '../types';
import { bilingual } from './names';

/** Parks none of whose tracks has a target on their board. */
export const parkWithoutTarget: QaCheck = {
  id: 'park_without_target',
  severity: 'note',
  run: ({ coverage, taxonomy, boards, parks }) =>
    coverage.unbacked
      .filter((u) => u.carrier.kind === 'park')
      .map((u) => {
        const names = u.tracks.map((id) => taxonomy.find((i) => i.id === id) ?? { name_zh: id, name_en: id });
        const board = boards.find((b) => b.id === u.carrier.board);
        const park = parks.find((p) => p.props.id === u.carrier.id)?.props ?? { name_zh: u.carrier.id, name_en: u.carrier.id };
        return {
          check: 'park_without_target',
          severity: 'note' as const,
          subject: bilingual(park),
          detail: {
            zh: `${board?.name_zh ?? u.carrier.board}对${names.map((n) => n.name_zh).join('、')}未设目标`,
            en: `${board?.name_en ?? u.carrier.board} sets no target for ${names.map((n) => n.name_en).join(', ')}`,
          },
          link: { kind: 'park' as const, id: u.carrier.id },
        };
      }),
};
