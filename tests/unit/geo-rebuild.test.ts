import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGeo } from '../../scripts/geo/build-geo';

describe('geo build is byte-stable', () => {
  it('an in-memory rebuild equals the committed geo/ files', async () => {
    const build = await buildGeo();
    expect(build.files.size).toBeGreaterThanOrEqual(3);
    for (const [file, content] of build.files) {
      expect(fs.readFileSync(file, 'utf8') === content, `${file} differs from a rebuild: run npm run build:geo`).toBe(true);
    }
  });
});
