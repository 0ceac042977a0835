/**
 * Full screen for presenting, where the browser has it (the Fullscreen API needs a user gesture, so call this
 * from a click or key handler). A refusal is harmless: the tour then plays inside the window.
 */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => {});
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => {});
}
