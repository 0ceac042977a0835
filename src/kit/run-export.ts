import type { AppIndex } from '../app/app-data';
import { exportImage } from '../export/export-image';
import { downloadBlob } from '../import-ui/download';

/** "Export image" → a PNG download of the current view at `scale` × its screen size. */
export async function runExport(scale: number, index: AppIndex): Promise<void> {
  const image = await exportImage(scale, index);
  downloadBlob(image.fileName, image.blob);
}
