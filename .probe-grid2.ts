import { createContainment } from './.probe-cont';
import { nodeReference } from './scripts/bench/peer/reference-node';
const ref = nodeReference();
for (let k = 0; k < 3; k++) {
  const c = createContainment(ref.districts);
  const t = performance.now();
  for (let i = 0; i < 257; i++) c.locate(120.3, 31.5);
  const g = globalThis as any;
  console.log('grid build', (performance.now() - t).toFixed(1), 'edges', (g.T1 - t).toFixed(1), 'fill', (g.T2 - g.T1).toFixed(1), 'regions', g.REG);
}
