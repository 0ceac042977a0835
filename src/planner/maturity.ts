/**
 * The 2026–2028 plan's split of future tracks by stage (plan2026 二(四)14): "较为成熟的未来产业" (relatively
 * mature: 人工智能, 商业航天, 具身智能机器人 …) to be scaled up and commercialised, and "孕育期产业"
 * (incubation stage: 光电融合, 脑机接口, 6G, 原子级制造 …) where key technologies are still to be broken
 * through. The text names these examples followed by 等 ("and others"); tracks it does not name are not classed.
 */
import type { SourceRef } from '../schema';

export type Maturity = 'mature' | 'incubation';

export const MATURITY_SOURCE: SourceRef = { document: 'plan2026', section: '二(四)14' };

/** Track id → stage, in the order the text names them. */
export const MATURITY_2026: ReadonlyMap<string, Maturity> = new Map<string, Maturity>([
  ['artificial_intelligence', 'mature'],
  ['commercial_space', 'mature'],
  ['embodied_ai_robots', 'mature'],
  ['optoelectronic_fusion', 'incubation'],
  ['brain_computer_interface', 'incubation'],
  ['six_g', 'incubation'],
  ['atomic_manufacturing', 'incubation'],
]);
