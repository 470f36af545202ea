import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { FeatureCollection, Geometry } from 'geojson';
import { invalid } from '../../domain/shared/domainError';

/**
 * A KML document as GeoJSON features (KML is WGS84 lon/lat by definition, OGC 07-147r2 §6.2);
 * ExtendedData become properties. `polygons`: a polygon import refuses a file with no polygon at all
 * (e.g. only placemark points), naming what it found.
 */
export function readKml(text: string, opts: { polygons: boolean }): FeatureCollection<Geometry | null> {
  let doc;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  } catch {
    doc = undefined;
  }
  if (!doc || doc.getElementsByTagName('kml').length === 0) throw invalid('import_unreadable', { zh: '文件不是有效的 KML', en: 'The file is not valid KML' }, 'file');
  const fc = kml(doc as unknown as Document) as FeatureCollection<Geometry | null>;
  if (opts.polygons && !fc.features.some((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')) {
    const kinds = [...new Set(fc.features.map((f) => f.geometry?.type ?? 'none'))].join(', ') || 'none';
    throw invalid('kml_no_polygons', { zh: `KML 中没有面要素（只有：${kinds}）；地块需要面`, en: `The KML holds no polygons (only: ${kinds}); parcels need polygons` }, 'file');
  }
  return fc;
}
