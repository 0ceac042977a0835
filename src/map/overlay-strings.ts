/**
 * The tooltip's and the group list's strings travel with them (ParkOverlays is loaded on demand), merged into the
 * one translation tree under `mapLabels.*` when the chunk loads.
 */
import { addStrings } from '../i18n';
import zh from '../i18n/locales/zh/map-overlays';
import en from '../i18n/locales/en/map-overlays';

export function addOverlayStrings(): void {
  addStrings('mapLabels', zh, en);
}
