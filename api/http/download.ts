import type { Context } from 'hono';

/** A generated document as a download (or shown inline, e.g. a PDF notice), with a UTF-8 file name (RFC 6266). */
export function download(c: Context, bytes: Uint8Array, file: { type: string; name: string; inline?: boolean }) {
  c.header('Content-Type', file.type);
  c.header('Content-Disposition', `${file.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  return c.body(bytes as Uint8Array<ArrayBuffer>);
}

export const mediaTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  gpkg: 'application/geopackage+sqlite3',
  shp: 'application/zip',
} as const;
