import type { QaCheck } from '../types';

/** Matrix cells where a board sets a target for a track but no carrier on that board serves it. */
export const targetWithoutCarrier: QaCheck = {
  id: 'target_without_carrier',
  severity: 'gap',
  run: ({ coverage, boards, taxonomy }) =>
    coverage.gaps.map((cell) => {
      const industry = taxonomy.find((i) => i.id === cell.track);
      const board = boards.find((b) => b.id === cell.board);
      const n = cell.targets.length;
      return {
        check: 'target_without_carrier',
        severity: 'gap' as const,
        subject: {
          zh: `${industry?.name_zh ?? cell.track} · ${board?.name_zh ?? cell.board}`,
          en: `${industry?.name_en ?? cell.track} · ${board?.name_en ?? cell.board}`,
        },
        detail: {
          zh: `${n} 项目标（${[...new Set(cell.targets.map((t) => t.label_zh))].join('；')}），本板块无园区或平台承载`,
          en: `${n} target${n === 1 ? '' : 's'} (${[...new Set(cell.targets.map((t) => t.label_en))].join('; ')}), no park or platform on this board serves it`,
        },
        link: { kind: 'cell' as const, industry: cell.track, board: cell.board },
      };
    }),
};
