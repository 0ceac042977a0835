import { createRoot } from 'react-dom/client';
import { addStrings } from '../i18n';
import zhPwa from '../i18n/locales/zh/pwa';
import enPwa from '../i18n/locales/en/pwa';
import { register } from './register';
import { UpdatePrompt } from './UpdatePrompt';

let started = false;

/** Registers the service worker and mounts the update prompt in a small root of its own. */
export function start(): void {
  if (started) return;
  started = true;
  addStrings('pwa', zhPwa, enPwa);
  const host = document.createElement('div');
  host.className = 'pwa-host';
  document.body.appendChild(host);
  createRoot(host).render(<UpdatePrompt />);
  register();
}
