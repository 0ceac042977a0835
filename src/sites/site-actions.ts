import type { StoredSite } from '../schema';
import { persistence } from '../import-ui/persistence-instance';
import { appStore } from '../store';
import { removeUserSite, restoreUserSite, saveUserSite } from './user-register';

/** The app's site actions on its one store and IndexedDB, each recorded for undo. Loaded on first use. */
export async function saveSite(site: StoredSite): Promise<void> {
  const before = await saveUserSite(appStore, persistence, site);
  appStore.getState().pushSiteUndo({ parkId: site.park_id, before });
}

export async function removeSite(parkId: string): Promise<void> {
  const before = await removeUserSite(appStore, persistence, parkId);
  if (before) appStore.getState().pushSiteUndo({ parkId, before });
}

export async function undoLastSiteChange(): Promise<void> {
  const step = appStore.getState().popSiteUndo();
  if (step) await restoreUserSite(appStore, persistence, step.parkId, step.before);
}
