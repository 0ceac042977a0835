/**
 * Two small MapLibre controls built with DOM text only (textContent, never innerHTML):
 * - ResetViewControl: a button that asks the store to fly back to the whole of Wuxi.
 * - SourcesControl: the attribution, naming the data sources as plain text in a <details> box (collapsed at
 *   start; one click opens it). MapLibre's own AttributionControl inserts HTML, which we avoid for anything shown as data.
 */
import type { IControl } from 'maplibre-gl';

export interface ResetViewTexts {
  label: string;
}

export class ResetViewControl implements IControl {
  private container: HTMLDivElement | null = null;
  private button: HTMLButtonElement | null = null;

  constructor(private readonly onReset: () => void, private texts: ResetViewTexts) {}

  onAdd(): HTMLElement {
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'wuxi-reset-view';
    this.button.dataset.testid = 'map-reset-view';
    this.button.addEventListener('click', this.onReset);
    const glyph = document.createElement('span');
    glyph.setAttribute('aria-hidden', 'true');
    glyph.textContent = '⌂';
    this.button.append(glyph);
    this.setTexts(this.texts);
    this.container.append(this.button);
    return this.container;
  }

  setTexts(texts: ResetViewTexts) {
    this.texts = texts;
    if (!this.button) return;
    this.button.title = texts.label;
    this.button.setAttribute('aria-label', texts.label);
  }

  onRemove(): void {
    this.button?.removeEventListener('click', this.onReset);
    this.container?.remove();
    this.container = null;
  }
}

export interface SourcesTexts {
  summary: string;
  lines: string[];
}

export class SourcesControl implements IControl {
  private container: HTMLDetailsElement | null = null;

  constructor(private texts: SourcesTexts, private readonly startOpen: boolean) {}

  onAdd(): HTMLElement {
    this.container = document.createElement('details');
    this.container.className = 'maplibregl-ctrl wuxi-sources';
    this.container.open = this.startOpen;
    this.render();
    return this.container;
  }

  setTexts(texts: SourcesTexts) {
    this.texts = texts;
    this.render();
  }

  private render() {
    if (!this.container) return;
    const summary = document.createElement('summary');
    summary.textContent = this.texts.summary;
    const list = document.createElement('ul');
    for (const line of this.texts.lines) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    this.container.replaceChildren(summary, list);
  }

  onRemove(): void {
    this.container?.remove();
    this.container = null;
  }
}
