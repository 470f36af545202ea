import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hazardTable } from '../../../api/domain/gas/hazardTable';
import { venueTable } from '../../../api/domain/gas/venueTable';
import { shpFieldName, type TableDefinition } from '../../../api/domain/shared/table';
import { parcelTable } from '../../../api/domain/underground/parcelTable';
import { ogcCollections, ogcShpName, ogcShpNames } from '../../../api/domain/geo/ogcCollections';

// The Shapefile's DBF names (issue 12): at most 10 ASCII characters (dBASE III field descriptor),
// unique per layer, and exactly the mapping docs/EXPORTS.md documents.
const tables: TableDefinition<any>[] = [hazardTable('2026-01-01'), venueTable, parcelTable];
const doc = readFileSync(new URL('../../../docs/EXPORTS.md', import.meta.url), 'utf8');

describe.each(tables.map((t) => [t.layer!, t] as const))('DBF field names of %s', (layer, def) => {
  test('fit DBF: ≤ 10 ASCII letters, digits or _, unique', () => {
    const names = def.columns.map(shpFieldName);
    for (const n of names) expect(n).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,9}$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  test('the documented table lists every column with its DBF name and labels, in order', () => {
    const section = doc.split(`### \`${layer}\``)[1]!.split('###')[0]!;
    const rows = [...section.matchAll(/^\| `([^`]+)` \| (.+?) \| (.+?) \|$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(def.columns.map((c) => [shpFieldName(c), c.label.zh, c.label.en]));
  });
});

test('the OGC collections\' DBF names fit DBF, are unique per collection and are the documented ones', () => {
  for (const c of Object.values(ogcCollections)) {
    const names = Object.keys(c.properties).map(ogcShpName);
    for (const n of names) expect(n).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,9}$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  }
  const documented = [...doc.split('## Visits, catchments')[1]!.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|$/gm)].map((m) => [m[1], m[2]]);
  expect(documented).toEqual(Object.entries(ogcShpNames));
});
