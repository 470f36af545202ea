import type { Geometry } from 'geojson';
import { settleCrs, supportedCrs } from '../../domain/geo/crs';
import { featureRecords, geojsonUpload, parcelFileFields, untruncatedName, type ParcelUpload, type RawRecord } from '../../domain/underground/parcelFile';
import { readCsvGeometry } from '../imports/readCsvGeometry';
import { readGeoPackage } from '../imports/readGeoPackage';
import { readKml } from '../imports/readKml';
import { readShapefileZip } from '../imports/readShapefileZip';

type Features = { features: { properties: Record<string, unknown> | null; geometry: unknown }[] };

/** An upload's features in WGS84, by the reader its format needs (api/services/imports/); the user's CRS pick fills in for a file that declares none. */
async function featuresOf(upload: ParcelUpload): Promise<Features> {
  if (upload.zip) return readShapefileZip(upload.zip, upload.crs);
  if (upload.gpkg) return readGeoPackage(upload.gpkg, upload.crs);
  if (upload.kml) {
    // KML is WGS 84 by definition (OGC KML 2.2 §6.2): a projected pick disagrees with the file.
    settleCrs(supportedCrs.get(4326), upload.crs, () => supportedCrs.get(4326)!);
    return readKml(upload.text, { polygons: true });
  }
  if (upload.csv) return readCsvGeometry(upload.text, { geometryColumn: upload.mapping?.footprint, picked: upload.crs });
  return geojsonUpload(upload.text, upload.crs);
}

/** The parcel records of an upload, columns mapped (issue 12: the column-mapping step). */
export async function readParcelFile(upload: ParcelUpload): Promise<RawRecord[]> {
  return featureRecords(await featuresOf(upload), upload.mapping);
}

/**
 * What the mapping step shows before anything is written: the file's columns, the parcel field
 * each goes to without a mapping (names restored from DBF truncation), the row count and the
 * geometry types read. Same readers, same refusals (CRS, unreadable file) as the import.
 */
export async function previewParcelFile(upload: ParcelUpload) {
  const fc = await featuresOf(upload);
  const columns = [...new Set(fc.features.flatMap((f) => Object.keys(f.properties ?? {})))];
  const fields: readonly string[] = parcelFileFields;
  const guessed: Record<string, string> = Object.fromEntries(columns.map((c) => [c, untruncatedName(c)]).filter(([c, f]) => f !== c && fields.includes(f)));
  const geometryTypes = [...new Set(fc.features.map((f) => (f.geometry as Geometry | null)?.type ?? 'none'))];
  return { rows: fc.features.length, columns, guessed, geometryTypes, fields: parcelFileFields };
}
