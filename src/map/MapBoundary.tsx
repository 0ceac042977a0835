import { Component, type ReactNode } from 'react';
import { appStore } from '../store';
import { isWebglStartError } from './webgl-support';

/**
 * Keeps a map failure inside the map area: without it an exception in the map would unmount the whole app and
 * leave a blank page. The fault goes to the store; the map area then shows MapUnavailable instead of the map.
 */
export class MapBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    appStore.getState().setMapFault(isWebglStartError(error) ? 'no-webgl' : 'failed');
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
