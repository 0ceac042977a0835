import { BOARD_WORDS } from '../import/validate/vocab';
import type { BoardId } from '../schema';

/** Board id → short display name (江阴 / Jiangyin); unknown ids are shown as given. */
export function boardName(id: string, lang: 'zh' | 'en'): string {
  const words = BOARD_WORDS[id as BoardId];
  if (!words) return id;
  return lang === 'zh' ? (words[0] ?? id) : (words.find((w) => /^[A-Za-z]/.test(w)) ?? id);
}
