import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseCsvRows } from '../../../api/domain/shared/csv';
import { resolveSort, sortRows, tableCsv, tableGeoJson, type TableDefinition } from '../../../api/domain/shared/table';

interface Row { id: number; name: string; n: number | null; lon: number; lat: number }
const def: TableDefinition<Row> = {
  title: { zh: '测试', en: 'Test' },
  id: (r) => r.id,
  place: (r) => ({ point: [r.lon, r.lat] }),
  defaultSort: { key: 'name', dir: 'asc' },
  columns: [
    { key: 'id', label: { zh: '编号', en: 'No.' }, cell: (r) => r.id, sortable: true, numeric: true },
    { key: 'name', label: { zh: '名称', en: 'Name' }, cell: (r) => r.name, sortable: true },
    { key: 'n', label: { zh: '数量', en: 'Count' }, cell: (r) => r.n, sortable: true, numeric: true },
  ],
};
const rowsArb = fc.uniqueArray(
  fc.record({ id: fc.integer({ min: 1, max: 10_000 }), name: fc.string({ maxLength: 6 }), n: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), lon: fc.double({ min: 100, max: 104, noNaN: true }), lat: fc.double({ min: 35, max: 37, noNaN: true }) }),
  { selector: (r) => r.id, maxLength: 40 },
);

describe('table contract', () => {
  test('an unknown sort key falls back to the default; a known one keeps the asked direction', () => {
    expect(resolveSort(def, 'nope', undefined)).toEqual({ key: 'name', dir: 'asc' });
    expect(resolveSort(def, 'n', 'desc')).toEqual({ key: 'n', dir: 'desc' });
  });

  test('CSV: BOM, headings in the language, quoted commas and quotes, read back to the same cells', () => {
    const rows: Row[] = [{ id: 1, name: '甲,"乙"', n: null, lon: 102, lat: 36 }];
    const csv = tableCsv(def, rows, 'zh');
    expect(csv.startsWith('\ufeff编号,名称,数量\r\n')).toBe(true);
    expect(parseCsvRows(csv)).toEqual([['编号', '名称', '数量'], ['1', '甲,"乙"', '']]);
    expect(parseCsvRows(tableCsv(def, rows, 'en'))[0]).toEqual(['No.', 'Name', 'Count']);
  });

  test.prop([rowsArb, fc.constantFrom('id', 'n'), fc.constantFrom('asc' as const, 'desc' as const)])('sortRows orders numbers by value, empty cells last, and ignores the input order', (rows, key, dir) => {
    const sorted = sortRows(def, rows, { key, dir }, 'zh');
    expect(sorted).toHaveLength(rows.length);
    const values = sorted.map((r) => (key === 'id' ? r.id : r.n));
    const present = values.filter((v): v is number => v !== null);
    expect(values.slice(0, present.length)).toEqual(present);
    for (let i = 1; i < present.length; i++) expect(dir === 'asc' ? present[i]! >= present[i - 1]! : present[i]! <= present[i - 1]!).toBe(true);
    expect(sortRows(def, [...rows].reverse(), { key, dir }, 'zh').map((r) => r.id)).toEqual(sorted.map((r) => r.id));
  });

  test.prop([rowsArb])('GeoJSON holds one point per row, properties keyed by the column labels', (rows) => {
    const fc1 = tableGeoJson(def, rows, 'en');
    expect(fc1.features.map((f) => f.id)).toEqual(rows.map((r) => r.id));
    for (const [i, f] of fc1.features.entries()) {
      expect((f.geometry as { coordinates: unknown }).coordinates).toEqual([rows[i]!.lon, rows[i]!.lat]);
      expect(f.properties['Count']).toBe(rows[i]!.n);
    }
  });

  test('GeoJSON gives a row\'s shape when the definition has one, and its point when the shape is missing', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[102, 36], [102.01, 36], [102.01, 36.01], [102, 36.01], [102, 36]]] };
    const shaped: TableDefinition<Row> = { ...def, geometry: (r) => (r.id === 1 ? square : null) };
    const rows: Row[] = [{ id: 1, name: 'a', n: 1, lon: 102, lat: 36 }, { id: 2, name: 'b', n: 2, lon: 103, lat: 35 }];
    const fc = tableGeoJson(shaped, rows, 'zh');
    expect(fc.features.map((f) => f.geometry)).toEqual([square, { type: 'Point', coordinates: [103, 35] }]);
    expect(fc.features[0]!.properties['名称']).toBe('a');
  });
});
