import { gzipSync } from 'node:zlib';
import geojsonvt from 'geojson-vt';
import vtpbf from 'vt-pbf';
import type { Db, DbKind } from '../../../db/client';
import { mvtTile, tileFeatures, type TileQuery } from '../../../db/repositories/vectorTiles';
import type { SessionUser } from '../../domain/auth/sessionUser';
import { TILE_BUFFER, TILE_EXTENT, isTile, type TileLayer } from '../../domain/geo/tiles';
import { FieldError } from '../../domain/shared/domainError';
import { collectionFor } from './ogcAccess';
import { cachedTile } from './tileCache';

export type TileBuilder = 'postgis' | 'node';

/**
 * One vector tile of a layer in the caller's scope, gzipped, or null when it holds nothing (→ 204).
 * PostgreSQL builds it with ST_AsMVT; PGlite (no protobuf-c, FACTS.md) in Node with geojson-vt and
 * vt-pbf from the same rows (`tileRows`, which also thins point layers at low zoom). `builder`
 * forces one (the test compares the two).
 */
export async function renderTile(db: Db, user: SessionUser, input: { layer: TileLayer; z: number; x: number; y: number; dbKind: DbKind; builder?: TileBuilder }) {
  const { layer, z, x, y } = input;
  if (!isTile(z, x, y)) throw new FieldError('y', { zh: `瓦片 ${z}/${x}/${y} 不存在`, en: `there is no tile ${z}/${x}/${y}` });
  const { collection, scope } = collectionFor(user, layer);
  const builder = input.builder ?? (input.dbKind === 'postgres' ? 'postgis' : 'node');
  const key = `${builder}|${collection.districtScoped ? JSON.stringify(scope) : 'all'}|${z}/${x}/${y}`;
  const query: TileQuery = { layer, districtScoped: collection.districtScoped, scope, z, x, y };
  return cachedTile(db, layer, key, async () => {
    const raw = builder === 'postgis' ? await mvtTile(db, query) : await nodeTile(db, query);
    return raw.length === 0 ? null : gzipSync(raw);
  });
}

async function nodeTile(db: Db, query: TileQuery): Promise<Uint8Array> {
  const { layer, z, x, y } = query;
  const features = await tileFeatures(db, query);
  if (features.length === 0) return new Uint8Array();
  const index = geojsonvt({ type: 'FeatureCollection', features }, { maxZoom: z, indexMaxZoom: 0, extent: TILE_EXTENT, buffer: TILE_BUFFER });
  const tile = index.getTile(z, x, y);
  if (!tile || tile.features.length === 0) return new Uint8Array();
  return vtpbf.fromGeojsonVt({ [layer]: tile }, { version: 2, extent: TILE_EXTENT });
}
