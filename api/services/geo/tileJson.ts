import type { SessionUser } from '../../domain/auth/sessionUser';
import { haidongExtent } from '../../domain/geo/haidongExtent';
import { TILE_MAX_ZOOM, tileFields, type TileLayer } from '../../domain/geo/tiles';
import type { Language } from '../../domain/shared/bilingual';
import { collectionFor } from './ogcAccess';

/** TileJSON 3.0.0 of a layer the caller may read (its tiles carry the caller's scope). */
export function tileJson(user: SessionUser, input: { layer: TileLayer; origin: string; lang: Language }) {
  const { collection } = collectionFor(user, input.layer);
  const [w, s, e, n] = haidongExtent;
  return {
    tilejson: '3.0.0',
    name: collection.title[input.lang],
    scheme: 'xyz',
    tiles: [`${input.origin}/api/tiles/${input.layer}/{z}/{x}/{y}.pbf`],
    minzoom: 0,
    maxzoom: TILE_MAX_ZOOM,
    bounds: [w, s, e, n],
    center: [(w + e) / 2, (s + n) / 2, 9],
    vector_layers: [{ id: input.layer, description: collection.title[input.lang], minzoom: 0, maxzoom: TILE_MAX_ZOOM, fields: tileFields[input.layer] }],
  };
}
