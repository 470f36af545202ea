import type { Bbox } from './bbox';

/**
 * Bounding box of Haidong's six counties, [minLon, minLat, maxLon, maxLat] in WGS84.
 * Computed once with turf.bbox over data/boundaries/haidong-counties.geojson (real county
 * boundaries, see data/README.md); the values are exact because that file is snapped to a
 * 1/1024° grid. West: 化隆 630224, south: 循化 630225, east: 民和 630222, north: 互助 630223.
 */
export const haidongExtent: Bbox = [101.6669921875, 35.4482421875, 103.0712890625, 37.1484375];
