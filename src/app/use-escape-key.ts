import { useEffect } from 'react';
import { appStore } from '../store';

/**
 * Esc steps back on the map: it closes an open list of parks sharing a point, else clears the selection.
 * Keys already handled (search, dialogs, menus call preventDefault or stop them) and keys typed into a field are
 * left alone, so Esc in the search box still only closes the search.
 */
export function useEscapeKey(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="dialog"], dialog')) return;
      const s = appStore.getState();
      if (s.openGroup) s.setOpenGroup(null);
      else if (s.selection) appStore.setState({ selection: null });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
