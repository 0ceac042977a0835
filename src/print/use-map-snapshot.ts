import { useEffect, useState } from 'react';
import { useAppState } from '../store';
import type { AppIndex } from '../app/app-data';

/**
 * The map as an image for paper: the same composed export as "Export image" (legend, scale bar, north arrow,
 * sources) at 2× for print resolution, as an object URL the sheet shows in an <img>. Taken once the map has drawn.
 */
export function useMapSnapshot(index: AppIndex, key: string): { url: string | null; failed: boolean } {
  const mapDrawn = useAppState((s) => s.mapDrawn);
  const [snapshot, setSnapshot] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  useEffect(() => {
    if (!mapDrawn) return;
    let cancelled = false;
    let url: string | null = null;
    void import('../export/export-image')
      .then(({ exportImage }) => exportImage(2, index))
      .then((image) => {
        if (cancelled) return;
        url = URL.createObjectURL(image.blob);
        setSnapshot({ url, failed: false });
      })
      .catch(() => !cancelled && setSnapshot({ url: null, failed: true }));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [mapDrawn, index, key]);
  return snapshot;
}
