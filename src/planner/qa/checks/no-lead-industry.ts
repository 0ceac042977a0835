import type { QaCheck } from '../types';
import { bilingual } from './names';

/** Parks the documents name without tying any industry to them (data/PARKS.md lists why each is empty). */
export const noLeadIndustry: QaCheck = {
  id: 'no_lead_industry',
  severity: 'gap',
  run: ({ parks }) =>
    parks
      .filter((p) => p.props.lead_industries.length === 0)
      .map((p) => ({
        check: 'no_lead_industry',
        severity: 'gap',
        subject: bilingual(p.props),
        detail: { zh: '文件未写明主导产业', en: 'No lead industry named in the documents' },
        link: { kind: 'park', id: p.props.id },
      })),
};
