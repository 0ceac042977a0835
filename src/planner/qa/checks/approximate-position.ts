import type { QaCheck } from '../types';
import { bilingual } from './names';

/** Parks drawn at a board's label point or a town seat: their sites are not published yet. */
export const approximatePosition: QaCheck = {
  id: 'approximate_position',
  severity: 'gap',
  run: ({ parks }) =>
    parks
      .filter((p) => p.props.precision !== 'site')
      .map((p) => ({
        check: 'approximate_position',
        severity: 'gap',
        subject: bilingual(p.props),
        detail:
          p.props.precision === 'town'
            ? { zh: `位置精度：镇（街道）驻地（${p.props.position_basis}）`, en: `Position at town precision (${p.props.position_basis_en})` }
            : { zh: `位置精度：板块（${p.props.position_basis}）`, en: `Position at board precision (${p.props.position_basis_en})` },
        link: { kind: 'park', id: p.props.id },
      })),
};
