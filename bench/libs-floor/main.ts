/**
 * Size reference for the JS budget: the baseline page (MapLibre + the deck.gl modules the app uses) plus
 * React and ReactDOM actually rendering, so tree-shaking keeps what an app with this stack cannot avoid.
 * scripts/bench/measure-floor.ts builds it and writes bench/size-budget.json.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import '../baseline/main';

const root = document.getElementById('root');
if (root) createRoot(root).render(createElement('span', { hidden: true }, 'floor'));
