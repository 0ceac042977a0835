import { useEffect, useState } from 'react';
import type { Language } from '../../store';

type RomanizeModule = typeof import('./romanize');

let loaded: RomanizeModule | null = null;
let loading: Promise<RomanizeModule> | null = null;

function load(): Promise<RomanizeModule> {
  loading ??= import('./romanize').then((m) => (loaded = m));
  return loading;
}

export interface Romanizer {
  /** Han place names inside English text → pinyin (胡埭镇 → Hudai Town). */
  han: (text: string) => string;
  /** A Chinese personal name → pinyin, surname first. */
  person: (name: string) => string;
}

const IDENTITY: Romanizer = { han: (s) => s, person: (s) => s };

/**
 * Pinyin conversion for the English interface. pinyin-pro carries a large dictionary, so it is loaded
 * on demand (its own chunk, shared with search) and only when English is on; Chinese never needs it.
 */
export function useRomanizer(language: Language): Romanizer {
  const [mod, setMod] = useState<RomanizeModule | null>(loaded);
  useEffect(() => {
    if (language !== 'en' || mod) return;
    let live = true;
    void load().then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, [language, mod]);
  if (language !== 'en' || !mod) return IDENTITY;
  return { han: mod.romanizeHan, person: mod.romanizePersonName };
}
