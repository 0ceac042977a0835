import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ParkProperties, StoredSite } from '../schema';

type ParkCollection = FeatureCollection<Point, ParkProperties>;

/**
 * The one rule for where a park is: published site > the user's own site > town seat > board point. The geo
 * build applies it with the published register (data/park-sites.geojson); the app applies it to the built
 * parks with the user's register, and everything downstream (map symbols, heat and target allocation, lists,
 * search, exports) reads the result. A site keeps its origin, source and outline in `properties.site`, so the
 * panel can say which it is and why; the feature shape (a Point with `precision`) never changes.
 * Returns the same collection when there is nothing to apply.
 */
export function effectiveParkPositions(
  parks: ParkCollection,
  publishedSites: readonly StoredSite[],
  userSites: readonly StoredSite[],
): ParkCollection {
  if (publishedSites.length === 0 && userSites.length === 0) return parks;
  const published = new Map(publishedSites.map((s) => [s.park_id, s]));
  const user = new Map(userSites.map((s) => [s.park_id, s]));
  let changed = false;
  const features = parks.features.map((f) => {
    const id = f.properties.id;
    const own = published.get(id);
    if (own) {
      changed = true;
      return sited(f, own, 'published');
    }
    // Already placed by the published register at build time: a user's site never overrides it.
    if (f.properties.site?.origin === 'published') return f;
    const mine = user.get(id);
    if (!mine) return f;
    changed = true;
    return sited(f, mine, 'user');
  });
  return changed ? { ...parks, features } : parks;
}

function sited(f: Feature<Point, ParkProperties>, site: StoredSite, origin: 'published' | 'user'): Feature<Point, ParkProperties> {
  const title = site.source.title;
  const date = site.source.source_date ? `，${site.source.source_date}` : '';
  const dateEn = site.source.source_date ? `, ${site.source.source_date}` : '';
  const properties: ParkProperties = {
    ...f.properties,
    precision: 'site',
    position_basis: origin === 'published' ? `位置登记：${title}${date}` : `你的位置登记：${title}${date}`,
    position_basis_en: origin === 'published' ? `site register: ${title}${dateEn}` : `your site register: ${title}${dateEn}`,
    site: {
      origin,
      source: site.source,
      ...(site.note ? { note: site.note } : {}),
      ...(site.geometry.type !== 'Point' ? { outline: site.geometry } : {}),
    },
  };
  return { ...f, properties, geometry: { type: 'Point', coordinates: [site.point[0], site.point[1]] } };
}
