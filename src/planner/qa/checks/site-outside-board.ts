import type { BoardId } from '../../../schema';
import type { QaCheck } from '../types';
import { bilingual } from './names';

/** The boards a site of this board may lie in: 无锡经开区 has no outline of its own; it lies in 滨湖 and 新吴. */
const allowed = (board: BoardId): readonly BoardId[] => (board === 'wxjk' ? ['320211', '320214'] : [board]);

/**
 * Parks with a site (published, or from the user's own register) whose point is not inside the park's board.
 * The published register is refused at build time when this happens, so in practice these are the user's sites.
 */
export const siteOutsideBoard: QaCheck = {
  id: 'site_outside_board',
  severity: 'problem',
  run: ({ parks, boards, locateBoard }) => {
    const boardName = (id: string) => boards.find((b) => b.id === id);
    return parks.flatMap((p) => {
      if (p.props.precision !== 'site') return [];
      const located = locateBoard(p.point[0], p.point[1]);
      // Inside Wuxi but with no board polygons to test against: nothing can be said.
      if (located === 'wuxi' || (located !== null && allowed(p.props.board).includes(located))) return [];
      const own = boardName(p.props.board);
      const there = located ? boardName(located) : undefined;
      const origin = p.props.site?.origin === 'user' ? { zh: '你的位置登记', en: 'your site register' } : { zh: '位置登记', en: 'site register' };
      return [{
        check: 'site_outside_board',
        severity: 'problem' as const,
        subject: bilingual(p.props),
        detail: {
          zh: `${origin.zh}的位置在${there ? there.name_zh : '各板块之外'}，不在所属板块${own?.name_zh ?? p.props.board}内`,
          en: `The ${origin.en} puts it ${there ? `in ${there.name_en}` : 'outside every board'}, not in its board ${own?.name_en ?? p.props.board}`,
        },
        link: { kind: 'park' as const, id: p.props.id },
      }];
    });
  },
};
