// The parcel list tied to the planner's map (issue 11): code, name, county, use, supply, layers,
// depth and the stored quote's total and tier (东政办〔2023〕95号; tiers as feeTier.ts). No I/O.
import type { Geometry } from 'geojson';
import type { TableDefinition } from '../shared/table';
import { countyNames, isCountyCode } from '../geo/vocabulary';
import { feeTiers, type FeeTierId } from './feeTier';
import { parcelUseLabels, supplyMethodLabels, type ParcelUse, type SupplyMethod } from './vocabulary';

export interface ParcelTableRow {
  id: number;
  code: string;
  name: string;
  countyCode: string;
  use: ParcelUse;
  supply: SupplyMethod;
  levels: string | null;
  bottomDepth: number | null;
  feeTotal: number;
  feeTier: FeeTierId;
  /** Each layer (Art. 2: the vertical extent of the right) as "B1 0–6", depths in metres, top first. */
  layerDepths: string | null;
  bbox: [number, number, number, number];
  /** The footprint polygon, read only for the GIS exports. */
  footprint?: Geometry;
}

export const parcelTable: TableDefinition<ParcelTableRow> = {
  title: { zh: '地下空间地块清单', en: 'Underground parcels' },
  layer: 'parcels',
  id: (r) => r.id,
  place: (r) => ({ bbox: r.bbox }),
  geometry: (r) => r.footprint ?? null,
  defaultSort: { key: 'code', dir: 'asc' },
  columns: [
    { key: 'code', label: { zh: '地块编号', en: 'Parcel code' }, cell: (r) => r.code, sortable: true },
    { key: 'name', label: { zh: '名称', en: 'Name' }, cell: (r) => r.name, sortable: true },
    { key: 'county', label: { zh: '县区', en: 'County' }, cell: (r, l) => (isCountyCode(r.countyCode) ? countyNames[r.countyCode][l] : r.countyCode), sortable: true },
    { key: 'use', label: { zh: '用途', en: 'Use' }, cell: (r, l) => parcelUseLabels[r.use][l] },
    { key: 'supply', label: { zh: '供应方式', en: 'Supply' }, cell: (r, l) => supplyMethodLabels[r.supply][l] },
    { key: 'levels', label: { zh: '分层', en: 'Layers' }, cell: (r) => r.levels },
    { key: 'layerDepths', label: { zh: '分层埋深（米）', en: 'Layer depths (m)' }, cell: (r) => r.layerDepths, shpName: 'layer_dep' },
    { key: 'bottomDepth', label: { zh: '最大埋深（米）', en: 'Deepest (m)' }, cell: (r) => r.bottomDepth, sortable: true, numeric: true, shpName: 'bottom_dep' },
    { key: 'feeTotal', label: { zh: '出让金（元）', en: 'Land fee (¥)' }, cell: (r) => Math.round(r.feeTotal * 100) / 100, sortable: true, numeric: true },
    { key: 'feeTier', label: { zh: '出让金档次', en: 'Fee tier' }, cell: (r, l) => feeTiers.find((t) => t.id === r.feeTier)?.label[l] ?? r.feeTier },
  ],
};
