import type { SessionUser } from '../../domain/auth/sessionUser';
import { haidongExtent } from '../../domain/geo/haidongExtent';
import { THIN_BELOW_ZOOM, THIN_CELL, TILE_EXTENT, TILE_MAX_ZOOM, thinnedLayers, tileFields, type TileLayer } from '../../domain/geo/tiles';
import type { Language } from '../../domain/shared/bilingual';
import { collectionFor } from './ogcAccess';

/** TileJSON 3.0.0 of a layer the caller may read (its tiles carry the caller's scope). */
export function tileJson(user: SessionUser, input: { layer: TileLayer; origin: string; lang: Language }) {
  const { collection } = collectionFor(user, input.layer);
  const [w, s, e, n] = haidongExtent;
  const cell = `${THIN_CELL}/${TILE_EXTENT}`;
  const thinning = thinnedLayers.includes(input.layer)
    ? { zh: `；缩放级别 < ${THIN_BELOW_ZOOM} 时抽稀：每 ${cell} 瓦片宽的格网单元只发一个要素（编号最小者），count 为其代表的要素数`, en: `; thinned at zoom < ${THIN_BELOW_ZOOM}: one feature (the lowest id) per grid cell of ${cell} of the tile width, count = the features it stands for` }[input.lang]
    : '';
  return {
    tilejson: '3.0.0',
    name: collection.title[input.lang],
    scheme: 'xyz',
    tiles: [`${input.origin}/api/tiles/${input.layer}/{z}/{x}/{y}.pbf`],
    minzoom: 0,
    maxzoom: TILE_MAX_ZOOM,
    bounds: [w, s, e, n],
    center: [(w + e) / 2, (s + n) / 2, 9],
    vector_layers: [{ id: input.layer, description: collection.title[input.lang] + thinning, minzoom: 0, maxzoom: TILE_MAX_ZOOM, fields: tileFields[input.layer] }],
  };
}
