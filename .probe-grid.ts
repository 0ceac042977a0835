import { createContainment } from './src/import/containment';
import { nodeReference } from './scripts/bench/peer/reference-node';
const ref = nodeReference();
for (let k = 0; k < 4; k++) {
  const c = createContainment(ref.districts);
  let t = performance.now();
  for (let i = 0; i < 257; i++) c.locate(120.3, 31.5);
  console.log('grid build', (performance.now() - t).toFixed(1));
  t = performance.now();
  let n = 0;
  for (let i = 0; i < 100000; i++) if (c.locate(119.5 + (i % 1000) / 1000, 31.1 + Math.floor(i / 1000) / 100)) n++;
  console.log('100k locates', (performance.now() - t).toFixed(1), n);
}
