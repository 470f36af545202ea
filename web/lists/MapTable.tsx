import type { Cell, RowPlace, SortDirection, TablePage, TableRow } from '../../api/domain/shared/table';
import { useI18n } from '../i18n/i18n';

export interface TableState {
  sort?: string;
  dir?: SortDirection;
  offset: number;
}

// The GIS downloads in the order a GIS officer looks for them (api/services/shared/gisFiles.ts).
const gisLinks = [
  { key: 'geojson', zh: 'GeoJSON', en: 'GeoJSON' },
  { key: 'gpkg', zh: 'GeoPackage', en: 'GeoPackage' },
  { key: 'shp', zh: 'Shapefile（ZIP）', en: 'Shapefile (zip)' },
] as const;

const cellText = (v: Cell) => (v === null ? '—' : String(v));

/**
 * The one list tied to the map (api/domain/shared/table.ts answers): sortable headings, pages,
 * a selected row; a row click hands the row to `onRow` (the view flies there and highlights it,
 * web/lists/useRowHighlight.ts); the map selecting a feature passes its id as `selected`.
 * Exports are links to exactly the filtered set. Loading, empty and error states are shown.
 */
export function MapTable(props: {
  testId: string;
  page: TablePage | undefined;
  loading: boolean;
  error: Error | null | undefined;
  state: TableState;
  onState(next: TableState): void;
  selected: number | string | null;
  onRow(row: TableRow): void;
  onOpen?(row: TableRow): void;
  /** The spreadsheet export of exactly the filtered set. */
  exportHref?: (format: 'csv' | 'xlsx') => string;
  /** The GIS export of the same set, offered when the list's table has a layer (`page.gis`). */
  gisHref?: (format: (typeof gisLinks)[number]['key']) => string;
}) {
  const { tr } = useI18n();
  const { page, state, onState, selected, onRow, onOpen, exportHref, gisHref, testId } = props;
  const limit = page?.limit ?? 50;
  const offset = state.offset;
  const sortBy = (key: string) => {
    const dir: SortDirection = page?.sort === key && page.dir === 'asc' ? 'desc' : 'asc';
    onState({ sort: key, dir, offset: 0 });
  };
  const arrow = (key: string) => (page?.sort === key ? (page.dir === 'asc' ? ' ▲' : ' ▼') : '');
  return (
    <section className="map-table" data-testid={testId}>
      <div className="toolbar">
        <span data-testid={`${testId}-total`}>
          {page ? tr(`共 ${page.total} 条`, `${page.total} rows`) : props.loading ? tr('正在加载…', 'Loading…') : ''}
        </span>
        {exportHref && (
          <span className="map-table-exports">
            {tr('导出筛选结果：', 'Export the filtered set: ')}
            <a href={exportHref('xlsx')} data-testid={`${testId}-export-xlsx`}>XLSX</a> · <a href={exportHref('csv')} data-testid={`${testId}-export-csv`}>CSV</a>
            {page?.gis &&
              gisHref &&
              gisLinks.map((g) => (
                <span key={g.key}>
                  {' · '}
                  <a href={gisHref(g.key)} download data-testid={`${testId}-export-${g.key}`}>{tr(g.zh, g.en)}</a>
                </span>
              ))}
          </span>
        )}
      </div>
      {props.error && <p className="error" role="alert">{props.error.message}</p>}
      {page && page.total === 0 && <p className="muted">{tr('没有符合筛选条件的记录', 'Nothing matches the filter')}</p>}
      {page && page.rows.length > 0 && (
        <div className="map-table-scroll">
          <table>
            <thead>
              <tr>
                {page.columns.map((c) => (
                  <th key={c.key} className={c.numeric ? 'num' : undefined} aria-sort={page.sort === c.key ? (page.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    {c.sortable ? <button type="button" className="link" onClick={() => sortBy(c.key)} data-testid={`${testId}-sort-${c.key}`}>{c.label + arrow(c.key)}</button> : c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr
                  key={r.id}
                  className={r.id === selected ? 'selected' : undefined}
                  aria-selected={r.id === selected}
                  data-testid={`${testId}-row`}
                  data-id={r.id}
                  tabIndex={0}
                  onClick={() => onRow(r)}
                  onDoubleClick={() => onOpen?.(r)}
                  onKeyDown={(e) => { if (e.key === 'Enter') (onOpen ?? onRow)(r); }}
                >
                  {page.columns.map((c) => <td key={c.key} className={c.numeric ? 'num' : undefined}>{cellText(r.cells[c.key] ?? null)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && page.total > limit && (
        <div className="toolbar">
          <button type="button" disabled={offset === 0} onClick={() => onState({ ...state, offset: Math.max(0, offset - limit) })} data-testid={`${testId}-prev`}>{tr('上一页', 'Previous')}</button>
          <span>{tr(`第 ${offset + 1}–${Math.min(offset + limit, page.total)} 条`, `${offset + 1}–${Math.min(offset + limit, page.total)}`)}</span>
          <button type="button" disabled={offset + limit >= page.total} onClick={() => onState({ ...state, offset: offset + limit })} data-testid={`${testId}-next`}>{tr('下一页', 'Next')}</button>
        </div>
      )}
      {onOpen && page && page.rows.length > 0 && <p className="muted">{tr('单击行在地图上定位，双击打开详情', 'Click a row to show it on the map, double-click to open it')}</p>}
    </section>
  );
}

/** The centre of a row's place (a shape's extent centre). */
export function placeCentre(place: RowPlace): [number, number] {
  return 'point' in place ? [place.point[0], place.point[1]] : [(place.bbox[0] + place.bbox[2]) / 2, (place.bbox[1] + place.bbox[3]) / 2];
}
